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
    ['pageUrl', { pageUrl: 'javascript:alert(1)' }],
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
});
