/** A form's fields as the page has them (inputs and textareas), the way a browser would post them back. */
export const fieldsOf = (html: string): Record<string, string> => {
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="(?:text|hidden)" (?:id="[^"]*" )?name="([^"]+)" value="([^"]*)"/g)) fields[m[1]!] = unescape(m[2]!);
  for (const m of html.matchAll(/<textarea id="[^"]+" name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) fields[m[1]!] = unescape(m[2]!);
  return fields;
};
