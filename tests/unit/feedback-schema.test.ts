import { describe, expect, it } from 'vitest';
import { feedbackBodySchema, fieldErrors } from '../../functions/http/feedback-schema.ts';

const valid = { siteId: 'demo', rating: 3, message: 'Hello' };
const problems = (body: unknown) => {
  const result = feedbackBodySchema.safeParse(body);
  return result.success ? {} : fieldErrors(result.error);
};

describe('feedback body validation', () => {
  it('accepts the minimal body and trims the message', () => {
    expect(feedbackBodySchema.parse({ ...valid, message: '  Hei  ' }).message).toBe('Hei');
  });

  it.each([
    ['rating', { rating: 0 }],
    ['rating', { rating: 2.5 }],
    ['rating', { rating: '3' }],
    ['message', { message: '' }],
    ['message', { message: '\u0000\u0001  ' }],
    ['message', { message: 'x'.repeat(5001) }],
    ['email', { email: 'one@example.com, two@example.com' }],
    ['email', { email: 'victim@example.com\r\nBcc: other@example.com' }],
    ['name', { name: 'n'.repeat(101) }],
    ['desiredOutcome', { desiredOutcome: 'd'.repeat(2001) }],
    ['category', { category: 'c'.repeat(51) }],
    ['pageUrl', { pageUrl: `https://shop.example/${'p'.repeat(2048)}` }],
    ['openMs', { openMs: -1 }],
    ['openMs', { openMs: 1500.5 }],
    ['openMs', { openMs: '3000' }],
    ['locale', { locale: 'de' }],
    ['clientRequestId', { clientRequestId: '123' }],
  ])('names %s when it is wrong', (field, change) => {
    expect(problems({ ...valid, ...change })).toHaveProperty(field);
  });

  it('treats empty optional fields as not given', () => {
    const parsed = feedbackBodySchema.parse({ ...valid, email: '', name: '', pageUrl: null, locale: '' });
    expect(parsed).toEqual({ siteId: 'demo', rating: 3, message: 'Hello' });
  });

  it('keeps the words and drops invisible control characters', () => {
    expect(feedbackBodySchema.parse({ ...valid, message: 'Æ\u0007ø\nå' }).message).toBe('Æø\nå');
  });

  it('stores NFC and removes bidi, zero-width and C0/C1 controls but keeps newlines and tabs', () => {
    const parsed = feedbackBodySchema.parse({
      ...valid,
      // "å" as a + combining ring; an RLO override; zero-width space, joiner and BOM; a C1 control.
      message: 'Ka\u030ari\u202e gnp.exe\u202c\r\nlinje\u200b to\u200d\u2060\ufeff\u0085\tslutt\u2066x\u2069',
      name: 'No\u200bra\u0007',
      pageUrl: 'https://shop.example/\u202epage',
    });
    expect(parsed.message).toBe('Kåri gnp.exe\nlinje to\tsluttx');
    expect(parsed.message.normalize('NFC')).toBe(parsed.message);
    expect(parsed.name).toBe('Nora');
    expect(parsed.pageUrl).toBe('https://shop.example/page');
  });
});
