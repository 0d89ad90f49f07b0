import { silentLogger } from '../../functions/adapters/logger.ts';
import { loadConfig } from '../../functions/config/load.ts';
import type { EarshotConfig } from '../../functions/config/schema.ts';
import type { Clock } from '../../functions/domain/ports.ts';
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
 * The real local stack (dynalite in memory, the SES stand-in, the real HTTP app) on free ports,
 * with the demo site's origin rewritten to the app's own so that /demo and CORS work.
 */
export async function startTestStack(
  options: { env?: Record<string, string>; clock?: Clock; dataPath?: string; pollIntervalMs?: number } = {},
): Promise<TestStack> {
  const apiPort = await freePort();
  const origin = `http://localhost:${apiPort}`;
  const loaded = loadConfig({ EARSHOT_RATE_LIMIT_PER_MINUTE: '0', ...options.env });
  const config: EarshotConfig = {
    ...loaded,
    publicUrl: origin,
    sites: loaded.sites.map((site) => ({ ...site, allowedOrigins: [origin] })),
  };
  const stack = await startLocalStack({
    config,
    ports: { api: apiPort, dynamodb: 0, ses: 0, smtp: 0 },
    dataPath: options.dataPath,
    tokenSecret: TEST_SECRET,
    clock: options.clock,
    logger: silentLogger,
    pollIntervalMs: options.pollIntervalMs ?? 50,
    widgetScript: localWidgetScript(),
    demoPage: localDemoPage(),
  });
  const inbox = async () => {
    const response = await fetch(`${stack.sesUrl}/store`);
    return ((await response.json()) as { emails: SentEmail[] }).emails;
  };
  return {
    apiUrl: stack.apiUrl,
    sesUrl: stack.sesUrl,
    stack,
    config,
    inbox,
    clearInbox: async () => {
      await fetch(`${stack.sesUrl}/clear-store`, { method: 'POST' });
    },
    async waitForEmails(match, count = 1, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = (await inbox()).filter(match);
        if (found.length >= count || Date.now() > deadline) return found;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
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
