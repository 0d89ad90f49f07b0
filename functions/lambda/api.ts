import { readFile } from 'node:fs/promises';
import { handle } from 'hono/aws-lambda';
import { createIntakeApp } from '../http/intake-app.ts';
import { createIntakeServices } from '../intake-services.ts';
import { awsRuntime } from './aws-runtime.ts';
import { lambdaClientIp } from './client-ip.ts';

// The intake only: the signed pages run in functions/lambda/pages.ts, so the cold start a
// customer waits for loads none of them.
const services = createIntakeServices(await awsRuntime());
/** The widget bundle ships beside the handler (the stack copies it in at bundling time). */
const widget = readFile(new URL('./earshot.js', import.meta.url), 'utf8').catch(() => undefined);

const app = createIntakeApp({
  ...services,
  clientIp: lambdaClientIp,
  widgetScript: async () => (await widget) ?? '/* widget not bundled */',
});

export const handler = handle(app);
