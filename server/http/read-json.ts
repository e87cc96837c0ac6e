import type { Context } from 'hono';
import type { z } from 'zod';
import { describeIssues, errorBody } from '../protocol';

export type JsonResult<T> = { ok: true; value: T } | { ok: false; response: Response };

/**
 * Reads a JSON request body and validates it: 415 when it is not JSON, 400 when it does not parse
 * or does not match the schema. The size limit (413) is the bodyLimit middleware's, before this.
 */
export const readJson = async <S extends z.ZodType>(c: Context, schema: S): Promise<JsonResult<z.infer<S>>> => {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    return { ok: false, response: c.json(errorBody('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.'), 415) };
  }
  let data: unknown;
  try {
    data = JSON.parse(await c.req.text());
  } catch {
    return { ok: false, response: c.json(errorBody('invalid_json', 'The body is not valid JSON.'), 400) };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, response: c.json(errorBody('invalid_body', describeIssues(parsed.error)), 400) };
  }
  return { ok: true, value: parsed.data };
};
