import { createHash } from 'node:crypto';
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../types.ts';

/**
 * The widget script. `/widget.js` is the stable URL of the embed tag: cached briefly and
 * revalidated by ETag, so a new release reaches sites within minutes. `/widget/<version>.js` is
 * the same bytes under a content hash, cacheable for a year, for sites or CDNs that pin it.
 */
export function widgetRoutes(script: () => Promise<string>) {
  let built: { code: string; version: string } | undefined;
  const load = async () => {
    if (!built) {
      const code = await script();
      built = { code, version: createHash('sha256').update(code).digest('hex').slice(0, 16) };
    }
    return built;
  };
  const app = new Hono<AppEnv>();
  app.get('/widget.js', async (c) => {
    const { code, version } = await load();
    const etag = `"${version}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', 'public, max-age=300');
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    return c.body(code);
  });
  app.get('/widget/:file', async (c) => {
    const { code, version } = await load();
    if (c.req.param('file') !== `${version}.js`) return c.notFound();
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(code);
  });
  return app;
}
