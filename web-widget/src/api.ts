import type { FeedbackBody as ServerBody } from '../../functions/http/feedback-schema.ts';
import type { Texts } from './texts.ts';

/** The POST body; `openMs` (how long the form was open before submit) is optional on the API too. */
export type FeedbackBody = ServerBody & { openMs?: number | undefined };

/**
 * `GET /v1/sites/:siteId/widget-config`: public, cacheable, nothing private in it (built by
 * functions/http/widget-config.ts). `who`, `when` and `kept` are written out for `{who}`, `{when}`
 * and `{kept}`; `who` is whoever routing gives this page and category to.
 */
export interface WidgetConfig {
  siteId: string;
  displayName: string;
  /** The language chosen for this visitor, and every string in it. */
  locale: string;
  who: string;
  when: string;
  kept: string;
  strings?: Texts;
}

/** What a POST came to: stored, worth retrying later, or refused for good. */
export type SendResult =
  | { kind: 'sent'; id: string }
  | { kind: 'retry'; afterMs?: number | undefined }
  | { kind: 'rejected'; status: number; fields?: Record<string, string> | undefined };

/**
 * Sorts an answer by what the widget does next. Only the network (status 0), 408, 429 and 5xx are
 * worth retrying, and the API's idempotency makes retrying something already stored harmless.
 * `retryAfter` is the Retry-After header in seconds (what the API sends).
 */
export function classify(status: number, body: unknown, retryAfter?: string | null): SendResult {
  const json = body as { id?: string; error?: { fields?: Record<string, string> } } | null;
  if (status > 199 && status < 300) return { kind: 'sent', id: String(json?.id ?? '') };
  if (!status || status === 408 || status === 429 || status > 499) {
    return { kind: 'retry', afterMs: Number(retryAfter) * 1000 || undefined };
  }
  return { kind: 'rejected', status, fields: json?.error?.fields };
}

/** fetch that never rejects: a network failure or a timeout comes back as status 0. */
async function call(url: string, ms: number, init: RequestInit = {}): Promise<[number, unknown, Headers?]> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ms);
  try {
    const response = await fetch(url, { ...init, credentials: 'omit', signal: abort.signal });
    return [response.status, await response.json().catch(() => null), response.headers];
  } catch {
    return [0, null];
  } finally {
    clearTimeout(timer);
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
): Promise<WidgetConfig | undefined> {
  const params = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]),
  );
  const [status, json] = await call(
    `${api}/v1/sites/${encodeURIComponent(siteId)}/widget-config?${params}`,
    5_000,
  );
  return status === 200 ? (json as WidgetConfig) : undefined;
}
