import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { DynamoDbAdminStore } from '../adapters/dynamodb/admin-store.ts';
import { createServices, type Services } from '../composition.ts';
import type { EarshotConfig } from '../config/schema.ts';
import { sendWeeklyDigests } from '../domain/digest.ts';
import { runDueWork } from '../domain/dispatch.ts';
import type { Clock, Logger } from '../domain/ports.ts';
import { recordSesEvent } from '../domain/reputation-breaker.ts';
import { createApp } from '../http/app.ts';
import { startPoller } from './poller.ts';
import { startSmtpInbound } from './smtp-inbound.ts';
import { ensureTable, type RunningServer, startDynalite, startSesStandIn } from './stand-ins.ts';

export interface LocalStackOptions {
  config: EarshotConfig;
  /** 0 picks a free port. */
  ports: { api: number; dynamodb: number; ses: number; smtp: number };
  /** dynalite's LevelDB folder; in memory when absent. */
  dataPath?: string;
  tokenSecret: string;
  tableName?: string;
  clock?: Clock;
  logger?: Logger;
  /** Longest a Slack, Teams or webhook call may take (default 5 s). */
  notifyTimeoutMs?: number;
  /** How often the stand-in for the stream and the schedules looks for due work. */
  pollIntervalMs?: number;
  widgetScript?: () => Promise<string>;
  demoPage?: () => Promise<string>;
  /** Use this SES endpoint instead of starting a stand-in. */
  sesEndpoint?: string;
  /** Send each site's weekly digest from Monday 06:00 UTC, as the AWS schedule does (npm start). */
  weeklyDigest?: boolean;
}

export interface LocalStack {
  apiUrl: string;
  sesUrl: string;
  dynamodbUrl: string;
  smtpPort: number;
  services: Services;
  /** One round of the due-work loop now, for tests that drive time themselves. */
  runDueWork(): Promise<number>;
  /** Takes the SES stand-in away and brings it back on the same port: an SES outage, locally. */
  stopSes(): Promise<void>;
  startSes(): Promise<void>;
  stop(): Promise<void>;
}

/** Everything `npm start` runs, on any ports: stand-ins at the edges, the very same app inside. */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const dynamodb = await startDynalite({ port: options.ports.dynamodb, path: options.dataPath });
  // An SES stand-in already running elsewhere (a fault test that outlives this process) is used
  // as it is; otherwise this process starts its own.
  let ses: RunningServer | undefined = options.sesEndpoint
    ? undefined
    : await startSesStandIn({ port: options.ports.ses });
  const sesUrl = options.sesEndpoint ?? (ses as RunningServer).url;
  const sesPort = Number(new URL(sesUrl).port);
  const tableName = options.tableName ?? 'earshot';
  const services = createServices({
    config: options.config,
    tableName,
    tokenSecret: options.tokenSecret,
    endpoints: { dynamodb: dynamodb.url, ses: sesUrl },
    clock: options.clock,
    logger: options.logger,
    notifyTimeoutMs: options.notifyTimeoutMs,
  });
  await ensureTable(services.store.client, tableName);

  const smtp = await startSmtpInbound({ port: options.ports.smtp, deps: services, logger: services.logger });
  const app = createApp({
    ...services,
    clientIp: (c) => getConnInfo(c).remote.address,
    widgetScript: options.widgetScript,
    demoPage: options.demoPage,
  });
  // What SNS delivers in AWS (bounces, complaints) can be posted here by hand or by tests.
  app.post('/local/ses-events', async (c) =>
    c.json({ suppressed: await recordSesEvent(await c.req.json(), services) }),
  );
  const server: ServerType = serve({ fetch: app.fetch, port: options.ports.api, hostname: '127.0.0.1' });
  if (!server.listening) await once(server, 'listening');
  const apiPort = (server.address() as AddressInfo).port;

  const work = () => runDueWork(services);
  const poller = startPoller(work, options.pollIntervalMs ?? 100, (error) =>
    services.logger.error('due work failed', { error: (error as Error).message }),
  );

  // dynalite never deletes expired items: sweep them, as DynamoDB's TTL does in AWS.
  const expiry = startPoller(
    () => services.store.sweepExpired(services.clock.now()),
    10 * 60_000,
    (error) => services.logger.error('expiry sweep failed', { error: (error as Error).message }),
    { waitFirst: true },
  );
  const source = new DynamoDbAdminStore({ tableName, client: services.store.client, clock: services.clock });
  // The first look is an hour after start, so that starting the service is not itself an email.
  const digests = options.weeklyDigest
    ? startPoller(
        () => sendWeeklyDigests({ ...services, source }),
        3_600_000,
        (error) => services.logger.error('weekly digest failed', { error: (error as Error).message }),
        { waitFirst: true },
      )
    : undefined;

  return {
    apiUrl: `http://localhost:${apiPort}`,
    sesUrl: `http://localhost:${sesPort}`,
    dynamodbUrl: `http://localhost:${dynamodb.port}`,
    smtpPort: smtp.port,
    services,
    runDueWork: work,
    async stopSes() {
      await ses?.close();
      ses = undefined;
    },
    async startSes() {
      ses ??= await startSesStandIn({ port: sesPort });
    },
    async stop() {
      // Stop taking requests, finish the round in progress, then close the stand-ins.
      // Requests in flight finish; each keep-alive connection is closed as soon as it goes idle.
      await new Promise<void>((resolve) => {
        const idle = setInterval(() => 'closeIdleConnections' in server && server.closeIdleConnections(), 50);
        server.close(() => {
          clearInterval(idle);
          resolve();
        });
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
      await smtp.close();
      await poller.stop();
      await digests?.stop();
      await expiry.stop();
      await ses?.close();
      await dynamodb.close();
    },
  };
}
