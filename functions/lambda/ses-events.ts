import type { SNSEvent } from 'aws-lambda';
import { createCoreServices } from '../core-services.ts';
import { recordDeliveryProblem } from '../domain/delivery-problems.ts';
import { awsRuntime } from './aws-runtime.ts';

const services = createCoreServices(await awsRuntime());

/** SES bounce and complaint events, through SNS: the address goes on the suppression list. */
export async function handler(event: SNSEvent): Promise<void> {
  for (const record of event.Records) {
    const count = await recordDeliveryProblem(JSON.parse(record.Sns.Message), services);
    services.logger.info('delivery problem recorded', { suppressed: count });
  }
}
