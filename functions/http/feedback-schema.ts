// zod/mini rather than classic zod keeps the api bundle small; see config/schema.ts, which also
// installs the English messages that classic zod would have.
import * as z from 'zod/mini';
import { LOCALES } from '../config/schema.ts';
import { cleanText } from '../domain/clean-text.ts';

/** Text as people typed it, NFC, minus invisible and control characters (see clean-text.ts). */
const text = (max: number) =>
  z.pipe(
    z.pipe(
      z.string(),
      z.transform((value: string) => cleanText(value).trim()),
    ),
    z.string().check(z.maxLength(max, `at most ${max} characters`)),
  );

/**
 * Forms send "" (or null) for a field left empty: that means "not given", not "invalid".
 * Classic zod's `z.preprocess(fn, schema.optional())`, which zod/mini lacks. The type is the one
 * preprocess had: a key the body may leave out (a transform accepts a missing key at run time too).
 */
const optional = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.transform<unknown, unknown>((value) => (value === null || isBlank(value) ? undefined : value)),
    z.optional(schema),
  ) as z.core.$ZodPreprocess<z.ZodMiniOptional<T>>;

/** Whitespace (or invisible control characters) only: "not given", like an empty field. */
function isBlank(value: unknown): boolean {
  return typeof value === 'string' && cleanText(value).trim() === '';
}

export const feedbackBodySchema = z.object({
  siteId: z.string('required').check(z.minLength(1, 'required'), z.maxLength(64)),
  rating: z
    .number('a whole number from 1 to 5')
    .check(z.int('a whole number from 1 to 5'), z.gte(1), z.lte(5)),
  message: z.pipe(text(5000), z.string().check(z.minLength(1, 'tell us what happened'))),
  email: optional(z.email('one valid email address').check(z.maxLength(254))),
  name: optional(text(100)),
  desiredOutcome: optional(text(2000)),
  category: optional(text(50)),
  // Any text is kept: whether it is a page of the site (and so may be a link) is the domain's
  // call, against the site's origins. A link that is not would only be lost feedback context.
  pageUrl: optional(text(2048)),
  locale: optional(z.enum(LOCALES, `one of ${LOCALES.join(', ')}`)),
  clientRequestId: optional(z.uuid('a UUID')),
  website: optional(z.string().check(z.maxLength(1000))),
  /** How long the widget's form was open before it was sent, in milliseconds. */
  openMs: optional(
    z.number('a whole number of milliseconds').check(z.int('a whole number of milliseconds'), z.gte(0)),
  ),
});

export type FeedbackBody = z.infer<typeof feedbackBodySchema>;

/** Field name → first problem, for the `fields` object of a 400 answer. */
export function fieldErrors(error: z.core.$ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'body';
    fields[field] ??= issue.message;
  }
  return fields;
}
