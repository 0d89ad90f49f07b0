import type { HeldMail } from '../domain/held-mail.ts';
import type { IncidentStore } from '../domain/incident-ports.ts';
import type { Suppressions } from '../domain/ports.ts';
import type { ActionDeps } from '../domain/staff-actions.ts';
import { type BaseApp, type BaseDeps, createBaseApp } from './base-app.ts';
import { actionRoutes } from './routes/actions.tsx';
import { heldReleaseRoutes } from './routes/held-release.tsx';

export interface PagesDeps extends ActionDeps, BaseDeps {
  suppressions: Suppressions;
  heldMail: HeldMail;
  incidents?: IncidentStore;
}

/**
 * The signed one-click pages reached from emails: staff actions, check-ins, the case and incident
 * pages under `/a/<token>`, the held-acknowledgement release under `/held/<token>`. In AWS only
 * the paths in infra/lib/handlers.ts `pageRoutes` reach this function: a path added here needs
 * its route there (tests/infra/routes.test.ts fails until it has one).
 */
export function mountPages(app: BaseApp, deps: PagesDeps): BaseApp {
  app.route('/a', actionRoutes(deps));
  app.route('/held', heldReleaseRoutes(deps));
  return app;
}

/** The pages alone: what the `pages` function serves. */
export const createPagesApp = (deps: PagesDeps): BaseApp => mountPages(createBaseApp(deps), deps);
