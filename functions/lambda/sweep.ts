import { runDueWork } from '../domain/dispatch.ts';
import { awsServices } from './aws-runtime.ts';

const services = await awsServices();
const BATCH = 50;
/** Stop early enough to finish inside the function timeout; the next minute picks up the rest. */
const TIME_BUDGET_MS = 45_000;

/** EventBridge, every minute: retries, escalations and check-ins whose time has come. */
export async function handler(): Promise<{ processed: number }> {
  const started = Date.now();
  let processed = 0;
  for (;;) {
    const count = await runDueWork(services, BATCH);
    processed += count;
    if (count < BATCH || Date.now() - started > TIME_BUDGET_MS) return { processed };
  }
}
