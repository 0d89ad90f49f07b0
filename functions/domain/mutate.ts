import { ConflictError } from './errors.ts';
import type { Feedback } from './feedback.ts';

/** Any record kept with an optimistic lock: a case, an incident. */
export interface VersionedStore<T extends { version: number }> {
  get(id: string): Promise<T | undefined>;
  save(record: T): Promise<void>;
}

const MAX_TRIES = 10;

/**
 * Read, change, conditionally write, and start over when someone else wrote first. `change`
 * returns undefined when there is nothing to do, which is how "already done" stays harmless.
 *
 * `known` is a copy the caller just read or wrote itself: the first attempt starts from it and
 * saves a read. It is only ever trusted to be written over (the version check catches a stale copy);
 * "nothing to do" is always confirmed against a fresh read.
 */
export function mutate(
  store: VersionedStore<Feedback>,
  id: string,
  change: (current: Feedback) => Feedback | undefined,
  known?: Feedback,
): Promise<Feedback | undefined>;
export function mutate<T extends { version: number }>(
  store: VersionedStore<T>,
  id: string,
  change: (current: T) => T | undefined,
  known?: T,
): Promise<T | undefined>;
export async function mutate<T extends { version: number }>(
  store: VersionedStore<T>,
  id: string,
  change: (current: T) => T | undefined,
  known?: T,
): Promise<T | undefined> {
  let assumed = known;
  let conflicts = 0;
  while (conflicts < MAX_TRIES) {
    const current = assumed ?? (await store.get(id));
    const trusted = assumed === undefined;
    assumed = undefined;
    if (!current) return undefined;
    const next = change(current);
    if (!next) {
      if (trusted) return undefined;
      continue; // confirm "nothing to do" against a fresh read
    }
    const saved = { ...next, version: current.version + 1 };
    try {
      await store.save(saved);
      return saved;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      conflicts += 1;
    }
  }
  throw new ConflictError(`Record ${id} kept changing under ${MAX_TRIES} attempts to update it.`);
}
