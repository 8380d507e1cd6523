import { css } from 'lit';
import { controls } from '../theme/controls.styles.js';
import { tokens } from '../theme/tokens.styles.js';

// The dialog draws in the top layer: its host takes no room in the page, and
// the <dialog> itself is the element's root (tokens, senior mode).
const dialog = css`
  :host { display: contents; }
  dialog.root {
    padding: 0;
    width: min(48rem, calc(100vw - var(--_space) * 2));
    max-width: none;
    max-height: calc(100dvh - var(--_space) * 4);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    overflow: auto;
    /* scrolling inside never scrolls the page behind */
    overscroll-behavior: contain;
  }
  dialog::backdrop { background: rgb(0 0 0 / 0.55); }
  .header {
    position: sticky; top: 0; z-index: 1;
    display: flex; align-items: center; justify-content: space-between; gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 2);
    background: var(--_color-background);
    border-bottom: 1px solid var(--_color-border);
  }
  h2 { margin: 0; font-size: 1.25em; line-height: 1.3; }
  h2:focus-visible { outline-offset: 4px; }
  .close { flex: none; }
  .body { padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 2); }
`;

export const dialogStyles = [tokens, controls, dialog];
