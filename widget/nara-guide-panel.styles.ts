/**
 * <nara-guide-panel>'s styles. Inherited properties (font, colour) and the custom properties, light and
 * dark, come from <nara-guide> (nara-guide.styles.ts); the few rules both shadow roots need are in each. Sizes are in em (see there); a rule that makes text smaller sets
 * it on the element holding the text, so that the sizes of what it contains do not shrink with it.
 */
import { css } from 'lit';

export default css`
  :host {
    display: block;
    width: 100%;
    height: 100%;
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

  :host([position='inline']) .panel {
    box-shadow: none;
  }

  /* Small or zoomed screens: the open panel takes the whole viewport (nara-guide.styles.ts). */
  @media (max-width: 32em), (max-height: 32em) {
    :host(:not([position='inline'])) .panel {
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
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .panel {
      border: 2px solid CanvasText;
    }
  }
  .header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5em;
    padding: 0.75em 0.75em 0.75em 1em;
    background: var(--nara-accent);
    color: var(--nara-accent-text);
  }

  .header :focus-visible {
    outline-color: currentColor;
  }

  h2 {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }

  p {
    margin: 0;
  }

  .header p {
    font-size: 0.875em;
  }

  .close {
    display: grid;
    place-items: center;
    flex: none;
    width: 2.75em;
    height: 2.75em;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
  }

  .close svg {
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
  }

  .log {
    position: relative;
    flex: 1 1 auto;
    min-height: 6em;
    overflow-y: auto;
    overflow-x: hidden;
    overscroll-behavior: contain;
    padding: 1em;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }

  .message {
    max-width: 100%;
    overflow-wrap: anywhere;
    padding: 0.625em 0.875em;
    border-radius: var(--nara-radius);
  }

  .message > * + *,
  .body > * + * {
    margin-top: 0.5em;
  }

  .visitor {
    align-self: flex-end;
    max-width: 85%;
    white-space: pre-wrap;
    background: var(--nara-accent);
    color: var(--nara-accent-text);
  }

  .guide {
    align-self: flex-start;
    background: var(--nara-surface-alt);
  }

  .guide[data-kind='safety'],
  .guide[data-crisis],
  .error {
    border-left: 4px solid var(--nara-danger);
  }

  .error {
    background: var(--nara-danger-surface);
  }

  ul {
    margin: 0;
    padding-left: 1.25em;
  }

  a {
    color: var(--nara-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .meta {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--nara-muted);
  }

  .chips ul,
  .contacts ul {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.375em;
  }

  .chip {
    max-width: 100%;
    min-height: 2.75em;
    padding: 0.375em 0.875em;
    border: 2px solid var(--nara-chip-border, var(--nara-accent));
    border-radius: 1.375em;
    background: var(--nara-surface);
    color: var(--nara-text);
    text-align: start;
  }

  .chip:hover {
    background: var(--nara-surface-alt);
  }

  .contacts ul {
    flex-direction: column;
  }

  .contact {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    padding: 0.625em 0.75em;
    border: 1px solid var(--nara-border);
    border-radius: 0.5em;
    background: var(--nara-surface);
  }

  .feedback {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }

  .feedback > span,
  .feedback-form label,
  .thanks {
    font-size: 0.875em;
    color: var(--nara-muted);
  }

  .vote {
    min-width: 2.75em;
    min-height: 2.75em;
    padding: 0.25em 0.625em;
    border: 1px solid var(--nara-border);
    border-radius: 0.5em;
    background: var(--nara-surface);
    color: var(--nara-text);
  }

  .vote[aria-pressed='true'] {
    border: 2px solid var(--nara-text);
    font-weight: 600;
  }

  .feedback-form {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5em;
  }

  .feedback-form label {
    flex-basis: 100%;
  }

  .feedback-form input {
    flex: 1 1 10em;
    min-width: 0;
  }

  .handoff {
    font-weight: 600;
  }

  .handoff-form {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
    padding: 0.75em;
    border: 1px solid var(--nara-border);
    border-radius: 0.5em;
    background: var(--nara-surface);
  }

  .handoff-form h3 {
    margin: 0;
    font-size: 1em;
  }

  .handoff-form fieldset {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0;
    padding: 0.5em 0.625em 0.625em;
    border: 1px solid var(--nara-border);
    border-radius: 0.5em;
  }

  .handoff-form legend,
  .hint {
    font-size: 0.875em;
    color: var(--nara-muted);
  }

  .handoff-form label {
    font-weight: 600;
  }

  .handoff-error {
    color: var(--nara-danger);
    font-weight: 600;
  }

  .handoff-form .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .receipt {
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--nara-accent);
    background: var(--nara-surface);
  }

  .nowrap {
    white-space: nowrap;
  }

  .typing {
    align-self: flex-start;
    display: flex;
    gap: 0.25em;
    padding: 0.75em 0.875em;
  }

  .typing span {
    width: 0.5em;
    height: 0.5em;
    border-radius: 50%;
    background: var(--nara-muted);
    animation: nara-typing 1.2s infinite ease-in-out;
  }

  .typing span:nth-child(2) {
    animation-delay: 0.15s;
  }

  .typing span:nth-child(3) {
    animation-delay: 0.3s;
  }

  @keyframes nara-typing {
    0%, 80%, 100% { opacity: 0.3; }
    40% { opacity: 1; }
  }

  .status {
    min-height: 1.5em;
    padding: 0 1em;
    font-size: 0.875em;
    color: var(--nara-muted);
  }

  .form {
    display: flex;
    align-items: flex-end;
    gap: 0.5em;
    padding: 0.25em 1em 0.5em;
  }

  textarea,
  input {
    flex: 1 1 auto;
    min-width: 0;
    min-height: 2.75em;
    max-height: 8em;
    padding: 0.5em 0.625em;
    border: 1px solid var(--nara-border);
    border-radius: 0.5em;
    background: var(--nara-surface);
    color: var(--nara-text);
    font: inherit;
    resize: vertical;
  }

  ::placeholder {
    color: var(--nara-muted);
    opacity: 1;
  }

  .send {
    flex: none;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 0;
    border-radius: 0.5em;
    background: var(--nara-accent);
    color: var(--nara-accent-text);
    font-weight: 600;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    padding: 0 1em 0.75em;
  }

  .footer p,
  .human {
    font-size: 0.875em;
  }

  .human {
    min-height: 3.15em; /* 2.75em of the base size: a 44 px target */
    padding: 0 0.25em;
    border: 0;
    background: none;
    color: var(--nara-link);
    text-decoration: underline;
  }

  .emergency {
    font-weight: 600;
  }

  .privacy {
    flex-basis: 100%;
    color: var(--nara-muted);
  }

  @media (forced-colors: active) {
    .chip,
    .send,
    .close,
    .vote,
    .message {
      border: 2px solid ButtonText;
    }
    .typing span {
      background: CanvasText;
    }
  }
`;
