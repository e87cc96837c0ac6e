import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from './unsafe-markup';

describe('findUnsafeMarkup', () => {
  it.each([
    ['a script tag', 'Svar <script>alert(1)</script>', 'html'],
    ['an image with a handler', 'Svar <img src=x onerror=alert(1)>', 'html'],
    ['a closing tag', 'Svar </div> mer', 'html'],
    ['a comment', 'Svar <!-- dolt -->', 'html'],
    ['a javascript: link', 'Läs [mer](javascript:alert(1))', 'link'],
    ['a javascript: link in mixed case', 'Läs [mer]( JaVaScRiPt:alert(1))', 'link'],
    ['an entity-hidden scheme', 'Läs [mer](javascript&#58;alert(1))', 'link'],
    ['a data: link', 'Läs [mer](data:text/html;base64,PHNjcmlwdD4=)', 'link'],
    ['a reference link to a vbscript: target', 'Läs [mer][1]\n\n[1]: vbscript:msgbox', 'link'],
    ['an autolink to a file:', 'Se <file:///etc/passwd>', 'link'],
    ['a relative link', 'Läs [mer](/sida)', 'link'],
  ])('finds %s', (_name, body, kind) => {
    expect(findUnsafeMarkup(body)?.kind).toBe(kind);
  });

  it.each([
    ['https links', 'Läs [mer](https://www.regionvarmland.se/nara-vard) och <https://www.1177.se>'],
    ['mail and phone links', 'Skriv till [oss](mailto:info@example.se) eller ring [1177](tel:1177).'],
    ['comparisons and arrows', 'Fler än 10 < 20 och a<b, 4–5 år -> 10–15 år'],
    ['a list and bold', '- en\n- två\n\nKälla: [Region Norrbotten](https://www.norrbotten.se)'],
  ])('accepts %s', (_name, body) => {
    expect(findUnsafeMarkup(body)).toBeUndefined();
  });
});
