import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { to } from '../helpers/mail.ts';
import { startTestStack, type TestStack } from '../helpers/stack.ts';

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
});
afterAll(() => t?.stop());
beforeEach(() => t.clearInbox());

const unhappy = {
  siteId: 'demo',
  rating: 2,
  message: 'The coffee beans arrived two weeks late and the bag was torn open.',
  desiredOutcome: 'A fresh bag sent today.',
  email: 'Nora.Hansen@Example.org',
  name: 'Nora',
  pageUrl: 'http://localhost/orders/123',
  locale: 'nb',
};

describe('POST /v1/feedback', () => {
  it('stores the feedback, alerts the owner and acknowledges the customer in their language', async () => {
    const response = await t.post(unhappy);
    expect(response.status).toBe(202);
    const { id, status } = (await response.json()) as { id: string; status: string };
    expect(status).toBe('received');

    const stored = await t.stack.services.store.get(id);
    expect(stored).toMatchObject({
      siteId: 'demo',
      rating: 2,
      message: unhappy.message,
      email: 'nora.hansen@example.org',
    });

    const [alert] = await t.waitForEmails(to('kari@example.com'));
    expect(alert?.subject).toContain('2/5');
    expect(alert?.subject).toContain('Fjordkaffe');
    expect(alert?.body.text).toContain(unhappy.message);
    expect(alert?.body.text).toContain(unhappy.desiredOutcome);
    expect(alert?.replyTo[0]).toMatch(/^reply\+s\.[a-z0-9]+\.[a-f0-9]+@reply\.localhost$/);

    const [ack] = await t.waitForEmails(to('nora.hansen@example.org'));
    expect(ack?.body.text).toMatch(/Vennlig hilsen\nKari\nFjordkaffe/);
    expect(ack?.body.text).toContain('beklager');
    expect(ack?.body.text).toContain('4 timer');
    expect(ack?.from).toContain('feedback@example.com');
    // The acknowledgement never repeats what the customer wrote, nor the name they gave.
    expect(ack?.body.text).not.toContain('torn open');
    expect(ack?.body.html).not.toContain('Nora');
  });

  it("shows the customer's earlier feedback on this site in the alert, found by the hashed address", async () => {
    const email = `history-${randomUUID()}@example.org`;
    await t.post({ ...unhappy, email, message: 'First time: the grinder was loud.' });
    await t.waitForEmails(to(email));
    await t.post({ ...unhappy, email: email.toUpperCase(), message: 'Second time: now it stopped.' });
    const alerts = await t.waitForEmails(to('kari@example.com'), 2);
    expect(await t.waitForEmails(to(email), 2)).toHaveLength(2);
    const second = alerts.find((alert) => alert.body.text?.includes('Second time'));
    expect(second?.body.text).toMatch(/Tidligere tilbakemeldinger fra denne kunden på Fjordkaffe: 1/);
    expect(second?.body.text).toContain('First time: the grinder was loud.');
    const first = alerts.find((alert) => alert.body.text?.includes('First time'));
    expect(first?.body.text).toContain('Første tilbakemelding fra denne kunden');
  });

  it('routes by category to the rule owner, not the site owner', async () => {
    const response = await t.post({ ...unhappy, email: undefined, category: 'delivery' });
    expect(response.status).toBe(202);
    const alerts = await t.waitForEmails(to('sven@example.com'));
    expect(alerts).toHaveLength(1);
    expect(await t.inbox()).toHaveLength(1);
  });

  it('maps a repeated clientRequestId to the same id and sends each email once', async () => {
    const clientRequestId = randomUUID();
    const first = (await (await t.post({ ...unhappy, clientRequestId })).json()) as { id: string };
    const again = await t.post({ ...unhappy, clientRequestId });
    const viaHeader = await t.post(unhappy, { headers: { 'Idempotency-Key': clientRequestId } });
    expect(again.status).toBe(202);
    expect(((await again.json()) as { id: string }).id).toBe(first.id);
    expect(((await viaHeader.json()) as { id: string }).id).toBe(first.id);

    await t.waitForEmails(() => true, 2);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await t.inbox()).toHaveLength(2);
  });

  it('sends a happy customer warm thanks with the review invitation and no staff alert', async () => {
    await t.post({
      ...unhappy,
      rating: 5,
      message: 'Lovely coffee, fast delivery!',
      email: 'glad@example.org',
    });
    const [thanks] = await t.waitForEmails(to('glad@example.org'));
    expect(thanks?.body.text).toContain('https://example.com/reviews/fjordkaffe');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await t.inbox()).filter(to('kari@example.com'))).toHaveLength(0);
  });

  it('escapes customer text in the HTML alert and keeps line breaks out of the subject', async () => {
    const hostile = '<script>alert(1)</script>\r\nBcc: victim@example.net';
    await t.post({ ...unhappy, message: hostile, email: undefined, name: '<b>x</b>' });
    const [alert] = await t.waitForEmails(to('kari@example.com'));
    expect(alert?.body.html).not.toContain('<script>');
    expect(alert?.body.html).toContain('&lt;script&gt;');
    expect(alert?.subject).not.toMatch(/[\r\n]/);
    expect(alert?.destination.bcc).toEqual([]);
  });

  it('acknowledges one address at most three times a day, answering the same every time', async () => {
    const email = `flood-${randomUUID()}@example.org`;
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await t.post({ ...unhappy, email, message: `try ${i}` })).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202]);
    await t.waitForEmails(to('kari@example.com'), 5);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await t.inbox()).filter(to(email))).toHaveLength(3);
  });

  it('accepts a filled honeypot with 202 and stores and sends nothing', async () => {
    const response = await t.post({ ...unhappy, website: 'http://spam.example' });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await t.stack.services.store.get(id)).toBeUndefined();
    expect(await t.inbox()).toHaveLength(0);
  });
});

