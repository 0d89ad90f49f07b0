import { createHmac } from 'node:crypto';

/** Standard Webhooks: the key is the base64 after `whsec_`; the signature is base64 HMAC-SHA256. */
export function signWebhook(secret: string, content: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return createHmac('sha256', key).update(content).digest('base64');
}
