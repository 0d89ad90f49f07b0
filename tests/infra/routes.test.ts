import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCoreServices } from '../../functions/core-services.ts';
import { createApp } from '../../functions/http/app.ts';
import { createBaseApp } from '../../functions/http/base-app.ts';
import { createIntakeApp } from '../../functions/http/intake-app.ts';
import { createPagesApp } from '../../functions/http/pages-app.ts';
import { pageRoutes } from '../../infra/lib/handlers.ts';
import { readConfig, repoRoot } from './synth.ts';

// Real services pointed nowhere: building the apps registers routes and opens no connection.
const services = createCoreServices({
  config: readConfig(join(repoRoot, 'earshot.config.json')),
  tableName: 'earshot',
  tokenSecret: 'routes-test-secret',
  endpoints: { dynamodb: 'http://127.0.0.1:9', ses: 'http://127.0.0.1:9' },
});
const deps = { ...services, clientIp: () => undefined, widgetScript: async () => '' };
const intake = createIntakeApp(deps);
const pages = createPagesApp(deps);

/** The app's own routes, as `METHOD path` in API Gateway's spelling, without shared middleware. */
function routesOf(app: { routes: { method: string; path: string }[] }, skip: Set<string>): string[] {
  const spelled = app.routes
    .filter((route) => !skip.has(`${route.method} ${route.path}`))
    .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
  return [...new Set(spelled)].sort();
}
const baseRoutes = createBaseApp(deps).routes;
const base = new Set(baseRoutes.map((route) => `${route.method} ${route.path}`));

describe('the two HTTP functions', () => {
  it('start from the same middleware: error mapping, 404, client address, CORS, security headers', () => {
    expect(base).toEqual(new Set(['ALL /*', 'ALL /v1/*']));
    // The same handlers, first and in the same order, on both.
    const first = (app: typeof intake) => app.routes.slice(0, baseRoutes.length).map((route) => route.path);
    expect(first(pages)).toEqual(baseRoutes.map((route) => route.path));
    expect(first(intake)).toEqual(baseRoutes.map((route) => route.path));
  });

  it('route to the pages function exactly the paths the pages app serves, by method', () => {
    const served = routesOf(pages, base);
    // Its page middleware (headers, body limits, the incident links) under each prefix.
    const prefixes = new Set(served.map((route) => route.split(' ')[1]?.split('/')[1]));
    expect([...prefixes].sort()).toEqual(pageRoutes.paths.map((path) => path.split('/')[1]).sort());
    const handlers = served.filter((route) => /^(GET|POST) /.test(route));
    const routed = pageRoutes.paths.flatMap((path) =>
      pageRoutes.methods.map((method) => `${method} ${path}`),
    );
    // HEAD is hono's GET without the body, so a GET route is what serves it.
    for (const route of handlers) expect(routed).toContain(route);
    for (const path of pageRoutes.paths) expect(handlers).toContain(`GET ${path}`);
  });

  it('leave nothing under a page prefix to the intake function', () => {
    const intakeRoutes = routesOf(intake, base);
    expect(intakeRoutes).toContain('POST /v1/feedback');
    expect(intakeRoutes).toContain('GET /health');
    for (const path of pageRoutes.paths) {
      const prefix = `/${path.split('/')[1]}/`;
      expect(intakeRoutes.filter((route) => route.split(' ')[1]?.startsWith(prefix))).toEqual([]);
    }
  });

  it('serve together locally every route each serves alone', () => {
    const local = routesOf(createApp(deps), base);
    expect(local).toEqual([...new Set([...routesOf(intake, base), ...routesOf(pages, base)])].sort());
  });

  it('answer a path neither serves with the same JSON 404', async () => {
    const [fromIntake, fromPages] = await Promise.all([
      intake.request('/a/some-token'),
      pages.request('/v1/feedback', { method: 'POST' }),
    ]);
    expect(fromIntake.status).toBe(404);
    expect(fromPages.status).toBe(404);
    expect(await fromIntake.json()).toMatchObject({ error: { code: 'not_found' } });
    expect(await fromPages.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
