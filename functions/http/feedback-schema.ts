// The namespace import lets esbuild drop the parts of zod we never use (its locales are most of it).
import * as z from 'zod';
import { LOCALES } from '../config/schema.ts';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text as people typed it, minus invisible control characters and broken surrogate halves. */
const text = (max: number) =>
  z
    .string()
    .transform((value) => value.toWellFormed().replace(CONTROL, '').trim())
    .pipe(z.string().max(max, `at most ${max} characters`));

/** Forms send "" (or null) for a field left empty: that means "not given", not "invalid". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === null || isBlank(value) ? undefined : value), schema.optional());

/** Whitespace (or invisible control characters) only: "not given", like an empty field. */
function isBlank(value: unknown): boolean {
  return typeof value === 'string' && value.replace(CONTROL, '').trim() === '';
}

export const feedbackBodySchema = z.object({
  siteId: z.string('required').min(1, 'required').max(64),
  rating: z.number('a whole number from 1 to 5').int('a whole number from 1 to 5').min(1).max(5),
  message: text(5000).pipe(z.string().min(1, 'tell us what happened')),
  email: optional(z.email('one valid email address').max(254)),
  name: optional(text(100)),
  desiredOutcome: optional(text(2000)),
  category: optional(text(50)),
  pageUrl: optional(z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(2048)),
  locale: optional(z.enum(LOCALES, `one of ${LOCALES.join(', ')}`)),
  clientRequestId: optional(z.uuid('a UUID')),
  website: optional(z.string().max(1000)),
});

export type FeedbackBody = z.infer<typeof feedbackBodySchema>;

/** Field name → first problem, for the `fields` object of a 400 answer. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'body';
    fields[field] ??= issue.message;
  }
  return fields;
}
