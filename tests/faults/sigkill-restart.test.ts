import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, expect, it } from 'vitest';
import { fromItem } from '../../functions/adapters/dynamodb/feedback-store.ts';
import type { Feedback } from '../../functions/domain/feedback.ts';
import { DynamoDBClient, startDynalite } from '../../functions/local/stand-ins.ts';
import { repoRoot } from '../../infra/lib/paths.ts';
import { eventually, freePort, TEST_ENV, TEST_SECRET } from '../helpers/stack.ts';
import { type FaultStack, startFaultStack, startInbox } from './support/fault-stack.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'earshot-sigkill-'));
const CLIENTS = 20;

let service: ChildProcess | undefined;
let restarted: FaultStack | undefined;
let inbox: Awaited<ReturnType<typeof startInbox>> | undefined;
afterAll(async () => {
  service?.kill('SIGKILL');
  await restarted?.stop();
  await inbox?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** One submission as a client sees it: its key, and every id the service answered it with. */
interface Submission {
  tag: string;
  clientRequestId: string;
  ids: string[];
  acceptedBeforeKill: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `npm start` as an operator runs it, in its own process, sending through the test's SES stand-in. */
async function spawnService(ports: Record<string, number>, sesEndpoint: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/start.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(ports.api),
      EARSHOT_DYNAMODB_PORT: String(ports.dynamodb),
      EARSHOT_SES_PORT: String(ports.ses),
      EARSHOT_SMTP_PORT: String(ports.smtp),
      EARSHOT_DATA_DIR: dataDir,
      EARSHOT_SES_ENDPOINT: sesEndpoint,
      ...TEST_ENV,
      EARSHOT_TOKEN_SECRET: TEST_SECRET,
    },
    stdio: 'ignore',
  });
  const up = await eventually(
    async () => (await fetch(`http://127.0.0.1:${ports.api}/health`).catch(() => undefined))?.ok,
    45_000,
    100,
  );
  if (!up) throw new Error('the service did not come up');
  return child;
}

