import { type Strings, T } from './config-format.ts';
import { fill } from './i18n.ts';

/** What the visitor has typed so far; it lives across views and across closing and reopening. */
export interface Draft {
  rating?: number | undefined;
  message: string;
  desiredOutcome: string;
  name: string;
  email: string;
}

export type TextField = 'message' | 'desiredOutcome' | 'name' | 'email';
export type Field = 'rating' | TextField;
/** An error is the string that explains it. */
export type ErrorCode = T.required | T.required_rating | T.too_long | T.email_invalid | T.invalid;
export type FieldErrors = Partial<Record<Field, ErrorCode>>;

/** The API's limits (issue 2 §3), counted as it counts them: UTF-16 length after trimming. */
export const LIMITS: Record<TextField, number> = {
  message: 5000,
  desiredOutcome: 2000,
  name: 100,
  email: 254,
};

// Deliberately loose: one address, no spaces, a dot in the domain. The API has the final word, and
// its 400 lands next to the same field.
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

export function validate(draft: Draft): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.rating) errors.rating = T.required_rating;
  for (const field of Object.keys(LIMITS) as TextField[]) {
    if (draft[field].trim().length > LIMITS[field]) errors[field] = T.too_long;
  }
  if (!draft.message.trim()) errors.message = T.required;
  const email = draft.email.trim();
  if (email && !EMAIL.test(email)) errors.email = T.email_invalid;
  return errors;
}

/**
 * The API's 400 `fields` ({ email: "one valid email address" }) as our codes. Its English messages are
 * never shown. The draft passed our own checks before it was sent, so the API is stricter than we
 * are here: "that address doesn't look right" for the email, a plain "check this" for anything else.
 * A key the form has no field for gives `undefined`, and the caller shows the general error instead.
 */
export function fromServer(fields: Record<string, string>): FieldErrors | undefined {
  let errors: FieldErrors | undefined;
  for (const key in fields) {
    if (!(key in LIMITS)) return undefined;
    errors ??= {};
    errors[key as TextField] = key === 'email' ? T.email_invalid : T.invalid;
  }
  return errors;
}

export function errorText(code: ErrorCode, field: TextField, t: Strings): string {
  return fill(t[code], { max: LIMITS[field] });
}
