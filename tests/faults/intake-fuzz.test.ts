import { ScanCommand } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Feedback } from '../../functions/domain/feedback.ts';
import type { FeedbackStore } from '../../functions/domain/ports.ts';
import { createApp } from '../../functions/http/app.ts';
import { startTestStack, type TestStack } from '../helpers/stack.ts';
import { capturingLogger } from './support/fault-stack.ts';

let t: TestStack;
let app: ReturnType<typeof createApp>;
let origin: string;
const logger = capturingLogger();
/** Records the store really created, counted at the one place a record comes into being. */
let created = 0;
/** Every id a 2xx answer handed out. */
const answeredIds = new Set<string>();
/** How often each status came back, over all runs, for the report at the end. */
const statuses = new Map<number, number>();

beforeAll(async () => {
  t = await startTestStack({ pollIntervalMs: 600_000 });
  origin = new URL(t.config.sites[0]?.allowedOrigins[0] ?? '').origin;
  const real = t.stack.services.store;
  // Everything passes straight through to the real store, except that a created record is counted.
  const counting: FeedbackStore = new Proxy(real, {
    get(target, key) {
      if (key === 'create') {
        return async (feedback: Feedback) => {
          const result = await target.create(feedback);
          if (result.created) created++;
          return result;
        };
      }
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  // The very app the stack serves, built over the counting store and a logger the test can read.
  app = createApp({ ...t.stack.services, store: counting, logger, clientIp: () => '127.0.0.1' });
});
afterAll(() => t?.stop());

const RUN_LIMIT_MS = 35_000;

// --- What a hostile or broken client can send -------------------------------------------------

const nasty = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\u007f',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\r\n',
  '\t',
  ' ',
  'ø',
  'Å',
  '💥',
  '"',
  '\\',
  '<script>',
  '%00',
  '{{x}}',
);
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 2, arbitrary: fc.string({ unit: nasty, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1900, maxLength: 6000 }) },
);
const deep = fc.tuple(fc.integer({ min: 50, max: 3000 }), fc.boolean()).map(([depth, asArray]) => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
});
const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(''),
  fc.jsonValue({ maxDepth: 4 }),
  deep,
);
/** Mostly the right kind of value (so validation is passed and the store is reached), often not. */
const field = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 4, arbitrary: good },
    { weight: 1, arbitrary: text },
    { weight: 1, arbitrary: wrongType },
  );
const oddKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '',
    ' siteId',
    'SITEID',
    'rating\u0000',
    'toString',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const chaoticBody = fc
  .tuple(
    fc.dictionary(oddKey, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }),
    fc.record(
      {
        siteId: field(fc.constantFrom('demo', 'demo', 'demo', 'no-such-site')),
        rating: field(fc.integer({ min: -1, max: 7 })),
        message: field(text),
        email: field(fc.oneof(fc.emailAddress(), fc.constantFrom('a@b', 'ØYVIND@EXAMPLE.NO', ' x@y.z '))),
        name: field(text),
        desiredOutcome: field(text),
        category: field(fc.oneof(text, fc.constantFrom('delivery'))),
        pageUrl: field(fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'http://'))),
        locale: field(fc.constantFrom('nb', 'da', 'sv', 'en', 'nn', 'EN', '')),
        clientRequestId: field(fc.uuid()),
        website: fc.oneof({ weight: 9, arbitrary: fc.constant('') }, { weight: 1, arbitrary: text }),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([odd, known]): Record<string, unknown> => ({ ...odd, ...known }));
/** A body a real widget could send, with unicode and control characters in every free-text field. */
const plausibleBody = fc.record(
  {
    siteId: fc.constant('demo'),
    rating: fc.integer({ min: 1, max: 5 }),
    message: text.map((value) => `m${value}`),
    email: fc.emailAddress(),
    name: fc.string({ unit: nasty, maxLength: 20 }),
    desiredOutcome: text,
    category: fc.constantFrom('delivery', 'ønske', ''),
    pageUrl: fc.webUrl(),
    locale: fc.constantFrom('nb', 'da', 'sv', 'en'),
    clientRequestId: fc.uuid(),
  },
  { requiredKeys: ['siteId', 'rating', 'message'] },
);
/** A plausible body with one to three fields swapped for something hostile, and odd keys added. */
const mutatedBody = fc
  .tuple(
    plausibleBody,
    fc.dictionary(
      fc.oneof(
        fc.constantFrom('siteId', 'rating', 'message', 'email', 'pageUrl', 'locale', 'clientRequestId'),
        oddKey,
      ),
      fc.oneof(text, wrongType),
      { minKeys: 1, maxKeys: 3 },
    ),
  )
  .map(([body, changes]): Record<string, unknown> => ({ ...body, ...changes }));
const feedbackBody = fc.oneof(
  { weight: 2, arbitrary: plausibleBody as fc.Arbitrary<Record<string, unknown>> },
  { weight: 3, arbitrary: mutatedBody },
  { weight: 2, arbitrary: chaoticBody },
);