describe('errors are JSON 4xx naming the problem', () => {
  const errorOf = async (response: Response) =>
    ((await response.json()) as { error: Record<string, unknown> }).error;

  it('400 names each bad field', async () => {
    const response = await t.post({ siteId: 'demo', rating: 7, message: '   ', email: 'a@b.c, d@e.f' });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.fields as object).sort()).toEqual(['email', 'message', 'rating']);
  });

  it.each([
    ['a body that is not an object', '[1,2]', 'body'],
    ['malformed JSON', '{"siteId": "demo",', 'body'],
    ['a missing siteId', '{"rating": 3, "message": "x"}', 'siteId'],
    ['a non-UUID Idempotency-Key', undefined, 'clientRequestId'],
  ])('400 for %s', async (_label, body, field) => {
    const response =
      body === undefined
        ? await t.post(unhappy, { headers: { 'Idempotency-Key': 'not-a-uuid' } })
        : await t.post(body);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).fields).toHaveProperty(field);
  });

  it('404 for an unknown site', async () => {
    const response = await t.post({ ...unhappy, siteId: 'nope' });
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('unknown_site');
  });

  it('403 for an origin the site does not allow, and no CORS grant for it', async () => {
    const response = await t.post(unhappy, { headers: { origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('413 for a body over 16 KiB', async () => {
    const response = await t.post({ ...unhappy, message: 'x'.repeat(17 * 1024) });
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe('payload_too_large');
  });

  it('415 for a body that is not JSON', async () => {
    const response = await fetch(`${t.apiUrl}/v1/feedback`, { method: 'POST', body: 'rating=2' });
    expect(response.status).toBe(415);
  });

  it('grants the site origin its answers, the 202 and the field errors alike', async () => {
    const origin = t.config.sites[0]?.allowedOrigins[0] ?? '';
    const accepted = await t.post(unhappy, { headers: { origin } });
    const refused = await t.post({ ...unhappy, rating: 9 }, { headers: { origin } });
    expect([accepted.status, refused.status]).toEqual([202, 400]);
    for (const response of [accepted, refused]) {
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-expose-headers')).toBe('Retry-After');
      expect(response.headers.get('vary')).toBe('Origin');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect((await errorOf(refused)).fields).toHaveProperty('rating');
  });

  it('answers CORS preflight for the site origin only, never with *', async () => {
    const preflight = (origin: string) =>
      fetch(`${t.apiUrl}/v1/feedback`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const allowed = await preflight(t.config.sites[0]?.allowedOrigins[0] ?? '');
    expect(allowed.headers.get('access-control-allow-origin')).toBe(t.config.sites[0]?.allowedOrigins[0]);
    const foreign = await preflight('https://evil.example');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('GET /health answers ok, unknown routes a JSON 404', async () => {
    expect(await (await fetch(`${t.apiUrl}/health`)).json()).toEqual({ ok: true });
    const missing = await fetch(`${t.apiUrl}/nope`);
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe('not_found');
  });

  it('serves the public widget config without private details', async () => {
    const page = encodeURIComponent('http://localhost:3000/demo');
    const response = await fetch(`${t.apiUrl}/v1/sites/demo/widget-config?locale=sv&page=${page}`);
    const { strings, ...body } = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      siteId: 'demo',
      displayName: 'Fjordkaffe',
      locale: 'sv',
      who: 'Kari',
      when: 'inom 4 timmar',
      kept: ' i 1 år',
    });
    expect(JSON.stringify(strings)).toMatch(/[åäö]/);
    expect(JSON.stringify(body)).not.toContain('@');
    const fallback = (await (await fetch(`${t.apiUrl}/v1/sites/demo/widget-config?locale=xx`)).json()) as {
      locale: string;
    };
    expect(fallback.locale).toBe('nb');
  });
});

describe('GET /widget.js', () => {
  it('serves the built widget with a short cache, an ETag, and a long-cached versioned copy', async () => {
    const response = await fetch(`${t.apiUrl}/widget.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    const etag = response.headers.get('etag') ?? '';
    const code = await response.text();
    expect(code).toContain('Earshot');

    const revalidated = await fetch(`${t.apiUrl}/widget.js`, { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
    const pinned = await fetch(`${t.apiUrl}/widget/${etag.replaceAll('"', '')}.js`);
    expect(pinned.headers.get('cache-control')).toContain('immutable');
    expect(await pinned.text()).toBe(code);
    expect((await fetch(`${t.apiUrl}/widget/0000000000000000.js`)).status).toBe(404);
  });
});
