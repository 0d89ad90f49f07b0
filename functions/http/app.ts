import { createBaseApp } from './base-app.ts';
import { type IntakeDeps, mountIntake } from './intake-app.ts';
import { mountPages, type PagesDeps } from './pages-app.ts';

export type AppDeps = IntakeDeps & PagesDeps;

/**
 * Every route on one app: what the local runner and the tests serve. In AWS the same two route
 * groups run as two functions behind one HTTP API (`api`: intake; `pages`: the signed pages), each
 * built from the same base, so a route answers the same here and there.
 */
export function createApp(deps: AppDeps) {
  return mountPages(mountIntake(createBaseApp(deps), deps), deps);
}
