import { handle } from 'hono/aws-lambda';
import { createCoreServices } from '../core-services.ts';
import { createPagesApp } from '../http/pages-app.ts';
import { awsRuntime } from './aws-runtime.ts';
import { lambdaClientIp } from './client-ip.ts';

// The signed one-click pages from emails (`/a/*`, `/held/*`), behind the same HTTP API as the intake.
const services = createCoreServices(await awsRuntime());

export const handler = handle(createPagesApp({ ...services, clientIp: lambdaClientIp }));
