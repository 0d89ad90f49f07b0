import type { EarshotConfig } from '../../functions/config/schema.ts';
import { localConfig } from '../../tests/helpers/stack.ts';

/** The shipped config as the local stack runs it on `origin`, with the per-IP rate limit off. */
export const benchConfig = (origin: string): EarshotConfig => localConfig(origin);

export const BENCH_SECRET = 'bench-secret-0123456789abcdef0123456789abcdef';

/** What a widget sends: a let-down customer with an address, so both alert and acknowledgement are owed. */
export function feedbackBody(
  clientRequestId: string,
  message = 'The beans arrived stale and the bag was torn.',
) {
  return {
    siteId: 'demo',
    rating: 2,
    message,
    desiredOutcome: 'A fresh bag, please.',
    email: `customer-${clientRequestId.slice(0, 8)}@example.org`,
    name: 'Nora',
    locale: 'en',
    pageUrl: 'https://fjordkaffe.example/shop/beans',
    clientRequestId,
  };
}
