import { DynamoDbAdminStore } from '../adapters/dynamodb/admin-store.ts';
import { createServices } from '../composition.ts';
import { sendWeeklyDigests } from '../domain/digest.ts';
import { runDueWork } from '../domain/dispatch.ts';
import { awsRuntime } from './aws-runtime.ts';

const services = createServices(await awsRuntime());
const source = new DynamoDbAdminStore({
  tableName: services.store.tableName,
  client: services.store.client,
  clock: services.clock,
});
const BATCH = 50;
/** Stop early enough to finish inside the function timeout; the next minute picks up the rest. */
const TIME_BUDGET_MS = 45_000;

/**
 * EventBridge: every minute, the retries, escalations and check-ins whose time has come; on
 * Mondays (`{ "task": "digest" }`), the weekly digest for every site.
 */
export async function handler(event: { task?: string } = {}): Promise<{ processed: number }> {
  if (event.task === 'digest') return { processed: await sendWeeklyDigests({ ...services, source }) };
  const until = Date.now() + TIME_BUDGET_MS;
  let processed = 0;
  for (;;) {
    const count = await runDueWork(services, BATCH, until);
    processed += count;
    if (count < BATCH || Date.now() > until) return { processed };
  }
}
