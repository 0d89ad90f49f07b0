import type { Context } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
// hono/tiny: the same Hono with the PatternRouter only, ~6 KB less in the API's bundle than the
// default pair of routers. For a few dozen routes a linear match costs microseconds, and there is
// no router to build on a cold start's first request.
import { Hono } from 'hono/tiny';
import type { HeldMail } from '../domain/held-mail.ts';
import type { IncidentStore } from '../domain/incident-ports.ts';
import type { Logger, Suppressions } from '../domain/ports.ts';
import type { Signer } from '../domain/reply-address.ts';
import type { SubmitDeps } from '../domain/submit-feedback.ts';
import { errorResponse, onError } from './errors.ts';
import { actionRoutes } from './routes/actions.tsx';
import { feedbackRoutes } from './routes/feedback.ts';
import { heldReleaseRoutes } from './routes/held-release.tsx';
import { siteRoutes } from './routes/sites.ts';
import { widgetRoutes } from './routes/widget.ts';
import type { AppEnv } from './types.ts';

export interface AppDeps extends SubmitDeps {
  logger: Logger;
  signer: Signer;
  suppressions: Suppressions;
  heldMail: HeldMail;
  incidents?: IncidentStore;
  /** Where the caller's address comes from differs between Lambda and Node: the root decides. */
  clientIp(c: Context): string | undefined;
  /** The built widget script (served as /widget.js), when this deployment serves it. */
  widgetScript?: () => Promise<string>;
  /** The demo shop page (served as /demo), only in the local runner. */
  demoPage?: () => Promise<string>;
}

/** The one HTTP app: the Lambda entry and the local runner both serve exactly this. */
export function createApp(deps: AppDeps) {
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

  app.get('/health', (c) => c.json({ ok: true }));
  app.route('/v1/feedback', feedbackRoutes(deps));
  app.route('/v1/sites', siteRoutes(deps.config));
  app.route('/a', actionRoutes(deps));
  app.route('/held', heldReleaseRoutes(deps));

  const { widgetScript, demoPage } = deps;
  if (widgetScript) app.route('/', widgetRoutes(widgetScript));
  if (demoPage) app.get('/demo', async (c) => c.html(await demoPage()));
  return app;
}
