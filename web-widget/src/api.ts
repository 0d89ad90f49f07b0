import type { FeedbackBody as ServerBody } from '../../functions/http/feedback-schema.ts';
import { CONFIG_VERSION, type CompactConfig } from './config-format.ts';

/** The POST body; `openMs` (how long the form was open before submit) is optional on the API too. */
export type FeedbackBody = ServerBody & { openMs?: number | undefined };

/** What a POST came to: stored, worth retrying later, or refused for good (numbers once built). */
export enum Sent {
  stored,
  retry,
  rejected,
}

export type SendResult =
  | { kind: Sent.stored; id: string }
  | { kind: Sent.retry; afterMs?: number | undefined }
  | { kind: Sent.rejected; status: number; fields?: Record<string, string> | undefined };

/**
 * Sorts an answer by what the widget does next. Only the network (status 0), 408, 429 and 5xx are
 * worth retrying, and the API's idempotency makes retrying something already stored harmless.
 * `retryAfter` is the Retry-After header in seconds (what the API sends).
 */
export function classify(status: number, body: unknown, retryAfter?: string | null): SendResult {
  const json = body as { id?: string; error?: { fields?: Record<string, string> } } | null;
  if (status > 199 && status < 300) return { kind: Sent.stored, id: json?.id as string };
  if (!status || status === 408 || status === 429 || status > 499) {
    return { kind: Sent.retry, afterMs: +(retryAfter as string) * 1000 || 0 };
  }
  return { kind: Sent.rejected, status, fields: json?.error?.fields };
}

/** fetch that never rejects: a network failure or a timeout comes back as status 0. */
async function call(url: string, ms: number, init: RequestInit = {}): Promise<[number, unknown?, Headers?]> {
  const abort = new AbortController();
  // Left to fire even after an answer: aborting a request that has finished does nothing.
  setTimeout(() => abort.abort(), ms);
  try {
    const response = await fetch(url, { ...init, credentials: 'omit', signal: abort.signal });
    return [response.status, await response.json().catch(() => {}), response.headers];
  } catch {
    return [0];
  }
}

export async function postFeedback(api: string, body: FeedbackBody): Promise<SendResult> {
  const [status, json, headers] = await call(`${api}/v1/feedback`, 15_000, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return classify(status, json, headers?.get('retry-after'));
}

/**
 * Waited for before the launcher appears, so it gives up sooner than a submission does. The query
 * is the preferred `locale`, the `page` and, once chosen, the `category`: they decide the words and who
 * is named. Empty values are left out, which keeps the cached URLs few.
 */
export async function fetchConfig(
  api: string,
  siteId: string,
  query: Record<string, string | undefined>,
): Promise<CompactConfig | undefined> {
  const params = new URLSearchParams(
    Object.entries({ ...query, v: CONFIG_VERSION }).filter((entry) => entry[1]) as [string, string][],
  );
  const [, json] = await call(`${api}/v1/sites/${encodeURIComponent(siteId)}/widget-config?${params}`, 5_000);
  // The compact answer (config-format.ts), whatever the status: the API's errors are objects and a
  // proxy's are pages. Anything else means no strings, so the widget stays hidden.
  return Array.isArray(json) ? (json as CompactConfig) : undefined;
}
