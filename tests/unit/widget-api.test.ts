import { describe, expect, it } from 'vitest';
import { classify, Sent } from '../../web-widget/src/api.ts';

describe('widget API answers', () => {
  it('treats 202 as stored, with its id', () => {
    expect(classify(202, { id: 'fb_1', status: 'received' })).toEqual({ kind: Sent.stored, id: 'fb_1' });
  });

  it.each([0, 408, 429, 500, 502, 503])('keeps %i for a retry', (status) => {
    expect(classify(status, null).kind).toBe(Sent.retry);
  });

  it('honours Retry-After in seconds', () => {
    expect(classify(429, { error: { code: 'rate_limited' } }, '30')).toEqual({
      kind: Sent.retry,
      afterMs: 30_000,
    });
    expect(classify(503, null, 'soon')).toEqual({ kind: Sent.retry, afterMs: 0 });
  });

  it('hands back the named fields of a 400', () => {
    const body = {
      error: { code: 'validation_failed', message: '…', fields: { email: 'one valid email address' } },
    };
    expect(classify(400, body)).toEqual({
      kind: Sent.rejected,
      status: 400,
      fields: { email: 'one valid email address' },
    });
  });

  it.each([403, 404, 413, 415])('gives up on %i: retrying cannot fix it', (status) => {
    expect(classify(status, { error: { code: 'x' } })).toMatchObject({ kind: Sent.rejected, status });
  });
});
