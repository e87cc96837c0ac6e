/**
 * The tenant's colours as a constructable stylesheet. It sets `--nara-accent` and `--nara-accent-text` on
 * :host, so a host page's own `nara-guide { --nara-accent: … }` still wins (outer styles beat :host rules),
 * and no style attribute is written, so a host CSP of `style-src 'self'` holds.
 */

export type Theme = { accent: string; accentText: string };

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The CSS for a theme, or '' if a colour is not a plain hex colour (nothing else may reach the stylesheet). */
export const themeCss = (theme: Partial<Theme>): string => {
  const accent = theme.accent && HEX.test(theme.accent) ? theme.accent : undefined;
  if (!accent) return '';
  let text = theme.accentText && HEX.test(theme.accentText) ? theme.accentText : undefined;
  // Text on the accent must stay readable (WCAG 1.4.3, 4.5:1) whatever a configuration says.
  if (!text || contrast(accent, text) < 4.5) text = contrast(accent, '#ffffff') >= contrast(accent, '#000000') ? '#ffffff' : '#000000';
  return `:host{--nara-accent:${accent};--nara-accent-text:${text}}`;
};

/** The WCAG contrast ratio of two hex colours, 1 to 21. */
export const contrast = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

const luminance = (hex: string): number => {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d) : [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
  const [r, g, b] = digits.map((d) => {
    const c = parseInt(d, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
