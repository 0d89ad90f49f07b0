import { silentLogger } from '../../functions/adapters/logger.ts';
import { startLocalStack } from '../../functions/local/stack.ts';
import { BENCH_SECRET, benchConfig } from '../lib/config.ts';
import { freePort } from '../lib/net.ts';

/**
 * The local stack exactly as `npm start` composes it (the same hono app, adapters, in-memory
 * dynalite), in a process of its own. BENCH_POLL_MS sets the due-work poller: 100 ms as in
 * `npm start` for the alert latency; parked for intake, because in AWS dispatch runs in its own
 * Lambda and must not be counted against the API.
 */
const apiPort = await freePort();
const origin = `http://localhost:${apiPort}`;
const stack = await startLocalStack({
  config: benchConfig(origin),
  ports: { api: apiPort, dynamodb: 0, ses: 0, smtp: 0 },
  tokenSecret: BENCH_SECRET,
  logger: silentLogger,
  pollIntervalMs: Number(process.env.BENCH_POLL_MS ?? 600_000),
  sesEndpoint: process.env.BENCH_SES_ENDPOINT || undefined,
});
console.log(
  JSON.stringify({
    apiUrl: stack.apiUrl,
    origin,
    dynamodbUrl: stack.dynamodbUrl,
    sesUrl: stack.sesUrl,
    smtpPort: stack.smtpPort,
  }),
);
process.on('SIGTERM', () => {
  void stack.stop().finally(() => process.exit(0));
});
