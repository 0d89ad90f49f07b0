import { Hono } from 'hono/tiny';
import { ValidationError } from '../../domain/errors.ts';
import {
  assertOriginAllowed,
  findSite,
  type SubmitDeps,
  submitFeedback,
} from '../../domain/submit-feedback.ts';
import { declaredBodyLimit } from '../body-limit.ts';
import { errorResponse } from '../errors.ts';
import { feedbackBodySchema, fieldErrors } from '../feedback-schema.ts';
import { InvalidBodyError, readJsonBody } from '../json-body.ts';
import type { AppEnv } from '../types.ts';

const MAX_BODY_BYTES = 16 * 1024;

export function feedbackRoutes(deps: SubmitDeps) {
  return new Hono<AppEnv>().post(
    '/',
    declaredBodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        errorResponse(c, 413, 'payload_too_large', `The body may be at most ${MAX_BODY_BYTES} bytes.`),
    }),
    async (c) => {
      if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
        return errorResponse(c, 415, 'unsupported_media_type', 'Send the feedback as application/json.');
      }
      let raw: unknown;
      try {
        raw = await readJsonBody(c);
      } catch (error) {
        if (!(error instanceof InvalidBodyError)) throw error;
        return errorResponse(c, 400, 'invalid_body', error.message, { body: 'not valid UTF-8' });
      }
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new ValidationError('The body must be a JSON object.', { body: 'a JSON object' });
      }
      const origin = c.req.header('origin');
      const siteId = (raw as { siteId?: unknown }).siteId;
      // Whose form is this? Answer that before judging the rest of the body.
      if (typeof siteId === 'string' && siteId !== '')
        assertOriginAllowed(findSite(deps.config, siteId), origin);

      const parsed = feedbackBodySchema.safeParse({
        ...raw,
        clientRequestId:
          (raw as { clientRequestId?: unknown }).clientRequestId ?? c.req.header('idempotency-key'),
      });
      if (!parsed.success) {
        throw new ValidationError('Some fields need another look.', fieldErrors(parsed.error));
      }
      const { id } = await submitFeedback(parsed.data, { origin, clientIp: c.get('clientIp') }, deps);
      return c.json({ id, status: 'received' }, 202);
    },
  );
}
