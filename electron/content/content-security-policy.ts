/**
 * The renderer's CSP, sent with every page by the app protocol and by the browser preview.
 * Nothing inline, nothing remote: the app is offline by design and shows only its own bundle.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // The preview's loopback bridge posts to its own origin; the app itself makes no requests.
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
