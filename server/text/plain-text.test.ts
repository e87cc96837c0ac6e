import { describe, expect, it } from 'vitest';
import { oneLine, plainText } from './plain-text';

describe('plainText', () => {
  it('removes terminal escapes, other controls and bidi overrides, and keeps lines', () => {
    expect(plainText('Hej\u001b[2J\u001b]0;pwned\u0007 där\u009b31m\r\nnästa rad\rtredje\u202Eevil\u2066')).toBe('Hej[2J]0;pwned där31m\nnästa rad\ntredjeevil');
  });
  it('leaves ordinary Swedish text alone', () => {
    const text = 'Vad är nära vård?\nJag undrar – åäö ÅÄÖ é ü 😊';
    expect(plainText(text)).toBe(text);
  });
});

describe('oneLine', () => {
  it('makes every line break, tab and run of spaces one space', () => {
    expect(oneLine(' Anna\r\nBcc: x@example.se\rSubject:\u2028hej\u0085då\t ')).toBe('Anna Bcc: x@example.se Subject: hej då');
  });
});
