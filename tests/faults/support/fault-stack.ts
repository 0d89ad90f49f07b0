import type { Logger } from '../../../functions/domain/ports.ts';
import { type RunningServer, startSesStandIn } from '../../../functions/local/stand-ins.ts';
import {
  clearInbox,
  readInbox,
  type SentEmail,
  startTestStack,
  type TestStack,
} from '../../helpers/stack.ts';
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

export type FaultStack = TestStack & { logger: ReturnType<typeof capturingLogger> };

/**
 * The test stack, able to send through an SES endpoint the test controls (a fault proxy, or a
 * stand-in that outlives a killed service) and keeping its logs.
 */
export async function startFaultStack(
  options: Omit<Parameters<typeof startTestStack>[0] & object, 'logger'> = {},
): Promise<FaultStack> {
  const logger = capturingLogger();
  return { ...(await startTestStack({ ...options, logger })), logger };
}

/** An SES stand-in of the test's own, whose inbox outlives any service pointed at it. */
export async function startInbox(): Promise<
  RunningServer & { emails(): Promise<SentEmail[]>; clear(): Promise<void> }
> {
  const ses = await startSesStandIn({ port: 0 });
  return { ...ses, emails: () => readInbox(ses.url), clear: () => clearInbox(ses.url) };
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
