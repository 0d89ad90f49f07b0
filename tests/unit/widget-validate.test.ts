import { describe, expect, it } from 'vitest';
import { type Strings, T, TEXT_KEYS } from '../../web-widget/src/config-format.ts';
import { widgetTexts } from '../../web-widget/src/texts.ts';
import { type Draft, errorText, fromServer, validate } from '../../web-widget/src/validate.ts';

const draft = (changes: Partial<Draft> = {}): Draft => ({
  rating: 2,
  message: 'Kaffen kom tre dager for sent.',
  desiredOutcome: '',
  name: '',
  email: '',
  ...changes,
});

describe('widget validation', () => {
  it('accepts a rating and a message, with everything else left empty', () => {
    expect(validate(draft())).toEqual({});
  });

  it('asks for a rating and for a message that is more than whitespace', () => {
    expect(validate(draft({ rating: undefined, message: '  \n ' }))).toEqual({
      rating: T.required_rating,
      message: T.required,
    });
  });

  it('holds each field to the limit the API enforces', () => {
    expect(
      validate(draft({ message: 'x'.repeat(5001), desiredOutcome: 'x'.repeat(2001), name: 'x'.repeat(101) })),
    ).toEqual({ message: T.too_long, desiredOutcome: T.too_long, name: T.too_long });
    expect(validate(draft({ message: ` ${'x'.repeat(5000)} ` }))).toEqual({});
  });

  it.each(['kari', 'kari@', 'kari@example', 'kari @example.com', 'a@b.no, c@d.no'])(
    'rejects the email %j',
    (email) => {
      expect(validate(draft({ email })).email).toBe(T.email_invalid);
    },
  );

  it.each(['kari@example.com', ' ola.nordmann+fjord@post.example.no '])('accepts the email %j', (email) => {
    expect(validate(draft({ email })).email).toBeUndefined();
  });

  it("puts the API's 400 next to the field, in our words rather than its English", () => {
    // Sent only after our own checks passed: the API is stricter than we are about this field.
    expect(fromServer({ email: 'one valid email address' })).toEqual({ email: T.email_invalid });
    expect(fromServer({ name: 'something new', message: 'at most 5000 characters' })).toEqual({
      name: T.invalid,
      message: T.invalid,
    });
  });

  it('leaves a 400 about a field the form does not show to the general error view', () => {
    expect(fromServer({ pageUrl: 'an http(s) URL' })).toBeUndefined();
    expect(fromServer({ rating: 'a whole number from 1 to 5' })).toBeUndefined();
  });

  it.each([
    ['nb', T.too_long, 'message', 'Teksten er for lang – maks 5000 tegn.'],
    ['da', T.too_long, 'desiredOutcome', 'Teksten er for lang – højst 2000 tegn.'],
    ['sv', T.required, 'message', 'Skriv några ord så att vi förstår vad det gäller.'],
    ['en', T.email_invalid, 'email', 'That email address doesn’t look right.'],
  ] as const)('says it in %s: %s on %s', (locale, code, field, text) => {
    const texts = widgetTexts(locale);
    expect(errorText(code, field, TEXT_KEYS.map((key) => texts[key]) as unknown as Strings)).toBe(text);
  });
});
