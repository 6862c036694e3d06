import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter';
import '../styles.css';
import { applyBranding, readBootstrap } from './bootstrap';
import { PublicApp } from './PublicApp';

/**
 * The public player (`/w/<tenant>/<wizard>`, a separate entry: `public.html`): React, the guide chat and a
 * small API client load first; the form, which needs the engine (src/core), is a chunk fetched right after
 * the first render (see PublicApp).
 */
const boot = readBootstrap();
if (boot) applyBranding(boot.branding);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {boot ? (
      <PublicApp boot={boot} />
    ) : (
      <p className="p-8 text-center text-fg-muted">This page opens from a wizard's public link.</p>
    )}
  </StrictMode>,
);
