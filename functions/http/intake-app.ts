import type { SubmitDeps } from '../domain/submit-feedback.ts';
import { type BaseApp, type BaseDeps, createBaseApp } from './base-app.ts';
import { feedbackRoutes } from './routes/feedback.ts';
import { siteRoutes } from './routes/sites.ts';
import { widgetRoutes } from './routes/widget.ts';

export interface IntakeDeps extends SubmitDeps, BaseDeps {
  /** The built widget script (served as /widget.js), when this deployment serves it. */
  widgetScript?: () => Promise<string>;
  /** The demo shop page (served as /demo), only in the local runner. */
  demoPage?: () => Promise<string>;
}

/**
 * What a customer's browser calls: health, the intake POST, widget-config and the widget script.
 * Its own function in AWS, so the cold start a customer waits for loads none of the pages.
 */
export function mountIntake(app: BaseApp, deps: IntakeDeps): BaseApp {
  app.get('/health', (c) => c.json({ ok: true }));
  app.route('/v1/feedback', feedbackRoutes(deps));
  app.route('/v1/sites', siteRoutes(deps.config));
  const { widgetScript, demoPage } = deps;
  if (widgetScript) app.route('/', widgetRoutes(widgetScript));
  if (demoPage) app.get('/demo', async (c) => c.html(await demoPage()));
  return app;
}

/** The intake alone: what the `api` function serves. */
export const createIntakeApp = (deps: IntakeDeps): BaseApp => mountIntake(createBaseApp(deps), deps);
