import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  OriginNotAllowedError,
  RateLimitedError,
  StoreBusyError,
  UnknownSiteError,
  ValidationError,
} from '../domain/errors.ts';
import type { Logger } from '../domain/ports.ts';

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  fields?: Record<string, string>,
) {
  return c.json<ErrorBody>({ error: { code, message, ...(fields ? { fields } : {}) } }, status);
}

/** The one place where failures become HTTP answers: typed errors map to 4xx, the rest to a bare 500. */
export function onError(logger: Logger) {
  return (error: Error, c: Context) => {
    if (error instanceof ValidationError)
      return errorResponse(c, 400, 'validation_failed', error.message, error.fields);
    if (error instanceof UnknownSiteError) return errorResponse(c, 404, 'unknown_site', error.message);
    if (error instanceof OriginNotAllowedError)
      return errorResponse(c, 403, 'origin_not_allowed', error.message);
    if (error instanceof StoreBusyError) {
      // Nothing was stored; the client (the widget's outbox) tries again after this.
      c.header('Retry-After', String(error.retryAfterSeconds));
      return errorResponse(
        c,
        503,
        'unavailable',
        'Busy for a moment: nothing was lost, please send again shortly.',
      );
    }
    if (error instanceof RateLimitedError) {
      c.header('Retry-After', String(error.retryAfterSeconds));
      return errorResponse(c, 429, 'rate_limited', error.message);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return errorResponse(c, error.status, 'bad_request', error.message || 'Bad request');
    }
    logger.error('request failed', { path: c.req.path, error: error.name, detail: error.message });
    return errorResponse(
      c,
      500,
      'internal',
      'Something went wrong on our side. Your request can be retried.',
    );
  };
}
