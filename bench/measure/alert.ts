import { randomUUID } from 'node:crypto';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { DynamoDBClient, startSesStandIn } from '../../functions/local/stand-ins.ts';
import { feedbackBody } from '../lib/config.ts';
import { loopback } from '../lib/net.ts';
import { startServer } from '../lib/processes.ts';
import { startSesRecorder } from '../lib/ses-recorder.ts';
import { percentile, round } from '../lib/stats.ts';

export interface AlertFigures {
  submissions: number;
  missed: number;
  p50: number;
  p99: number;
  /** The same trip with nothing in between: one PutItem, then one SendEmail, back to back. */
  reference: { p50: number; p99: number };
  pollIntervalMs: number;
}

const OWNER = 'kari@example.com';
const POLL_MS = 100;
const LOCAL = { region: 'eu-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };

/**
 * From the POST leaving the client to the staff alert being accepted by the SES stand-in, one
 * submission at a time, with the due-work poller at its `npm start` interval.
 */
export async function measureAlertLatency(count: number): Promise<AlertFigures> {
  const ses = await startSesStandIn({ port: 0 });
  const recorder = await startSesRecorder(ses.url);
  const server = await startServer<{ apiUrl: string; origin: string; dynamodbUrl: string }>(
    'bench/servers/earshot.ts',
    { BENCH_POLL_MS: String(POLL_MS), BENCH_SES_ENDPOINT: recorder.url },
  );
  const url = `${loopback(server.info.apiUrl)}/v1/feedback`;
  try {
    const latencies: number[] = [];
    let missed = 0;
    for (let i = 0; i < count + 5; i++) {
      const marker = `[bench ${i}]`;
      const alerted = recorder.waitFor(
        (send) => send.to.includes(OWNER) && send.subject.includes(marker),
        5_000,
      );
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.info.origin },
        body: JSON.stringify(feedbackBody(randomUUID(), `Stale beans ${marker}`)),
      });
      if (response.status !== 202) throw new Error(`intake answered ${response.status}`);
      const send = await alerted;
      // The first five warm the path up and are not counted.
      if (i < 5) continue;
      if (send) latencies.push(send.at - started);
      else missed++;
    }
    return {
      submissions: count,
      missed,
      p50: round(percentile(latencies, 50)),
      p99: round(percentile(latencies, 99)),
      reference: await referenceTrip(server.info.dynamodbUrl, recorder.url, count),
      pollIntervalMs: POLL_MS,
    };
  } finally {
    await server.stop();
    await recorder.close();
    await ses.close();
  }
}

async function referenceTrip(dynamodbUrl: string, sesUrl: string, count: number) {
  const dynamodb = new DynamoDBClient({ ...LOCAL, endpoint: loopback(dynamodbUrl) });
  const ses = new SESv2Client({ ...LOCAL, endpoint: sesUrl, maxAttempts: 1 });
  const times: number[] = [];
  for (let i = 0; i < count + 5; i++) {
    const started = performance.now();
    await dynamodb.send(
      new PutItemCommand({
        TableName: 'earshot',
        Item: { pk: { S: `REF#${randomUUID()}` }, sk: { S: 'REF' }, body: { S: 'x'.repeat(500) } },
      }),
    );
    await ses.send(
      new SendEmailCommand({
        FromEmailAddress: 'feedback@example.com',
        Destination: { ToAddresses: ['reference@example.com'] },
        Content: { Simple: { Subject: { Data: 'reference' }, Body: { Text: { Data: 'x'.repeat(2000) } } } },
      }),
    );
    if (i >= 5) times.push(performance.now() - started);
  }
  dynamodb.destroy();
  ses.destroy();
  return { p50: round(percentile(times, 50)), p99: round(percentile(times, 99)) };
}
