import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { askEarly } from './app/ask-early';
import { parseRoute } from './app/use-hash-route';
import './app/app.css';

// Sent before the first render so the answers travel while React sets up (see ask-early.ts).
askEarly('recovery:state', undefined);
const route = parseRoute(window.location.hash);
if (route.name === 'library' || route.name === 'trash') askEarly('reports:list', { deleted: route.name === 'trash' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
