// zod/mini: the same zod, but functional (z.optional(s), s.check(...)) so a bundle keeps only what it
// calls. Classic zod's methods pull in all of it (about 90 KB of the api Lambda's minified bundle).
import * as z from 'zod/mini';
import { globalConfig } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';
import { parseDuration } from '../domain/duration.ts';
import { notifyTargetSchema, notifyUrlProblem } from './notify-schema.ts';

// Classic zod installs its English messages by itself; zod/mini says "Invalid input" until told to.
// Set here, before any schema is used, so config errors and the 400 `fields` read as they always have.
// Like classic zod, it leaves alone a locale someone else chose first.
if (!globalConfig.localeError) z.config(en());

// Every object is strict: an unknown key (a typo such as `escalteAfter`) stops start-up instead of
// quietly keeping the default. load.ts names the key and the closest known one.

export const LOCALES = ['nb', 'da', 'sv', 'en'] as const;

const duration = z.string().check(
  z.refine((value) => parseDuration(value) !== undefined, {
    message: 'must be an ISO-8601 duration, e.g. PT4H',
  }),
);

const person = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  email: z.email(),
});

const routingRule = z
  .strictObject({
    category: z.optional(z.string().check(z.minLength(1), z.maxLength(50))),
    pageUrlPrefix: z.optional(z.string().check(z.minLength(1))),
    owner: person,
  })
  .check(
    z.refine((rule) => rule.category !== undefined || rule.pageUrlPrefix !== undefined, {
      message: 'a routing rule needs a category, a pageUrlPrefix or both',
    }),
  );

/** Complaint storms: `threshold` similar reports within `window` become one incident. */
const incidentSchema = z.strictObject({
  window: z._default(duration, 'PT15M'),
  threshold: z._default(z.number().check(z.int(), z.gte(2)), 5),
  /** At most one update email per this while an incident grows. */
  updateEvery: z._default(duration, 'PT15M'),
});

export const siteSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes')),
  displayName: z.string().check(z.minLength(1), z.maxLength(100)),
  /** Compared with the browser's Origin header, so kept in its exact form: `https://shop.example`. */
  allowedOrigins: z
    .array(
      z.pipe(
        z.url(),
        z.transform((url: string) => new URL(url).origin),
      ),
    )
    .check(z.minLength(1)),
  defaultLocale: z.enum(LOCALES),
  /** Times in emails are shown in the business's own time zone. */
  timeZone: z._default(
    z
      .string()
      .check(
        z.refine((zone) => isTimeZone(zone), { message: 'must be an IANA time zone, e.g. Europe/Oslo' }),
      ),
    'Europe/Oslo',
  ),
  sender: z.email(),
  owner: person,
  backup: person,
  /** Other staff who may answer threads and be reassigned feedback. */
  staff: z._default(z.array(person), []),
  routing: z._default(z.array(routingRule), []),
  respondWithin: z._default(duration, 'PT4H'),
  escalateAfter: z._default(duration, 'PT4H'),
  /** A shorter clock for feedback the triage marks urgent. */
  urgentEscalateAfter: z._default(duration, 'PT30M'),
  followUpAfter: z._default(duration, 'P3D'),
  retentionDays: z._default(z.number().check(z.int(), z.gte(1), z.lte(3650)), 365),
  rateLimitPerMinute: z._default(z.number().check(z.int(), z.gte(0)), 10),
  /** Acknowledgements this site may send in one hour; past it they are held for the owner to release. */
  ackBudgetPerHour: z._default(z.number().check(z.int(), z.gte(0)), 100),
  /** A submission whose form was open less than this (ms) is kept as suspected spam; 0 = off. */
  minFormOpenMs: z._default(z.number().check(z.int(), z.gte(0)), 2000),
  /** Happy customers (rating ≥ 4) alert the owner too only when this is on; else they go to the digest. */
  alertOnPositive: z._default(z.boolean(), false),
  reviewUrl: z.optional(z.url()),
  /**
   * What each category key (the widget's `category`, e.g. `delivery`) is called in each language,
   * so staff read "Levering" in the digest and the alert, not the key.
   */
  categories: z._default(
    z.record(
      z.string().check(z.minLength(1), z.maxLength(50)),
      z.partialRecord(z.enum(LOCALES), z.string().check(z.minLength(1), z.maxLength(60))),
    ),
    {},
  ),
  incident: z._default(incidentSchema, { window: 'PT15M', threshold: 5, updateEvery: 'PT15M' }),
  /** Site-specific phrases for the spread-risk triage (e.g. a competitor's name). */
  triagePhrases: z._default(
    z.array(
      z.strictObject({
        phrase: z.string().check(z.minLength(2)),
        group: z.enum(['public', 'leaving', 'formal', 'intensity']),
      }),
    ),
    [],
  ),
  /** Slack, Teams and webhook receivers that hear about this site's cases (see docs/webhooks.md). */
  notify: z._default(z.array(notifyTargetSchema), []),
});

/**
 * Each site's customer mail is watched over a sliding window: past these rates its automated
 * customer mail pauses, well before SES's own review (about 10 % bounces, 0.5 % complaints)
 * would stop every site's mail, staff alerts included.
 */
const reputationBreaker = z.strictObject({
  bounceRate: z._default(z.number().check(z.gt(0), z.lte(1)), 0.05),
  complaintRate: z._default(z.number().check(z.gt(0), z.lte(1)), 0.001),
  windowHours: z._default(z.number().check(z.int(), z.gte(1), z.lte(24 * 14)), 24),
  /** Fewer customer emails than this in the window are too few to judge a rate by. */
  minimumSends: z._default(z.number().check(z.int(), z.gte(1)), 20),
});

export const configSchema = z
  .strictObject({
    /** Where customers and staff reach the API (links in emails, the widget's script URL). */
    publicUrl: z.url(),
    /** Domain of the per-feedback Reply-To addresses, e.g. reply+<token>@<inboundDomain>. */
    inboundDomain: z.string().check(z.minLength(3)),
    /** Signs one-click action links; locally from here or EARSHOT_TOKEN_SECRET, in AWS from Secrets Manager. */
    tokenSecret: z.optional(z.string().check(z.minLength(32))),
    ackLimitPerDay: z._default(z.number().check(z.int(), z.gte(0)), 3),
    reputationBreaker: z._default(reputationBreaker, {
      bounceRate: 0.05,
      complaintRate: 0.001,
      windowHours: 24,
      minimumSends: 20,
    }),
    /** Emails a second for the whole deployment: SES's usual production quota. */
    maxSendRate: z._default(z.number().check(z.gt(0)), 14),
    sites: z.array(siteSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((config, context) => {
      config.sites.forEach((site, siteIndex) => {
        site.notify.forEach((target, index) => {
          const message = notifyUrlProblem(target.url, config.publicUrl);
          if (message)
            context.addIssue({ code: 'custom', path: ['sites', siteIndex, 'notify', index, 'url'], message });
        });
      });
    }),
  );

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
