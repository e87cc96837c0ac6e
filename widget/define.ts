/** Registers <nara-guide>. Safe to import twice (a page may embed the script and bundle the element). */
import { NaraGuide } from './nara-guide.js';

export { NaraGuide };

if (!customElements.get('nara-guide')) customElements.define('nara-guide', NaraGuide);

declare global {
  interface HTMLElementTagNameMap {
    'nara-guide': NaraGuide;
  }
}
