import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger } from '../../functions/adapters/logger.ts';
import { createCoreServices } from '../../functions/core-services.ts';
import { createApp } from '../../functions/http/app.ts';
import { about, actionLinks } from '../helpers/mail.ts';
import { freePort, startTestStack, TEST_SECRET, type TestStack } from '../helpers/stack.ts';

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
});
afterAll(() => t?.stop());

/** Everything written to stdout and stderr while `run` runs: where Lambda's logs come from. */
async function capture(run: () => Promise<void>): Promise<string> {
  let written = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const tap = (chunk: unknown) => {
    written += String(chunk);
    return true;
  };
  process.stdout.write = tap as typeof process.stdout.write;
  process.stderr.write = tap as typeof process.stderr.write;
  try {
    await run();
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
  return written;
}

it('logs an error on an action page without the /a/<token> path or the reply address', async () => {
  const response = await t.post({ siteId: 'demo', rating: 1, message: 'Nobody answers the phone.' });
  const { id } = (await response.json()) as { id: string };
  const [alert] = await t.waitForEmails(about(id));
  const link = actionLinks(alert?.body.text)[0] ?? '';
  const token = link.split('/a/')[1] ?? '';
  const replyTo = alert?.replyTo[0] ?? '';
  expect(token).not.toBe('');

  // The same app with the same secret, whose DynamoDB is gone: every page read fails.
  const broken = createApp({
    ...createCoreServices({
      config: t.config,
      tableName: 'earshot',
      tokenSecret: TEST_SECRET,
      endpoints: { dynamodb: `http://127.0.0.1:${await freePort()}`, ses: t.sesUrl },
      logger: createLogger(),
    }),
    clientIp: () => '192.0.2.1',
  });
  let status = 0;
  const log = await capture(async () => {
    status = (await broken.request(`/a/${token}`)).status;
    status = Math.max(status, (await broken.request(`/a/${token}`, { method: 'POST' })).status);
    // Whoever logs an address or a link by hand gets it redacted too.
    createLogger().warn(`relay to ${replyTo} failed`, { link, nested: { replyTo, error: new Error(link) } });
  });

  expect(status).toBe(500);
  expect(log).toContain('request failed');
  expect(log).toContain('/a/[redacted]');
  expect(log).toContain('reply+[redacted]@');
  expect(log).not.toContain(token);
  expect(log).not.toContain(token.split('.')[0]);
  expect(log).not.toContain(replyTo);
  expect(log).not.toContain(replyTo.split('@')[0]);
});
