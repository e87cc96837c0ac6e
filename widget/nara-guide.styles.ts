/**
 * What the closed launcher needs: the host's placement, the launcher, and the frame the panel opens in.
 * The panel's are in nara-guide-panel.styles.ts and load with it; the placeholder shown while it loads has
 * the panel's box.
 * All styles are constructable stylesheets (Lit `css`), so a host CSP of `style-src 'self'` holds.
 *
 * Host CSS cannot reach into the shadow root, except through inheritance and rules on the host element
 * itself. So everything is drawn inside `.root`, which resets every inherited property (`all: initial`;
 * custom properties still inherit, which is the theming interface), and the few properties of the host box
 * that could hide the guide or re-anchor its fixed position are set with `!important`: in the shadow
 * cascade an inner important declaration beats an outer one. Sizes are in `em` of `.root`, whose font size
 * is the visitor's default (`medium`), so a host page's `html { font-size: 62.5% }` does not shrink the
 * guide while the visitor's own text size setting and zoom still scale it.
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
    --nara-halo: #ffffff;
    --nara-danger: #b3261e;
    --nara-danger-surface: #fdf0ef;
    --nara-radius: 0.75em;
    display: block !important;
    position: static !important;
    visibility: visible !important;
    opacity: 1 !important;
    transform: none !important;
    filter: none !important;
    backdrop-filter: none !important;
    perspective: none !important;
    clip-path: none !important;
    mask: none !important;
    contain: none !important;
    container-type: normal !important;
    will-change: auto !important;
    zoom: 1 !important;
    pointer-events: auto !important;
  }

  :host([position='inline']) {
    position: relative !important;
  }

  :host([hidden]) {
    display: none !important;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --nara-link: #9ecbff;
      --nara-text: #f1f1f1;
      --nara-muted: #c8c8c8;
      --nara-surface: #1b1e23;
      --nara-surface-alt: #2b3038;
      --nara-border: #8d939c;
      --nara-chip-border: #8d939c;
      --nara-focus: #ffffff;
      --nara-halo: #000000;
      --nara-danger: #ff8a80;
      --nara-danger-surface: #3a1d1b;
    }
  }

  .root {
    all: initial;
    display: block;
    position: fixed;
    bottom: var(--nara-offset, 1em);
    right: var(--nara-offset, 1em);
    z-index: var(--nara-z-index, 2147483000);
    font-family: var(--nara-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: medium;
    line-height: 1.5;
    color: var(--nara-text);
    color-scheme: light;
    direction: ltr; /* not reset by all */
    text-align: start;
    overflow-wrap: break-word;
  }

  @media (prefers-color-scheme: dark) {
    .root {
      color-scheme: dark;
    }
  }

  :host([position='left']) .root {
    right: auto;
    left: var(--nara-offset, 1em);
  }

  :host([position='inline']) .root {
    position: relative;
    inset: auto;
    z-index: auto;
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

  .launcher {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 3em;
    max-width: calc(100vw - 2 * var(--nara-offset, 1em));
    padding: 0.625em 1.25em;
    border: 2px solid var(--nara-accent-text);
    border-radius: 999px;
    background: var(--nara-accent);
    color: var(--nara-accent-text);
    font-weight: 600;
    text-align: start;
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.3);
  }

  .launcher:focus-visible {
    /* A ring with a halo of the opposite lightness stays visible on any page background. */
    box-shadow: 0 0 0 6px var(--nara-halo);
  }

  .launcher svg {
    flex: none;
    fill: currentColor;
  }

  .panel-frame {
    position: absolute;
    bottom: calc(100% + 0.75em);
    right: 0;
    width: min(24em, calc(100vw - 2 * var(--nara-offset, 1em)));
    height: min(40em, calc(100vh - 6em));
    /* Taller where there is room, and within what is visible: the visual viewport's height while open. */
    height: min(46em, calc(var(--nara-viewport-height, 100dvh) - 6em));
  }

  :host([position='left']) .panel-frame {
    right: auto;
    left: 0;
  }

  :host([position='inline']) .panel-frame {
    position: static;
    width: auto;
    height: var(--nara-height, 36em);
  }

  .loading {
    display: flex;
    width: 100%;
    height: 100%;
    border: 1px solid var(--nara-border);
    border-radius: var(--nara-radius);
    background: var(--nara-surface);
    color: var(--nara-text);
    align-items: center;
    justify-content: center;
    padding: 1em;
  }

  /*
   * Small or zoomed screens (320 CSS px, 400 % zoom, 200 % text): the open panel takes the whole viewport
   * and becomes modal (the page behind it is made inert by the panel). The launcher it covers leaves the
   * focus order. The width is in em of the visitor's default font size, as media queries always are.
   */
  @media (max-width: 32em), (max-height: 32em) {
    :host(:not([position='inline'])) .panel-frame {
      position: fixed;
      inset: 0 0 auto 0;
      width: auto;
      height: 100vh;
      /* What is visible: with a phone's keyboard open, the panel ends above it and the question field shows. */
      height: var(--nara-viewport-height, 100dvh);
    }
    :host([open]:not([position='inline'])) .launcher.covered {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .launcher,
    .loading {
      border: 2px solid CanvasText;
    }
    .launcher svg {
      fill: ButtonText;
    }
  }
`;
