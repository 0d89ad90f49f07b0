import {
  type AttributeValue,
  ConditionalCheckFailedException,
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { ConflictError } from '../../domain/errors.ts';
import type { CustomerHistory, Feedback } from '../../domain/feedback.ts';
import type {
  Clock,
  Counters,
  DueWork,
  FeedbackStore,
  SuppressionReason,
  Suppressions,
} from '../../domain/ports.ts';
import { nextDue } from '../../domain/schedule.ts';
import { assembleThread, readCase, SPILLED, spillCommitted, stateOf, ThreadStates } from './case-thread.ts';
import { type DueEntry, dueKeys, queryDue } from './due-index.ts';
import { siteKeys } from './site-index.ts';
import { type historyAttributes, keyAttributes } from './table.ts';

/**
 * Index keys are derived here from the domain record, so the domain never sees them. The case
 * item keeps only the tail of the thread past `spilled` (see case-thread.ts).
 */
function toItem(feedback: Feedback, now: Date, spilled = 0): Record<string, unknown> {
  const due = nextDue(feedback);
  return {
    ...feedback,
    thread: feedback.thread.slice(spilled),
    ...(spilled ? { [SPILLED]: spilled } : {}),
    pk: `FB#${feedback.id}`,
    sk: 'FB',
    ...siteKeys(feedback.siteId, feedback.id, feedback.createdAt),
    ...(feedback.emailHash
      ? { customerPk: `CUST#${feedback.siteId}#${feedback.emailHash}`, customerSk: feedback.createdAt }
      : {}),
    ...(due ? dueKeys(feedback.id, due, now) : {}),
  };
}

function dueKey(id: string, kind: DueWork['kind']) {
  return kind === 'incident' ? { pk: `INC#${id}`, sk: 'INC' } : { pk: `FB#${id}`, sk: 'FB' };
}

/**
 * The record as stored on its own item. Its `thread` is whole only when nothing of it was moved
 * out yet: readers of whole cases go through `DynamoDbFeedbackStore.get` (or `readCase`).
 */
export function fromItem(item: Record<string, unknown>): Feedback {
  const record = { ...item };
  for (const key of keyAttributes) delete record[key];
  delete record[SPILLED];
  return record as unknown as Feedback;
}

export interface DynamoDbStoreOptions {
  tableName: string;
  client?: DynamoDBClient;
  clock: Clock;
}

/** Feedback and counters in the single table; every write is one conditional single-item write. */
export class DynamoDbFeedbackStore implements FeedbackStore, Counters, Suppressions {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly #clock: Clock;
  /** What this process last read or wrote of each case's thread, so a save needs no extra read. */
  readonly #threads = new ThreadStates();

  constructor(options: DynamoDbStoreOptions) {
    this.client = options.client ?? new DynamoDBClient({});
    this.tableName = options.tableName;
    this.#clock = options.clock;
  }

  async create(feedback: Feedback): Promise<{ created: boolean; feedback: Feedback }> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall(toItem(feedback, this.#clock.now()), { removeUndefinedValues: true }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      this.#remember(feedback, 0);
      return { created: true, feedback };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const existing = await this.get(feedback.id);
      // Expired but not yet swept: the id is free again, so take it over.
      if (!existing) return this.#replaceExpired(feedback);
      return { created: false, feedback: existing };
    }
  }

  async #replaceExpired(feedback: Feedback) {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall(toItem(feedback, this.#clock.now()), { removeUndefinedValues: true }),
        ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
        ExpressionAttributeValues: marshall({ ':now': this.#nowSeconds() }),
      }),
    );
    this.#remember(feedback, 0);
    return { created: true, feedback };
  }

  /** The case with its whole thread: one consistent query reads the case item and its entries. */
  async get(id: string): Promise<Feedback | undefined> {
    const { item, entries } = await readCase(this.client, this.tableName, id);
    if (!item) return undefined;
    const thread = assembleThread(item, entries, this.#nowSeconds());
    const feedback = { ...fromItem(item), thread };
    if (!this.#isLive(feedback)) return undefined;
    this.#threads.set(id, stateOf(item, thread.length));
    return feedback;
  }

  /**
   * Moves the thread committed at the version this replaces into items of its own, then writes
   * the case item with only what this change added: the versioned write stays the commit point.
   */
  async save(feedback: Feedback): Promise<void> {
    const known = await this.#threadState(feedback);
    const spilled = await spillCommitted(this.client, this.tableName, feedback, known, this.#nowSeconds());
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall(toItem(feedback, this.#clock.now(), spilled), { removeUndefinedValues: true }),
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: marshall({ ':expected': feedback.version - 1 }),
        }),
      );
      this.#remember(feedback, spilled);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        this.#threads.forget(feedback.id);
        throw new ConflictError(`Feedback ${feedback.id} changed since it was read.`, { cause: error });
      }
      throw error;
    }
  }

  /** The thread as stored at the version `feedback` replaces; read (its small part) if not known. */
  async #threadState(feedback: Feedback) {
    const expected = feedback.version - 1;
    const known = this.#threads.get(feedback.id);
    if (known?.version === expected) return known;
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: marshall({ pk: `FB#${feedback.id}`, sk: 'FB' }),
        ProjectionExpression: 'version, thread, #spilled',
        ExpressionAttributeNames: { '#spilled': SPILLED },
        ConsistentRead: true,
      }),
    );
    const item = Item ? unmarshall(Item) : undefined;
    if (!item || Number(item.version) !== expected) {
      throw new ConflictError(`Feedback ${feedback.id} changed since it was read.`);
    }
    const tail = (item.thread as unknown[] | undefined)?.length ?? 0;
    return stateOf(item, Number(item[SPILLED] ?? 0) + tail);
  }

  #remember(feedback: Feedback, spilled: number) {
    this.#threads.set(feedback.id, { version: feedback.version, length: feedback.thread.length, spilled });
  }

  async history(
    siteId: string,
    emailHash: string,
    excludeId: string,
    limit: number,
  ): Promise<CustomerHistory> {
    // The index holds only `historyAttributes` of each record (see table.ts), no whole records.
    const items = (await this.#queryAll({
      IndexName: 'byCustomer',
      KeyConditionExpression: 'customerPk = :pk',
      ExpressionAttributeValues: marshall({ ':pk': `CUST#${siteId}#${emailHash}` }),
      ScanIndexForward: false,
    })) as Pick<Feedback, (typeof historyAttributes)[number]>[];
    const earlier = items.filter((item) => item.id !== excludeId && this.#isLive(item));
    return {
      count: earlier.length,
      recent: earlier.slice(0, limit).map(({ id, createdAt, rating, status, outcome, message }) => ({
        id,
        createdAt,
        rating,
        status,
        outcome,
        message,
      })),
    };
  }

  async due(now: Date, limit: number): Promise<string[]> {
    return (await this.dueEntries(now, limit))
      .filter((entry) => entry.pk.startsWith('FB#'))
      .map((entry) => entry.pk.slice('FB#'.length));
  }

  dueEntries(now: Date, limit: number): Promise<DueEntry[]> {
    return queryDue(this.client, this.tableName, now, limit);
  }

  async dueWork(now: Date, limit: number): Promise<DueWork[]> {
    return (await this.dueEntries(now, limit)).flatMap(({ pk, at, priority }) => {
      const [prefix, id = ''] = pk.split('#');
      const kind = prefix === 'FB' ? 'feedback' : prefix === 'INC' ? 'incident' : undefined;
      return kind ? [{ kind, id, at, priority }] : [];
    });
  }

  async defer(id: string, until: Date, kind: DueWork['kind'] = 'feedback'): Promise<void> {
    const { dueAt } = dueKeys(id, { at: until.toISOString(), priority: 1 }, this.#clock.now());
    await this.#updateDue(dueKey(id, kind), 'SET dueAt = :until', { ':until': dueAt });
  }

  async clearDue(id: string, kind: DueWork['kind'] = 'feedback'): Promise<void> {
    await this.#updateDue(dueKey(id, kind), 'REMOVE duePk, dueAt');
  }

  async #updateDue(key: { pk: string; sk: string }, expression: string, values?: Record<string, unknown>) {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall(key),
          UpdateExpression: expression,
          ConditionExpression: 'attribute_exists(duePk)',
          ...(values ? { ExpressionAttributeValues: marshall(values) } : {}),
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  /**
   * Deletes items past their TTL. DynamoDB does this by itself in AWS; the local runner calls it,
   * since dynalite never does. Each delete re-checks the expiry, so a renewed item survives.
   */
  async sweepExpired(now: Date): Promise<number> {
    const seconds = Math.floor(now.getTime() / 1000);
    let removed = 0;
    let ExclusiveStartKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.client.send(
        new ScanCommand({
          TableName: this.tableName,
          FilterExpression: 'expiresAt <= :now',
          ExpressionAttributeValues: marshall({ ':now': seconds }),
          ProjectionExpression: 'pk, sk',
          ExclusiveStartKey,
        }),
      );
      for (const key of page.Items ?? []) {
        try {
          await this.client.send(
            new DeleteItemCommand({
              TableName: this.tableName,
              Key: key,
              ConditionExpression: 'expiresAt <= :now',
              ExpressionAttributeValues: marshall({ ':now': seconds }),
            }),
          );
          removed += 1;
        } catch (error) {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        }
      }
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return removed;
  }

  /** Empties the counter rather than deleting it: the service's functions may not delete items. */
  async release(key: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall({ pk: `CTR#${key}`, sk: 'CTR' }),
          UpdateExpression: 'REMOVE hits, members',
          // Never create a key-only item (it would have no expiry) for a counter already gone.
          ConditionExpression: 'attribute_exists(pk)',
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async hit(key: string, options: { limit: number; expiresAt: Date; member?: string }): Promise<boolean> {
    if (options.limit <= 0) return false;
    const member = options.member;
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall({ pk: `CTR#${key}`, sk: 'CTR' }),
          UpdateExpression: member
            ? 'ADD members :member SET expiresAt = :exp'
            : 'ADD hits :one SET expiresAt = :exp',
          ConditionExpression: member
            ? 'attribute_not_exists(members) OR size(members) < :limit OR contains(members, :id)'
            : 'attribute_not_exists(hits) OR hits < :limit',
          ExpressionAttributeValues: marshall({
            ':exp': Math.floor(options.expiresAt.getTime() / 1000),
            ':limit': options.limit,
            ...(member ? { ':member': new Set([member]), ':id': member } : { ':one': 1 }),
          }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async suppressed(emailHash: string, siteId?: string): Promise<SuppressionReason | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: marshall({ pk: `SUP#${emailHash}`, sk: 'SUP' }) }),
    );
    if (!Item) return undefined;
    const entry = unmarshall(Item) as { reason?: SuppressionReason; complaintSites?: Set<string> };
    // The strongest reason wins: a bounce or complaint stops more than an unsubscribe does.
    if (entry.reason === 'bounce' || entry.reason === 'complaint') return entry.reason;
    if (siteId && entry.complaintSites?.has(siteId)) return 'complaint';
    return entry.reason;
  }

  /**
   * Only the keyed hash is kept: enough to refuse sending, useless for anything else. One item
   * per address: an address-wide reason, and the sites complained about, side by side.
   */
  async suppress(emailHash: string, reason: SuppressionReason, at: string, siteId?: string): Promise<void> {
    const perSite = siteId !== undefined;
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall({ pk: `SUP#${emailHash}`, sk: 'SUP' }),
        UpdateExpression: perSite
          ? 'ADD complaintSites :site SET #at = :at'
          : 'SET reason = :reason, #at = :at',
        ExpressionAttributeNames: { '#at': 'at' },
        ExpressionAttributeValues: marshall(
          perSite ? { ':site': new Set([siteId]), ':at': at } : { ':reason': reason, ':at': at },
        ),
      }),
    );
  }

  async #queryAll(input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName'>) {
    const items: Record<string, unknown>[] = [];
    let ExclusiveStartKey: Record<string, never> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({ ...input, TableName: this.tableName, ExclusiveStartKey }),
      );
      items.push(...(page.Items ?? []).map((item) => unmarshall(item)));
      ExclusiveStartKey = page.LastEvaluatedKey as Record<string, never> | undefined;
    } while (ExclusiveStartKey);
    return items;
  }

  #nowSeconds() {
    return Math.floor(this.#clock.now().getTime() / 1000);
  }

  /** DynamoDB removes expired items lazily (and dynalite never): reads must not see them. */
  #isLive(feedback: Pick<Feedback, 'expiresAt'>) {
    return feedback.expiresAt === undefined || feedback.expiresAt > this.#nowSeconds();
  }
}
