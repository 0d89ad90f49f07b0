import type { SNSEvent } from 'aws-lambda';
import { createCoreServices } from '../core-services.ts';
import { recordSesEvent } from '../domain/reputation-breaker.ts';
import { awsRuntime } from './aws-runtime.ts';

const services = createCoreServices(await awsRuntime());

/**
 * SES bounce and complaint events, through SNS: the address goes on the suppression list, and a
 * customer's bounce or complaint counts against its site's reputation breaker.
 */
export async function handler(event: SNSEvent): Promise<void> {
  for (const record of event.Records) {
    const count = await recordSesEvent(JSON.parse(record.Sns.Message), services);
    services.logger.info('delivery problem recorded', { suppressed: count });
  }
}
