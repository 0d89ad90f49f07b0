import { readFile } from 'node:fs/promises';
import { handle } from 'hono/aws-lambda';
import { createCoreServices } from '../core-services.ts';
import { createApp } from '../http/app.ts';
import { awsRuntime } from './aws-runtime.ts';

const services = createCoreServices(await awsRuntime());
/** The widget bundle ships beside the handler (the stack copies it in at bundling time). */
const widget = readFile(new URL('./earshot.js', import.meta.url), 'utf8').catch(() => undefined);

const app = createApp({
  ...services,
  clientIp: (c) => c.env?.event?.requestContext?.http?.sourceIp,
  widgetScript: async () => (await widget) ?? '/* widget not bundled */',
});

export const handler = handle(app);
