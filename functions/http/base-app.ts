import type { Context } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
// hono/tiny: the same Hono with the PatternRouter only, ~6 KB less in each function's bundle than
// the default pair of routers. For a few dozen routes a linear match costs microseconds, and there
// is no router to build on a cold start's first request.
import { Hono } from 'hono/tiny';
import type { EarshotConfig } from '../config/schema.ts';
import type { Logger } from '../domain/ports.ts';
import { errorResponse, onError } from './errors.ts';
import type { AppEnv } from './types.ts';

export interface BaseDeps {
  config: EarshotConfig;
  logger: Logger;
  /** Where the caller's address comes from differs between Lambda and Node: the root decides. */
  clientIp(c: Context): string | undefined;
}

/**
 * What every request meets whichever function serves it: the one error mapping, the one 404, the
 * caller's address, CORS and security headers on /v1/*. The intake and the pages functions (and
 * the local runner, which serves both) start from this, so a route answers the same everywhere.
 */
export function createBaseApp(deps: BaseDeps) {
  const allowedOrigins = new Set(deps.config.sites.flatMap((site) => site.allowedOrigins));
  const app = new Hono<AppEnv>();
  app.onError(onError(deps.logger));
  app.notFound((c) => errorResponse(c, 404, 'not_found', `No route for ${c.req.method} ${c.req.path}.`));
  app.use('*', async (c, next) => {
    c.set('clientIp', deps.clientIp(c));
    await next();
  });
  // Each site's own origins only, never `*`; the POST then checks the origin against its site.
  app.use(
    '/v1/*',
    cors({
      origin: (origin) => (allowedOrigins.has(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Idempotency-Key'],
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  );
  app.use('/v1/*', secureHeaders({ crossOriginResourcePolicy: false }));
  return app;
}

export type BaseApp = ReturnType<typeof createBaseApp>;
