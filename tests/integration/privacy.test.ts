import { GetItemCommand, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../functions/adapters/clock.ts';
import { keyedHash } from '../../functions/adapters/crypto.ts';
import { addressKey } from '../../functions/domain/canonical-address.ts';
import { addEntry } from '../../functions/domain/case-events.ts';
import { mutate } from '../../functions/domain/mutate.ts';
import { cliDataDir, runCli } from '../helpers/cli.ts';
import { startTestStack, TEST_SECRET, type TestStack } from '../helpers/stack.ts';

const DAY = 86_400_000;
const clock = new ManualClock('2026-01-10T10:00:00.000Z');
let t: TestStack;
let dataDir: ReturnType<typeof cliDataDir> | undefined;

beforeAll(async () => {
  t = await startTestStack({ clock });
  dataDir = cliDataDir('earshot-privacy-');
});
afterAll(async () => {
  await t?.stop();
  dataDir?.remove();
});

/** The CLI in this process, on the test's clock. */
const cli = (...argv: string[]) =>
  runCli(
    argv,
    { DYNAMODB_ENDPOINT: t.stack.dynamodbUrl, SES_ENDPOINT: t.sesUrl, EARSHOT_DATA_DIR: dataDir?.path ?? '' },
    clock,
  );

const hashOf = (email: string) => addressKey(email, keyedHash(TEST_SECRET));

async function rawItem(pk: string, sk: string) {
  const { Item } = await t.stack.services.store.client.send(
    new GetItemCommand({ TableName: 'earshot', Key: marshall({ pk, sk }), ConsistentRead: true }),
  );
  return Item ? unmarshall(Item) : undefined;
}

describe('retention', () => {
  it('makes feedback past its retention vanish from reads, list and export, and erase still deletes it', async () => {
    const response = await t.post({
      siteId: 'demo',
      rating: 2,
      message: 'Retention test: the tin was dented.',
      email: 'astrid@example.org',
    });
    const { id } = (await response.json()) as { id: string };
    await t.waitForEmails((email) => email.destination.to.includes('astrid@example.org'));

    expect(await t.stack.services.store.get(id)).toBeDefined();
    expect((await cli('list', '--site', 'demo')).stdout).toContain(id);
    const before = JSON.parse((await cli('export', 'astrid@example.org')).stdout);
    expect(before.feedback).toHaveLength(1);
    expect(before.acknowledgementCounters).toHaveLength(1);

    // The demo site keeps feedback 365 days; the acknowledgement counter two days.
    clock.advance(366 * DAY);

    expect(await t.stack.services.store.get(id)).toBeUndefined();
    expect((await cli('list', '--site', 'demo')).stdout).toBe('No feedback matches.\n');
    expect((await cli('list')).stdout).not.toContain(id);
    expect((await cli('show', id)).code).toBe(1);
    const after = JSON.parse((await cli('export', 'astrid@example.org')).stdout);
    expect(after).toMatchObject({ feedback: [], acknowledgementCounters: [] });

    // DynamoDB deletes expired items lazily (dynalite never does): the item is still on disk,
    // and an erasure request must not wait for TTL to get to it.
    expect(await rawItem(`FB#${id}`, 'FB')).toBeDefined();
    const erased = await cli('erase', 'astrid@example.org');
    expect(erased.stdout).toContain('Erased 1 feedback record and 1 acknowledgement counter.');
    expect(await rawItem(`FB#${id}`, 'FB')).toBeUndefined();
  });
});

describe('erasure and the suppression list', () => {
  it('keeps a bounced address suppressed by hash only, so the erased customer is never mailed again', async () => {
    const email = 'bounced@example.org';
    const emailHash = hashOf(email);
    await t.post({ siteId: 'demo', rating: 1, message: 'Never arrived.', email });
    // Let the acknowledgement go first: erasure races nothing then.
    await t.waitForEmails((sent) => sent.destination.to.includes(email));
    await t.stack.services.store.client.send(
      new PutItemCommand({
        TableName: 'earshot',
        Item: marshall({ pk: `SUP#${emailHash}`, sk: 'SUP', emailHash, email, reason: 'bounce' }),
      }),
    );

    const erased = await cli('erase', email);
    expect(erased.stdout).toContain('Erased 1 feedback record');
    expect(erased.stdout).toContain('Kept the suppression entry (hash only)');

    expect(await rawItem(`SUP#${emailHash}`, 'SUP')).toEqual({
      pk: `SUP#${emailHash}`,
      sk: 'SUP',
      emailHash,
      reason: 'bounce',
    });
    const exported = JSON.parse((await cli('export', email)).stdout);
    expect(exported).toMatchObject({ feedback: [], acknowledgementCounters: [], suppression: { emailHash } });
    expect(JSON.stringify(exported.suppression)).not.toContain(email);
  });
});

describe('a thread stored in items of its own', () => {
  it('exports every entry of a long thread and erases each of its items with the case', async () => {
    const email = 'many-words@example.org';
    const response = await t.post({ siteId: 'demo', rating: 2, message: 'Wrong size again.', email });
    const { id } = (await response.json()) as { id: string };
    await t.waitForEmails((sent) => sent.destination.to.includes(email));
    // Two saves: the first adds the entries, the second moves them out of the case item.
    for (const round of [1, 2]) {
      await mutate(t.stack.services.store, id, (current) =>
        addEntry(current, { at: clock.now().toISOString(), kind: 'customer', text: `Round ${round}.` }),
      );
    }
    const itemsOf = async () =>
      (
        await t.stack.services.store.client.send(
          new QueryCommand({
            TableName: 'earshot',
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: marshall({ ':pk': `FB#${id}` }),
            ConsistentRead: true,
          }),
        )
      ).Items ?? [];
    expect((await itemsOf()).map((item) => item.sk?.S)).toEqual(['FB', 'THREAD#0000001']);

    const exported = JSON.parse((await cli('export', email)).stdout);
    expect(exported.feedback[0].thread.map((entry: { text: string }) => entry.text)).toEqual([
      'Round 1.',
      'Round 2.',
    ]);

    expect((await cli('erase', email)).stdout).toContain('Erased 1 feedback record');
    expect(await itemsOf()).toEqual([]);
  });
});
