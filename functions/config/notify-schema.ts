import * as z from 'zod/mini';

/** Everything a chat channel or webhook can hear about; docs/webhooks.md describes each payload. */
export const NOTIFY_EVENTS = [
  'feedback.received',
  'feedback.urgent',
  'incident.opened',
  'incident.updated',
  'case.claimed',
  'case.escalated',
  'case.resolved',
  'checkin.answered',
] as const;
export type NotifyEventType = (typeof NOTIFY_EVENTS)[number];

/**
 * Standard Webhooks signing secret: `whsec_` and base64 of 24 to 64 random bytes. In AWS the
 * config holds a Secrets Manager ARN instead, and the functions read the value at start.
 */
const WEBHOOK_SECRET = /^whsec_[A-Za-z0-9+/]+={0,2}$/;
export const SECRET_ARN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[\w/+=.@-]+$/;

export function isWebhookSecret(value: string): boolean {
  if (!WEBHOOK_SECRET.test(value)) return false;
  const bytes = Buffer.from(value.slice('whsec_'.length), 'base64').length;
  return bytes >= 24 && bytes <= 64;
}

/** One place a site's staff hear about cases: a Slack channel, a Teams channel, or any HTTP receiver. */
export const notifyTargetSchema = z
  .strictObject({
    type: z.enum(['slack', 'teams', 'webhook']),
    url: z.url(),
    /** Default: every event. */
    events: z.optional(
      z.array(z.enum(NOTIFY_EVENTS)).check(z.minLength(1, 'list at least one event, or leave events out')),
    ),
    /** `webhook` only: `whsec_<base64>` locally, a Secrets Manager ARN in AWS. */
    secret: z.optional(z.string()),
    /** Chat messages leave out the customer's name and address unless the site opts in. */
    include: z.optional(z.literal('contact')),
  })
  .check(
    z.superRefine((target, context) => {
      if (target.type !== 'webhook' && target.secret !== undefined) {
        context.addIssue({ code: 'custom', path: ['secret'], message: 'only a webhook target has a secret' });
      }
      if (target.type === 'webhook' && target.secret === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['secret'],
          message:
            'a webhook target needs a signing secret: whsec_<base64> (or a Secrets Manager ARN in AWS)',
        });
      }
      if (target.secret !== undefined && !isWebhookSecret(target.secret) && !SECRET_ARN.test(target.secret)) {
        context.addIssue({
          code: 'custom',
          path: ['secret'],
          message: 'must be whsec_ followed by base64 of 24–64 random bytes, or a Secrets Manager ARN',
        });
      }
    }),
  );

export type NotifyTarget = z.infer<typeof notifyTargetSchema>;

/**
 * Targets must be https. Plain http is allowed only to this machine, and only while the service
 * itself runs locally (`npm start`), so a deployed config can never send case data in clear.
 */
export function notifyUrlProblem(url: string, publicUrl: string): string | undefined {
  // An unparsable URL is already reported by the field's own check.
  if (!URL.canParse(url) || !URL.canParse(publicUrl)) return undefined;
  const target = new URL(url);
  if (target.protocol === 'https:') return undefined;
  const local = (host: string) => host === 'localhost' || host === '127.0.0.1';
  if (target.protocol === 'http:' && local(target.hostname) && local(new URL(publicUrl).hostname))
    return undefined;
  return 'must be an https URL (http only to localhost or 127.0.0.1 while publicUrl is local too)';
}
