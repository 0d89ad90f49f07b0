import { loadConfig } from '../../functions/config/load.ts';
import type { EarshotConfig } from '../../functions/config/schema.ts';

/** The shipped config as the local stack runs it on `origin`, with the per-IP rate limit off. */
export function benchConfig(origin: string): EarshotConfig {
  const loaded = loadConfig({ EARSHOT_RATE_LIMIT_PER_MINUTE: '0' });
  return {
    ...loaded,
    publicUrl: origin,
    sites: loaded.sites.map((site) => ({ ...site, allowedOrigins: [origin] })),
  };
}

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
