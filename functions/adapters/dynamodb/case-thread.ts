import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  PutItemCommand,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Feedback, ThreadEntry } from '../../domain/feedback.ts';
import { inParallel } from '../../domain/in-parallel.ts';

/**
 * A case's thread, kept in items of its own beside the case item (same `pk`, sk `THREAD#<position>`),
 * so that no thread, however long, meets DynamoDB's 400 KB item limit.
 *
 * The case item stays the one commit point. A new entry is first written inside the case item
 * (its `thread` attribute holds the tail: the entries not yet in items of their own), by the same
 * versioned conditional write that queues its relay email, so two replies racing each other get
 * two positions, and an entry and what it set going are stored together or not at all. The next
 * save of the case moves that committed tail out, one conditional put per entry, before its own
 * write, and records how many entries live outside (`threadSpilled`). An entry is only ever
 * written out once it is committed, and a committed entry never changes, so a put that finds its
 * item already there (a save that lost its race after moving the tail) has nothing to do.
 *
 * A record stored before this (the whole thread inside, no `threadSpilled`) reads as a tail of
 * everything and moves out on its next save.
 */
export const THREAD_PREFIX = 'THREAD#';

/** Storage bookkeeping on the case item: how many entries of the thread live in items of their own. */
export const SPILLED = 'threadSpilled';

/** Zero-padded so the items of one case sort by position. */
export const threadSk = (position: string) => `${THREAD_PREFIX}${position.padStart(7, '0')}`;

/** What a save needs to know of the version it replaces. */
export interface ThreadState {
  version: number;
  /** Entries committed at that version. */
  length: number;
  /** Of which in items of their own. */
  spilled: number;
}

type Item = Record<string, unknown>;

/** The case item and its thread items, from one consistent query on the case's partition. */
export async function readCase(
  client: DynamoDBClient,
  tableName: string,
  id: string,
  extra: Partial<QueryCommandInput> = {},
): Promise<{ item?: Item; entries: Item[] }> {
  let item: Item | undefined;
  const entries: Item[] = [];
  let ExclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
  do {
    const page = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: marshall({ ':pk': `FB#${id}` }),
        ConsistentRead: true,
        ExclusiveStartKey,
        ...extra,
      }),
    );
    for (const raw of page.Items ?? []) {
      const plain = unmarshall(raw);
      if (plain.sk === 'FB') item = plain;
      else if (String(plain.sk).startsWith(THREAD_PREFIX)) entries.push(plain);
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return { item, entries };
}

/**
 * The whole thread: the entries moved out, then the tail on the case item, by position. Items
 * left by an expired case of the same id (replaced before TTL removed them) are not this case's.
 */
export function assembleThread(item: Item, entries: Item[], nowSeconds: number): ThreadEntry[] {
  const byPosition = new Map<number, ThreadEntry>();
  for (const stored of entries) {
    if (typeof stored.expiresAt === 'number' && stored.expiresAt <= nowSeconds) continue;
    const entry = stored.entry as ThreadEntry;
    byPosition.set(Number(entry.id), entry);
  }
  for (const entry of (item.thread as ThreadEntry[] | undefined) ?? [])
    byPosition.set(Number(entry.id), entry);
  return [...byPosition.entries()].sort(([a], [b]) => a - b).map(([, entry]) => entry);
}

/** What the case item read says of its thread. */
export function stateOf(item: Item, length: number): ThreadState {
  return { version: Number(item.version), length, spilled: Number(item[SPILLED] ?? 0) };
}

/**
 * Writes the committed entries not yet in items of their own, a few at a time. Returns how many
 * entries then live outside the case item: what its next write records.
 */
export async function spillCommitted(
  client: DynamoDBClient,
  tableName: string,
  feedback: Feedback,
  known: ThreadState,
  nowSeconds: number,
): Promise<number> {
  const committed = Math.min(known.length, feedback.thread.length);
  const pending = feedback.thread.slice(known.spilled, committed);
  await inParallel(pending, 16, (entry) => putEntry(client, tableName, feedback, entry, nowSeconds));
  return Math.max(committed, known.spilled);
}

async function putEntry(
  client: DynamoDBClient,
  tableName: string,
  feedback: Feedback,
  entry: ThreadEntry,
  nowSeconds: number,
): Promise<void> {
  try {
    await client.send(
      new PutItemCommand({
        TableName: tableName,
        Item: marshall(
          { pk: `FB#${feedback.id}`, sk: threadSk(entry.id), expiresAt: feedback.expiresAt, entry },
          { removeUndefinedValues: true },
        ),
        // Never over a live entry; over one left by an expired case of the same id, yes.
        ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
        ExpressionAttributeValues: marshall({ ':now': nowSeconds }),
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

/** Read states by case id, so a save right after a read needs no second read. Bounded. */
export class ThreadStates {
  readonly #states = new Map<string, ThreadState>();
  constructor(readonly limit = 1000) {}

  get(id: string): ThreadState | undefined {
    return this.#states.get(id);
  }

  set(id: string, state: ThreadState): void {
    this.#states.delete(id);
    this.#states.set(id, state);
    if (this.#states.size > this.limit) {
      const oldest = this.#states.keys().next().value;
      if (oldest !== undefined) this.#states.delete(oldest);
    }
  }

  forget(id: string): void {
    this.#states.delete(id);
  }
}