const utf8 = (value: string) => new TextEncoder().encode(value);

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json; charset=latin1',
  'application/json-patch+json',
  'application/jsonp',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '',
);
const rawBody = fc.oneof(
  fc.json({ maxDepth: 5 }).map((json) => utf8(json)),
  fc.string({ unit: 'binary', maxLength: 300 }).map((value) => utf8(value)),
  fc.uint8Array({ maxLength: 400 }),
  feedbackBody.map((body) => utf8(`\ufeff${JSON.stringify(body)}`)),
  feedbackBody.map((body) => utf8(`${JSON.stringify(body)}}garbage`)),
  feedbackBody.map((body) => utf8(JSON.stringify(body)).subarray(0, 40)),
  fc
    .constantFrom(
      '',
      'null',
      '[]',
      '"demo"',
      '1e400',
      '{"siteId":"demo","rating":1e400,"message":"x"}',
      '{"siteId":"demo","rating":2,"message":"dup","rating":"two"}',
      '{"__proto__":{"siteId":"demo","rating":2,"message":"polluted"}}',
      `{"siteId":"demo","rating":2,"message":"${'x'.repeat(17_000)}"}`,
    )
    .map((value) => utf8(value)),
);

// --- The property --------------------------------------------------------------------------------

interface Attempt {
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
}

async function check(
  send: (attempt: Attempt) => Response | Promise<Response>,
  records: () => Promise<number>,
  attempt: Attempt,
): Promise<void> {
  const before = await records();
  const response = await send(attempt);
  const status = response.status;
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const text = await response.text();
  if (status >= 200 && status < 300) {
    const { id } = JSON.parse(text) as { id: string };
    answeredIds.add(id);
    return;
  }
  if (status < 400 || status >= 500) throw new Error(`status ${status}: ${text.slice(0, 200)}`);
  if ((await records()) !== before) throw new Error(`a ${status} answer created a record`);
}

const countedByApp = async () => created;

/** Feedback items in the table, for requests that go through the stack's own server and store. */
async function storedIds(): Promise<string[]> {
  const ids: string[] = [];
  let start: Record<string, never> | undefined;
  do {
    const page = await t.stack.services.store.client.send(
      new ScanCommand({
        TableName: t.stack.services.store.tableName,
        ExclusiveStartKey: start,
        ProjectionExpression: 'pk, sk',
      }),
    );
    for (const item of page.Items ?? [])
      if (item.pk?.S?.startsWith('FB#') && item.sk?.S === 'FB') ids.push(item.pk.S.slice(3));
    start = page.LastEvaluatedKey as Record<string, never> | undefined;
  } while (start);
  return ids;
}
const countedInTable = async () => (await storedIds()).length;

const viaApp = (attempt: Attempt) =>
  app.request('/v1/feedback', { method: 'POST', headers: attempt.headers, body: attempt.body });
const viaHttp = (attempt: Attempt) =>
  fetch(`${t.apiUrl}/v1/feedback`, { method: 'POST', headers: attempt.headers, body: attempt.body });

const headersFor = (type: string, from: string | undefined, key: string | undefined) => ({
  ...(type ? { 'content-type': type } : {}),
  ...(from ? { origin: from } : {}),
  ...(key ? { 'idempotency-key': key } : {}),
});
const originArb = () =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constant(origin) },
    { weight: 1, arbitrary: fc.constantFrom('https://evil.example', 'null') },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
const keyArb = fc.option(fc.oneof(fc.uuid(), fc.string({ unit: 'grapheme-ascii', maxLength: 40 })), {
  nil: undefined,
  freq: 5,
});

it('answers thousands of generated feedback bodies with 2xx or 4xx only, and no 4xx stores anything', async () => {
  await fc.assert(
    fc.asyncProperty(feedbackBody, originArb(), keyArb, async (body, from, key) =>
      check(viaApp, countedByApp, {
        body: utf8(JSON.stringify(body)),
        headers: headersFor('application/json', from, key),
      }),
    ),
    { numRuns: 2_000, plugins: [fc.interruptAfterTimeLimit(RUN_LIMIT_MS)] },
  );
  expect(created).toBeGreaterThan(100); // the generator does reach the store, not just the validator
}, 60_000);

it('answers raw bodies and odd content types with 2xx or 4xx only, and no 4xx stores anything', async () => {
  await fc.assert(
    fc.asyncProperty(rawBody, contentType, originArb(), async (body, type, from) =>
      check(viaApp, countedByApp, { body, headers: headersFor(type, from, undefined) }),
    ),
    { numRuns: 1_500, plugins: [fc.interruptAfterTimeLimit(RUN_LIMIT_MS)] },
  );
}, 60_000);

it('holds through the real HTTP server too, and every stored record is one a 2xx answer named', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        rawBody,
        feedbackBody.map((b) => utf8(JSON.stringify(b))),
      ),
      contentType,
      async (body, type) =>
        check(viaHttp, countedInTable, { body, headers: headersFor(type, origin, undefined) }),
    ),
    { numRuns: 300, plugins: [fc.interruptAfterTimeLimit(RUN_LIMIT_MS)] },
  );
  // A body streamed without Content-Length is held to the same 16 KiB limit.
  const chunk = new TextEncoder().encode(`{"siteId":"demo","rating":2,"message":"${'y'.repeat(20_000)}"}`);
  const streamed = await fetch(`${t.apiUrl}/v1/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: new ReadableStream({
      start(controller) {
        controller.enqueue(chunk);
        controller.close();
      },
    }),
    duplex: 'half',
  } as RequestInit);
  expect(streamed.status).toBe(413);

  const stored = await storedIds();
  expect(stored.filter((id) => !answeredIds.has(id))).toEqual([]);
  expect(logger.lines.filter((line) => line.level === 'error')).toEqual([]);
  const runs = [...statuses.values()].reduce((sum, count) => sum + count, 0);
  console.info(`fuzzed ${runs} requests: ${[...statuses].map(([code, n]) => `${code}×${n}`).join(' ')}`);
  expect(runs).toBeGreaterThanOrEqual(2_000);
}, 60_000);
