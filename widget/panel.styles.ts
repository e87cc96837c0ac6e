/** The open panel's styles; adopted by <nara-guide> when the panel loads. Custom properties are set in nara-guide.styles.ts. */
import { css } from 'lit';

export default css`
  .header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 0.75rem 0.75rem 0.75rem 1rem;
    background: var(--nara-accent);
    color: var(--nara-accent-text);
  }

  .header :focus-visible {
    outline-color: currentColor;
  }

  h2 {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }

  p {
    margin: 0;
  }

  .header p {
    font-size: 0.875rem;
  }

  .close {
    display: grid;
    place-items: center;
    flex: none;
    width: 2.75rem;
    height: 2.75rem;
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
    min-height: 6rem;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 1rem;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }

  .message {
    max-width: 100%;
    overflow-wrap: anywhere;
    padding: 0.625rem 0.875rem;
    border-radius: var(--nara-radius);
  }

  .message > * + *,
  .body > * + * {
    margin-top: 0.5rem;
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
  .error {
    border-left: 4px solid #b3261e;
  }

  .error {
    background: #fdf0ef;
  }

  ul {
    margin: 0;
    padding-left: 1.25rem;
  }

  a {
    color: var(--nara-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .visitor a {
    color: inherit;
  }

  .meta {
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--nara-muted);
  }

  .chips ul,
  .contacts ul {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.375rem;
  }

  .chip {
    min-height: 2.75rem;
    padding: 0.375rem 0.875rem;
    border: 2px solid var(--nara-accent);
    border-radius: 1.375rem;
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
    gap: 0.125rem;
    padding: 0.625rem 0.75rem;
    border: 1px solid var(--nara-border);
    border-radius: 0.5rem;
    background: var(--nara-surface);
  }

  .typing {
    align-self: flex-start;
    display: flex;
    gap: 0.25rem;
    padding: 0.75rem 0.875rem;
  }

  .typing span {
    width: 0.5rem;
    height: 0.5rem;
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
    min-height: 1.5rem;
    padding: 0 1rem;
    font-size: 0.875rem;
    color: var(--nara-muted);
  }

  .form {
    display: flex;
    align-items: flex-end;
    gap: 0.5rem;
    padding: 0.25rem 1rem 0.5rem;
  }

  textarea {
    flex: 1 1 auto;
    min-width: 0;
    min-height: 2.75rem;
    max-height: 8rem;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--nara-border);
    border-radius: 0.5rem;
    background: var(--nara-surface);
    color: var(--nara-text);
    font: inherit;
    resize: vertical;
  }

  textarea::placeholder {
    color: #5c5c5c;
    opacity: 1;
  }

  .send {
    flex: none;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 0;
    border-radius: 0.5rem;
    background: var(--nara-accent);
    color: var(--nara-accent-text);
    font-weight: 600;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    padding: 0 1rem 0.75rem;
    font-size: 0.875rem;
  }

  .human {
    min-height: 2.75rem;
    padding: 0 0.25rem;
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
    .close {
      border: 2px solid ButtonText;
    }
  }
`;
