import { silentLogger } from '../../functions/adapters/logger.ts';
import { loadConfig } from '../../functions/config/load.ts';
import type { EarshotConfig, SiteConfig } from '../../functions/config/schema.ts';
import type { Clock, Logger } from '../../functions/domain/ports.ts';
import { localDemoPage, localWidgetScript } from '../../functions/local/assets.ts';
import { type LocalStack, startLocalStack } from '../../functions/local/stack.ts';
import { freePort } from './net.ts';

export { freePort };

/** One email as the SES stand-in recorded it (GET /store). */
export interface SentEmail {
  messageId: string;
  from: string;
  replyTo: string[];
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { html?: string; text?: string };
  headers?: { name: string; value: string }[];
  at: number;
}

export interface TestStack {
  apiUrl: string;
  /** The demo site's origin: the app's own address. */
  origin: string;
  sesUrl: string;
  stack: LocalStack;
  config: EarshotConfig;
  inbox(): Promise<SentEmail[]>;
  clearInbox(): Promise<void>;
  /** Polls the inbox until `count` emails match, or fails after `timeoutMs`. */
  waitForEmails(
    match: (email: SentEmail) => boolean,
    count?: number,
    timeoutMs?: number,
  ): Promise<SentEmail[]>;
  post(body: unknown, init?: { headers?: Record<string, string> }): Promise<Response>;
  stop(): Promise<void>;
}

export const TEST_SECRET = 'test-secret-0123456789abcdef0123456789abcdef';

/**
 * Tests of one behaviour send many alike complaints fast: off by default are the per-IP rate
 * limit, incidents (a threshold no test reaches by accident) and send pacing. The tests of each
 * switch theirs back on. `site` changes every site further (a test about something else may turn
 * a rule off).
 */
export const TEST_ENV = {
  EARSHOT_RATE_LIMIT_PER_MINUTE: '0',
  EARSHOT_INCIDENT_THRESHOLD: '100000',
  EARSHOT_MAX_SEND_RATE: '100000',
};

export function localConfig(
  origin: string,
  env: Record<string, string> = {},
  site: Partial<SiteConfig> = {},
): EarshotConfig {
  const loaded = loadConfig({ ...TEST_ENV, ...env });
  return {
    ...loaded,
    publicUrl: origin,
    sites: loaded.sites.map((shipped) => ({ ...shipped, allowedOrigins: [origin], ...site })),
  };
}

/** What the SES stand-in at `sesUrl` has recorded (GET /store). */
export async function readInbox(sesUrl: string): Promise<SentEmail[]> {
  return ((await (await fetch(`${sesUrl}/store`)).json()) as { emails: SentEmail[] }).emails;
}

export async function clearInbox(sesUrl: string): Promise<void> {
  await fetch(`${sesUrl}/clear-store`, { method: 'POST' });
}

/** Polls `check` until it returns a value, or gives up (returning undefined) after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs: number,
  intervalMs = 50,
): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * The real local stack (dynalite in memory, the SES stand-in, the real HTTP app) on free ports,
 * with the demo site's origin rewritten to the app's own so that /demo and CORS work. A fault
 * test may point it at an SES endpoint of its own, pin its port and keep its logs.
 */
export async function startTestStack(
  options: {
    env?: Record<string, string>;
    site?: Partial<SiteConfig>;
    clock?: Clock;
    dataPath?: string;
    pollIntervalMs?: number;
    apiPort?: number;
    sesEndpoint?: string;
    logger?: Logger;
    notifyTimeoutMs?: number;
    /** Changes to the whole config beyond what `env` and `site` can say. */
    configure?: (config: EarshotConfig) => EarshotConfig;
  } = {},
): Promise<TestStack> {
  const apiPort = options.apiPort ?? (await freePort());
  const origin = `http://localhost:${apiPort}`;
  const local = localConfig(origin, options.env, options.site);
  const config = options.configure ? options.configure(local) : local;
  const stack = await startLocalStack({
    config,
    ports: { api: apiPort, dynamodb: 0, ses: 0, smtp: 0 },
    dataPath: options.dataPath,
    tokenSecret: TEST_SECRET,
    clock: options.clock,
    logger: options.logger ?? silentLogger,
    pollIntervalMs: options.pollIntervalMs ?? 50,
    sesEndpoint: options.sesEndpoint,
    notifyTimeoutMs: options.notifyTimeoutMs,
    widgetScript: localWidgetScript(),
    demoPage: localDemoPage(),
  });
  const inbox = () => readInbox(stack.sesUrl);
  return {
    apiUrl: stack.apiUrl,
    origin,
    sesUrl: stack.sesUrl,
    stack,
    config,
    inbox,
    clearInbox: () => clearInbox(stack.sesUrl),
    async waitForEmails(match, count = 1, timeoutMs = 10_000) {
      let found: SentEmail[] = [];
      await eventually(async () => {
        found = (await inbox()).filter(match);
        return found.length >= count;
      }, timeoutMs);
      return found;
    },
    post: (body, init = {}) =>
      fetch(`${stack.apiUrl}/v1/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, ...init.headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    stop: () => stack.stop(),
  };
}
