import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { SESEvent } from 'aws-lambda';
import { receiveSesRecord } from '../adapters/ses-inbound.ts';
import { createCoreServices } from '../core-services.ts';
import { awsRuntime } from './aws-runtime.ts';

const services = createCoreServices(await awsRuntime());
const s3 = new S3Client({});
const bucket = process.env.INBOUND_BUCKET ?? '';

/** SES receiving: the receipt rule stores the raw message under `inbound/<messageId>`, then invokes this. */
export async function handler(event: SESEvent): Promise<void> {
  for (const record of event.Records) {
    await receiveSesRecord(record, {
      ...services,
      async fetchRaw(messageId) {
        const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: `inbound/${messageId}` }));
        return {
          size: object.ContentLength ?? 0,
          read: async () => (await object.Body?.transformToByteArray()) ?? new Uint8Array(),
        };
      },
    });
  }
}
