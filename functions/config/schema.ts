// The namespace import lets esbuild drop the parts of zod we never use (its locales are most of it).
import * as z from 'zod';
import { parseDuration } from '../domain/duration.ts';

export const LOCALES = ['nb', 'da', 'sv', 'en'] as const;

const duration = z.string().refine((value) => parseDuration(value) !== undefined, {
  message: 'must be an ISO-8601 duration, e.g. PT4H',
});

const person = z.object({ name: z.string().min(1).max(100), email: z.email() });

const routingRule = z
  .object({
    category: z.string().min(1).max(50).optional(),
    pageUrlPrefix: z.string().min(1).optional(),
    owner: person,
  })
  .refine((rule) => rule.category !== undefined || rule.pageUrlPrefix !== undefined, {
    message: 'a routing rule needs a category, a pageUrlPrefix or both',
  });

export const siteSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes'),
  displayName: z.string().min(1).max(100),
  /** Compared with the browser's Origin header, so kept in its exact form: `https://shop.example`. */
  allowedOrigins: z.array(z.url().transform((url) => new URL(url).origin)).min(1),
  defaultLocale: z.enum(LOCALES),
  /** Times in emails are shown in the business's own time zone. */
  timeZone: z
    .string()
    .refine((zone) => isTimeZone(zone), { message: 'must be an IANA time zone, e.g. Europe/Oslo' })
    .default('Europe/Oslo'),
  sender: z.email(),
  owner: person,
  backup: person,
  /** Other staff who may answer threads and be reassigned feedback. */
  staff: z.array(person).default([]),
  routing: z.array(routingRule).default([]),
  respondWithin: duration.default('PT4H'),
  escalateAfter: duration.default('PT4H'),
  /** A shorter clock for feedback the triage marks urgent. */
  urgentEscalateAfter: duration.default('PT30M'),
  followUpAfter: duration.default('P3D'),
  retentionDays: z.number().int().min(1).max(3650).default(365),
  rateLimitPerMinute: z.number().int().min(0).default(10),
  /** Happy customers (rating ≥ 4) alert the owner too only when this is on; else they go to the digest. */
  alertOnPositive: z.boolean().default(false),
  reviewUrl: z.url().optional(),
  /** Site-specific phrases for the spread-risk triage (e.g. a competitor's name). */
  triagePhrases: z
    .array(
      z.object({ phrase: z.string().min(2), group: z.enum(['public', 'leaving', 'formal', 'intensity']) }),
    )
    .default([]),
});

export const configSchema = z.object({
  /** Where customers and staff reach the API (links in emails, the widget's script URL). */
  publicUrl: z.url(),
  /** Domain of the per-feedback Reply-To addresses, e.g. reply+<token>@<inboundDomain>. */
  inboundDomain: z.string().min(3),
  /** Signs one-click action links; locally from here or EARSHOT_TOKEN_SECRET, in AWS from Secrets Manager. */
  tokenSecret: z.string().min(32).optional(),
  ackLimitPerDay: z.number().int().min(0).default(3),
  sites: z.array(siteSchema).min(1),
});

export type EarshotConfig = z.infer<typeof configSchema>;
export type SiteConfig = z.infer<typeof siteSchema>;
export type Person = z.infer<typeof person>;
export type Locale = (typeof LOCALES)[number];

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
