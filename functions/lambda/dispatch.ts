import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { parseDueSort } from '../adapters/dynamodb/due-index.ts';
import { createServices } from '../composition.ts';
import { notifyAll, processFeedback } from '../domain/dispatch.ts';
import { processIncident } from '../domain/incident-dispatch.ts';
import { awsRuntime } from './aws-runtime.ts';

const services = createServices(await awsRuntime());

/**
 * The DynamoDB Stream path: every write that leaves work due now is handled at once. A failing
 * record is reported alone, so the rest of the batch is not retried with it.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const now = services.clock.now().toISOString();
  const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
  const handled: string[] = [];
  const incidents: string[] = [];
  for (const record of event.Records) {
    const image = record.dynamodb?.NewImage;
    const pk = image?.pk?.S;
    const dueAt = image?.dueAt?.S;
    // Only a case or incident item carries `dueAt`: thread entries, incident members and
    // answers, counters and leases are never work of their own.
    if (!pk || !dueAt || parseDueSort(dueAt).at > now) continue;
    try {
      if (pk.startsWith('FB#')) {
        await processFeedback(pk.slice('FB#'.length), services);
        handled.push(pk.slice('FB#'.length));
      } else if (pk.startsWith('INC#')) {
        await processIncident(pk.slice('INC#'.length), services);
        incidents.push(pk.slice('INC#'.length));
      }
    } catch (error) {
      services.logger.error('dispatch failed', { error: (error as Error).message });
      if (record.dynamodb?.SequenceNumber)
        batchItemFailures.push({ itemIdentifier: record.dynamodb.SequenceNumber });
    }
  }
  // Every email of the batch first; chat and webhooks after, side by side, each call bounded.
  await notifyAll([...new Set(handled)], services, [...new Set(incidents)]);
  return { batchItemFailures };
}
