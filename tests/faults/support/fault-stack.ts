import { loadConfig } from '../../../functions/config/load.ts';
import type { EarshotConfig } from '../../../functions/config/schema.ts';
import type { Clock, Logger } from '../../../functions/domain/ports.ts';
import { type LocalStack, startLocalStack } from '../../../functions/local/stack.ts';
import { type RunningServer, startSesStandIn } from '../../../functions/local/stand-ins.ts';
import { freePort, type SentEmail, TEST_SECRET } from '../../helpers/stack.ts';
import { startSesFaultProxy } from './ses-proxy.ts';

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  message: string;
  attributes: Record<string, unknown>;
}

/** A logger that keeps every line, so a test can assert that a failure was made visible. */
export function capturingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine['level']) =>
    (message: string, attributes: Record<string, unknown> = {}) =>
      lines.push({ level, message, attributes });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

/** The demo config with its origin pointed at `origin` and the rate limit off, as the test stack has it. */
export function faultConfig(origin: string, env: Record<string, string> = {}): EarshotConfig {
  const loaded = loadConfig({ EARSHOT_RATE_LIMIT_PER_MINUTE: '0', ...env });
  return {
    ...loaded,
    publicUrl: origin,
    sites: loaded.sites.map((site) => ({ ...site, allowedOrigins: [origin] })),
  };
}

export interface FaultStack {
  apiUrl: string;
  origin: string;
  stack: LocalStack;
  logger: ReturnType<typeof capturingLogger>;
  post(body: unknown): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * The same local stack as tests/helpers/stack.ts, but able to send through an SES endpoint the
 * test controls (a fault proxy, or a stand-in that outlives a killed service) and to keep its logs.
 */
export async function startFaultStack(
  options: {
    sesEndpoint?: string;
    clock?: Clock;
    pollIntervalMs?: number;
    apiPort?: number;
    dataPath?: string;
  } = {},
): Promise<FaultStack> {
  const apiPort = options.apiPort ?? (await freePort());
  const origin = `http://localhost:${apiPort}`;
  const logger = capturingLogger();
  const stack = await startLocalStack({
    config: faultConfig(origin),
    ports: { api: apiPort, dynamodb: 0, ses: 0, smtp: 0 },
    dataPath: options.dataPath,
    tokenSecret: TEST_SECRET,
    clock: options.clock,
    logger,
    pollIntervalMs: options.pollIntervalMs ?? 50,
    sesEndpoint: options.sesEndpoint,
  });
  return {
    apiUrl: stack.apiUrl,
    origin,
    stack,
    logger,
    post: (body) =>
      fetch(`${stack.apiUrl}/v1/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify(body),
      }),
    stop: () => stack.stop(),
  };
}

/** An SES stand-in of the test's own, whose inbox outlives any service pointed at it. */
export async function startInbox(): Promise<
  RunningServer & { emails(): Promise<SentEmail[]>; clear(): Promise<void> }
> {
  const ses = await startSesStandIn({ port: 0 });
  return {
    ...ses,
    emails: async () => ((await (await fetch(`${ses.url}/store`)).json()) as { emails: SentEmail[] }).emails,
    clear: async () => {
      await fetch(`${ses.url}/clear-store`, { method: 'POST' });
    },
  };
}

/**
 * The service, sending through a fault-injecting proxy to an inbox of the test's own: the setup
 * of every test that takes SES away or makes it throttle.
 */
export async function startProxiedFaultStack() {
  const inbox = await startInbox();
  const proxy = await startSesFaultProxy(inbox.url);
  const t = await startFaultStack({ sesEndpoint: proxy.url });
  return {
    inbox,
    proxy,
    t,
    async stop() {
      await t.stop();
      await proxy.close();
      await inbox.close();
    },
  };
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
