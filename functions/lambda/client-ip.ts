import type { Context } from 'hono';

/** The caller's address as API Gateway saw it (HTTP API payload v2), for both HTTP functions. */
export const lambdaClientIp = (c: Context): string | undefined =>
  c.env?.event?.requestContext?.http?.sourceIp;