/** Everything on disk, read with a fresh dynalite over the same folder (the service is dead). */
async function readDataDir(): Promise<Feedback[]> {
  const dynamodb = await startDynalite({ port: 0, path: join(dataDir, 'dynamodb') });
  const client = new DynamoDBClient({
    endpoint: dynamodb.url,
    region: 'eu-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    const items: Feedback[] = [];
    let start: Record<string, never> | undefined;
    do {
      const page = await client.send(new ScanCommand({ TableName: 'earshot', ExclusiveStartKey: start }));
      for (const item of page.Items ?? []) {
        const plain = unmarshall(item);
        if (String(plain.pk).startsWith('FB#') && plain.sk === 'FB') items.push(fromItem(plain));
      }
      start = page.LastEvaluatedKey as Record<string, never> | undefined;
    } while (start);
    return items;
  } finally {
    client.destroy();
    await dynamodb.close();
  }
}

it('keeps every acknowledged submission through a SIGKILL under load, with stable ids and no lost email', async () => {
  inbox = await startInbox();
  const ports = {
    api: await freePort(),
    dynamodb: await freePort(),
    ses: await freePort(),
    smtp: await freePort(),
  };
  const url = `http://127.0.0.1:${ports.api}/v1/feedback`;
  const origin = `http://localhost:${ports.api}`;
  service = await spawnService(ports, inbox.url);

  // Prepare: 20 clients submit one after another, each retrying its current submission with
  // the same clientRequestId until it gets a 202, as the widget's outbox does.
  const submissions: Submission[] = [];
  let killed = false;
  let back = false;
  const deadline = Date.now() + 60_000;
  const post = (submission: Submission) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({
        siteId: 'demo',
        rating: 2,
        message: `Kill test [${submission.tag}]`,
        email: `${submission.tag}@example.org`,
        clientRequestId: submission.clientRequestId,
      }),
      signal: AbortSignal.timeout(5_000),
    });
  const client = async (index: number) => {
    for (let n = 0; ; n++) {
      const submission: Submission = {
        tag: `k${index}x${n}`,
        clientRequestId: randomUUID(),
        ids: [],
        acceptedBeforeKill: false,
      };
      submissions.push(submission);
      while (submission.ids.length === 0) {
        if (Date.now() > deadline) throw new Error(`client ${index} never got an answer`);
        const response = await post(submission).catch(() => undefined);
        if (response?.status === 202) {
          submission.ids.push(((await response.json()) as { id: string }).id);
          submission.acceptedBeforeKill = !killed;
        } else {
          await sleep(50);
        }
      }
      // Once the service is back, each client finishes the submission it had in hand and stops.
      if (back) return;
    }
  };
  const clients = Array.from({ length: CLIENTS }, (_, index) => client(index));

  // Act: kill -9 mid-load.
  await eventually(async () => submissions.filter((s) => s.ids.length > 0).length >= 60, 20_000, 20);
  killed = true;
  service.kill('SIGKILL');
  await once(service, 'exit');
  service = undefined;
  const onDisk = await readDataDir();
  const inboxAtKill = await inbox.emails();

  // Restarted on the same data, with the clock past the 60 s lease, so that a send cut off by
  // the kill is taken over now rather than in a minute.
  restarted = await startFaultStack({
    apiPort: ports.api,
    dataPath: join(dataDir, 'dynamodb'),
    sesEndpoint: inbox.url,
    clock: { now: () => new Date(Date.now() + 61_000) },
  });
  back = true;
  await Promise.all(clients);

  // Assess: every 202 is stored, and a retry of every clientRequestId maps to its first id.
  const accepted = submissions.filter((submission) => submission.ids.length > 0);
  expect(accepted.filter((submission) => submission.acceptedBeforeKill).length).toBeGreaterThanOrEqual(60);
  for (const submission of accepted) {
    const retry = await post(submission);
    expect(retry.status).toBe(202);
    submission.ids.push(((await retry.json()) as { id: string }).id);
    expect(new Set(submission.ids).size).toBe(1);
  }
  const store = restarted.stack.services.store;
  const stored = await Promise.all(accepted.map((submission) => store.get(submission.ids[0] as string)));
  expect(stored.filter((feedback) => !feedback)).toHaveLength(0);
  for (const submission of accepted.filter((s) => s.acceptedBeforeKill)) {
    expect(onDisk.map((feedback) => feedback.id)).toContain(submission.ids[0]);
  }

  // Every alert and acknowledgement goes out.
  const settled = await eventually(
    async () => {
      const now = await Promise.all(accepted.map((submission) => store.get(submission.ids[0] as string)));
      return now.every((f) => f?.mail.alert?.state === 'sent' && f.mail.ack?.state === 'sent');
    },
    30_000,
    200,
  );
  expect(settled).toBe(true);
  await sleep(500);
  const emails = await inbox.emails();
  // A send the kill cut off between SES and the record of it is the one place where a copy may
  // be sent twice (SES has no idempotency key); every other email goes out exactly once.
  const inFlight = new Set(
    onDisk.flatMap((feedback) =>
      (['alert', 'ack'] as const)
        .filter((kind) => feedback.mail[kind]?.state === 'sending')
        .map((kind) => `${feedback.id}:${kind}`),
    ),
  );
  let duplicates = 0;
  for (const submission of accepted) {
    const id = submission.ids[0] as string;
    const alerts = emails.filter((email) => email.subject.includes(`[${submission.tag}]`)).length;
    const acks = emails.filter((email) =>
      email.destination.to.includes(`${submission.tag}@example.org`),
    ).length;
    for (const [kind, count] of [
      ['alert', alerts],
      ['ack', acks],
    ] as const) {
      expect(count, `${kind} of ${submission.tag}`).toBeGreaterThanOrEqual(1);
      if (inFlight.has(`${id}:${kind}`)) {
        expect(count).toBeLessThanOrEqual(2);
        duplicates += count - 1;
      } else {
        expect(count, `${kind} of ${submission.tag}`).toBe(1);
      }
    }
  }
  console.info(
    `SIGKILL: ${accepted.length} accepted (${onDisk.length} on disk at the kill, ${inboxAtKill.length} emails sent by then), ${inFlight.size} send(s) in flight at the kill, ${duplicates} resent`,
  );
}, 150_000);
