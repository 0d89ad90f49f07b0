import { type FeedbackBody, type SendResult, Sent } from './api.ts';

/** A submission the API has not yet stored, as kept in localStorage. */
export interface Pending {
  body: FeedbackBody;
  /** Failed attempts so far. */
  tries: number;
  /** Epoch ms before which it is not tried again. */
  due: number;
}

export interface QueueDeps {
  /** localStorage, or null where the browser refuses it (then the queue lives as long as the page). */
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  key: string;
  now: () => number;
  send: (body: FeedbackBody) => Promise<SendResult>;
  later: (run: () => void, ms: number) => unknown;
  /** Called once for each submission the API accepted, whether sent at once or from the queue. */
  onSent?: (body: FeedbackBody, id: string) => void;
}

/** Exponential backoff from 2 s up to 5 min; a server's Retry-After wins when it asks for longer. */
export function backoff(tries: number, retryAfterMs: number): number {
  return Math.max(retryAfterMs, Math.min(300_000, 1000 * 2 ** tries));
}

/**
 * The outbox that keeps feedback from being lost: a submission is written to storage *before* it is
 * sent and removed only once the API has stored it or refused it for good. A dropped connection, a
 * 5xx, a 429 or a closed tab all end in a retry: with backoff while the page is open, and on the
 * next page load otherwise.
 */
export function createQueue(deps: QueueDeps) {
  let memory: Pending[] = [];
  const inFlight = new Set<string>();
  let timerAt = Infinity;
  const id = (pending: Pending) => pending.body.clientRequestId as string;

  function load(): Pending[] {
    try {
      memory = JSON.parse(deps.storage?.getItem(deps.key) ?? 'x');
    } catch {
      // Nothing stored, unreadable or blocked: what this page holds is all there is.
    }
    return Array.isArray(memory) ? memory : [];
  }

  /** Replaces (or with only an id, removes) one submission in the stored list. */
  function save(key: string | undefined, pending?: Pending): void {
    memory = load().filter((other) => id(other) !== key);
    if (pending) memory.push(pending);
    try {
      deps.storage?.setItem(deps.key, JSON.stringify(memory));
    } catch {
      // Quota or privacy mode: the in-memory copy still retries while the page is open.
    }
  }

  function schedule(): void {
    const next = Math.min(...load().map((pending) => pending.due));
    if (next >= timerAt) return;
    timerAt = next;
    deps.later(() => {
      timerAt = Infinity;
      void flush();
    }, next - deps.now());
  }

  async function attempt(pending: Pending): Promise<SendResult> {
    const key = id(pending);
    inFlight.add(key);
    // send never rejects: a failure is a result too (api.ts).
    const result = await deps.send(pending.body);
    inFlight.delete(key);
    if (result.kind === Sent.retry) {
      const tries = pending.tries + 1;
      save(key, { ...pending, tries, due: deps.now() + backoff(tries, result.afterMs ?? 0) });
      schedule();
    } else {
      save(key);
      if (result.kind === Sent.stored) deps.onSent?.(pending.body, result.id);
    }
    return result;
  }

  /** Sends every stored submission that is due and not already on its way; schedules the rest. */
  async function flush(): Promise<void> {
    const due = load().filter((pending) => pending.due <= deps.now() && !inFlight.has(id(pending)));
    await Promise.all(due.map(attempt));
    schedule();
  }

  /** Stores the submission, then tries to send it straight away. */
  function send(body: FeedbackBody): Promise<SendResult> {
    const pending = { body, tries: 0, due: deps.now() };
    save(body.clientRequestId, pending);
    return attempt(pending);
  }

  return { send, flush };
}

export type Queue = ReturnType<typeof createQueue>;
