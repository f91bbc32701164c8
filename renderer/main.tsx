import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { call } from './api';
import { App } from './app/App';
import { createEarlyAnswers } from './app/create-early-answers';
import { parseRoute } from './app/use-hash-route';
import './app/app.css';

// Sent before the first render so the answers travel while React sets up (see create-early-answers.ts).
const early = createEarlyAnswers(call);
early.ask('recovery:state', undefined);
const route = parseRoute(window.location.hash);
if (route.name === 'library' || route.name === 'trash') early.ask('reports:list', { deleted: route.name === 'trash' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App early={early} />
  </StrictMode>,
);
