import { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { join, normalize, sep } from 'node:path';
import type { AppDeps, AppEnv } from '../http/app-env';
import { errorBody } from '../protocol';

/** A file, and its gzip form made once at first request (the widget's weight budget is its gzip size). */
type Asset = { body: Buffer; gzip: Buffer; etag: string };

/**
 * GET /widget.js and its lazily loaded chunks, from the build output. Any site may load them
 * (Cross-Origin-Resource-Policy: cross-origin); hashed chunk names are cached for a year,
 * /widget.js itself briefly, so a new release reaches sites within minutes.
 */
export const widgetAssetRoutes = ({ config }: AppDeps) => {
  const cache = new Map<string, Asset>();
  const load = async (path: string): Promise<Asset | null> => {
    const hit = cache.get(path);
    if (hit) return hit;
    const root = normalize(config.WIDGET_DIR);
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) return null;
    try {
      const body = await readFile(file);
      const asset = { body, gzip: gzipSync(body, { level: 9 }), etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
      cache.set(path, asset);
      return asset;
    } catch {
      return null;
    }
  };
  const serve = (path: string, immutable: boolean) => async (c: import('hono').Context<AppEnv>) => {
    const asset = await load(path);
    if (!asset) return c.json(errorBody('not_found', `No widget file ${path}; run npm run build.`), 404);
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Vary', 'Accept-Encoding');
    const gzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
    // Each encoding is its own representation, with its own validator.
    const etag = gzip ? `${asset.etag.slice(0, -1)}-gz"` : asset.etag;
    c.header('ETag', etag);
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    if (!gzip) return c.body(new Uint8Array(asset.body));
    c.header('Content-Encoding', 'gzip');
    return c.body(new Uint8Array(asset.gzip));
  };
  return new Hono<AppEnv>()
    .get('/widget.js', (c) => serve('widget.js', false)(c))
    .get('/chunks/:name{[A-Za-z0-9_-]+\\.js}', (c) => serve(`chunks/${c.req.param('name')}`, true)(c));
};
