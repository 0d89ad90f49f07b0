import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startTestStack } from '../helpers/stack.ts';

const dir = mkdtempSync(join(tmpdir(), 'earshot-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('keeps what it acknowledged across a restart, and a retry after it maps to the same id', async () => {
  const clientRequestId = randomUUID();
  const body = { siteId: 'demo', rating: 2, message: 'Restart me', clientRequestId };
  const first = await startTestStack({ dataPath: join(dir, 'db') });
  const { id } = (await (await first.post(body)).json()) as { id: string };
  await first.waitForEmails(() => true, 1);
  await first.stop();

  const second = await startTestStack({ dataPath: join(dir, 'db') });
  await second.clearInbox(); // the SES stand-in keeps one inbox per process
  try {
    expect((await second.stack.services.store.get(id))?.message).toBe('Restart me');
    const retry = (await (await second.post(body)).json()) as { id: string };
    expect(retry.id).toBe(id);
    await new Promise((resolve) => setTimeout(resolve, 400));
    // The alert went out before the restart; the new process must not send it again.
    expect(await second.inbox()).toHaveLength(0);
  } finally {
    await second.stop();
  }
});
