import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { StoreBusyError } from '../../domain/errors.ts';

const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
]);

/**
 * A throttled table (a partition past its write rate in a storm) is a "try again in a moment",
 * not a failure: once the SDK's own retries are spent, it surfaces as StoreBusyError, which the
 * API answers with 503 and Retry-After, and which the widget's outbox retries.
 */
export function reportThrottlingAsBusy(client: DynamoDBClient): DynamoDBClient {
  client.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        const name = (error as Error).name;
        const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        if (THROTTLING.has(name) || status === 503)
          throw new StoreBusyError(`DynamoDB is throttling: ${name}`, { cause: error });
        throw error;
      }
    },
    { step: 'initialize', name: 'earshotThrottlingAsBusy' },
  );
  return client;
}
