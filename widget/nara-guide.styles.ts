/**
 * What the closed launcher needs: the host's placement, the launcher, and the frame the panel opens in.
 * The panel's own styles are in panel.styles.ts and load with the panel.
 * All styles are constructable stylesheets (Lit `css`), so a host CSP of `style-src 'self'` holds.
 */
import { css } from 'lit';

export default css`
  :host {
    --nara-accent: #005a9c;
    --nara-accent-text: #ffffff;
    --nara-link: #0b4f8a;
    --nara-text: #1a1a1a;
    --nara-muted: #4d4d4d;
    --nara-surface: #ffffff;
    --nara-surface-alt: #f2f4f7;
    --nara-border: #757575;
    --nara-focus: #1a1a1a;
    --nara-radius: 0.75rem;
    position: fixed;
    bottom: var(--nara-offset, 1rem);
    right: var(--nara-offset, 1rem);
    z-index: var(--nara-z-index, 2147483000);
    font-family: var(--nara-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 1rem;
    line-height: 1.5;
    color: var(--nara-text);
    text-align: start;
  }

  :host([position='left']) {
    right: auto;
    left: var(--nara-offset, 1rem);
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  :focus-visible {
    outline: 3px solid var(--nara-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .launcher {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 3rem;
    max-width: calc(100vw - 2 * var(--nara-offset, 1rem));
    padding: 0.625rem 1.25rem;
    border: 2px solid var(--nara-accent-text);
    border-radius: 999px;
    background: var(--nara-accent);
    color: var(--nara-accent-text);
    font-weight: 600;
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.3);
  }

  .launcher:focus-visible {
    /* A dark ring with a light halo stays visible on any page background. */
    box-shadow: 0 0 0 6px #ffffff;
  }

  .launcher svg {
    flex: none;
    fill: currentColor;
  }

  .panel-frame {
    position: absolute;
    bottom: calc(100% + 0.75rem);
    right: 0;
    width: min(24rem, calc(100vw - 2 * var(--nara-offset, 1rem)));
    height: min(40rem, calc(100vh - 6rem));
  }

  :host([position='left']) .panel-frame {
    right: auto;
    left: 0;
  }

  .panel {
    display: flex;
    flex-direction: column;
    width: 100%;
    height: 100%;
    overflow: hidden;
    border: 1px solid var(--nara-border);
    border-radius: var(--nara-radius);
    background: var(--nara-surface);
    color: var(--nara-text);
    box-shadow: 0 8px 28px rgb(0 0 0 / 0.25);
  }

  .loading {
    align-items: center;
    justify-content: center;
    padding: 1rem;
  }

  /* Small or zoomed screens (320 CSS px, 400 % zoom): the open panel takes the whole viewport. */
  @media (max-width: 32rem), (max-height: 32rem) {
    .panel-frame {
      position: fixed;
      inset: 0;
      width: auto;
      height: auto;
    }
    .panel {
      border: 0;
      border-radius: 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }

  @media (forced-colors: active) {
    .launcher,
    .panel {
      border: 2px solid CanvasText;
    }
  }
`;
