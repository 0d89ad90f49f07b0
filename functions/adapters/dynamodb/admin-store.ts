import {
  DeleteItemCommand,
  DynamoDBClient,
  type QueryCommandInput,
  ScanCommand,
  type ScanCommandInput,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { DigestSource } from '../../domain/digest.ts';
import type { Feedback } from '../../domain/feedback.ts';
import type { Clock } from '../../domain/ports.ts';
import type { AckCounter, CustomerData, CustomerDataStore, SuppressionEntry } from '../../domain/privacy.ts';
import { assembleThread, readCase, SPILLED } from './case-thread.ts';
import { fromItem } from './feedback-store.ts';
import { getByKeys, querySiteAll } from './site-index.ts';

export interface ListFilter {
  siteId?: string;
  /** Only feedback created at or after this time. */
  since?: Date;
}

type Item = Record<string, unknown>;
type StartKey = QueryCommandInput['ExclusiveStartKey'];

/**
 * The operator's reads and deletions (CLI, digest, data requests), kept apart from the
 * request-path store: these may read a whole site or, for a data request, the whole table.
 */
export class DynamoDbAdminStore implements CustomerDataStore, DigestSource {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly #clock: Clock;

  constructor(options: { tableName: string; client?: DynamoDBClient; clock: Clock }) {
    this.client = options.client ?? new DynamoDBClient({});
    this.tableName = options.tableName;
    this.#clock = options.clock;
  }

  /**
   * Live feedback, newest first: one site through its index (every shard, page by page), or every
   * site by a scan. The index copies only a few fields, so a site's records are then read by key.
   */
  async listFeedback(filter: ListFilter = {}): Promise<Feedback[]> {
    const since = filter.since?.toISOString();
    const items = filter.siteId
      ? await this.#records(await querySiteAll(this.client, this.tableName, filter.siteId, { since }))
      : await this.#scan({
          FilterExpression: since ? 'sk = :fb AND createdAt >= :since' : 'sk = :fb',
          ExpressionAttributeValues: marshall({ ':fb': 'FB', ...(since ? { ':since': since } : {}) }),
        });
    return items
      .map(fromItem)
      .filter((feedback) => this.#isLive(feedback.expiresAt))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  /** The weekly digest: the site's last two weeks, plus anything older still waiting for an answer. */
  async feedbackForDigest(siteId: string, since: Date): Promise<Feedback[]> {
    const entries = await querySiteAll(this.client, this.tableName, siteId, {
      filter: {
        // A query may not filter on its own key (siteSk); createdAt carries the same time.
        FilterExpression: 'createdAt >= :since OR attribute_not_exists(firstRespondedAt)',
        values: { ':since': since.toISOString() },
      },
    });
    return (await this.#records(entries))
      .map(fromItem)
      .filter((feedback) => this.#isLive(feedback.expiresAt));
  }

  /** The case items behind index entries. */
  #records(entries: Item[]): Promise<Item[]> {
    return getByKeys(
      this.client,
      this.tableName,
      entries.map((entry) => ({ pk: String(entry.pk), sk: String(entry.sk) })),
    );
  }

  /**
   * One consistent scan of the whole table. The customer index is per site, and a data request
   * must also find feedback on sites that have since left the config: completeness is worth a
   * scan for something that happens a few times a year.
   */
  async findCustomer(emailHash: string): Promise<CustomerData> {
    const items = await this.#scan({
      FilterExpression: 'emailHash = :hash OR begins_with(pk, :counters) OR pk = :suppression',
      ExpressionAttributeValues: marshall({
        ':hash': emailHash,
        ':counters': `CTR#ack#${emailHash}#`,
        ':suppression': `SUP#${emailHash}`,
      }),
      ConsistentRead: true,
    });
    const data: CustomerData = { feedback: [], counters: [] };
    for (const item of items) {
      const pk = String(item.pk);
      if (pk.startsWith('FB#') && item.sk === 'FB') data.feedback.push(await this.#wholeCase(item));
      else if (pk.startsWith('CTR#')) data.counters.push(toAckCounter(item));
      else if (pk.startsWith('SUP#')) data.suppression = toSuppression(item, emailHash);
    }
    return data;
  }

  /** The case's thread items first, its own item last: an erasure cut short is found again by its hash. */
  async deleteFeedback(id: string): Promise<void> {
    const { entries } = await readCase(this.client, this.tableName, id, { ProjectionExpression: 'pk, sk' });
    for (const entry of entries) await this.#delete({ pk: String(entry.pk), sk: String(entry.sk) });
    await this.#delete({ pk: `FB#${id}`, sk: 'FB' });
  }

  /** A data export holds every word of the thread, including what lives in items of its own. */
  async #wholeCase(item: Item): Promise<Feedback> {
    const feedback = fromItem(item);
    if (!item[SPILLED]) return feedback;
    const { entries } = await readCase(this.client, this.tableName, feedback.id);
    const now = Math.floor(this.#clock.now().getTime() / 1000);
    return { ...feedback, thread: assembleThread(item, entries, now) };
  }

  async deleteIncidentMember(incidentId: string, feedbackId: string): Promise<void> {
    await this.#delete({ pk: `INC#${incidentId}`, sk: `M#${feedbackId}` });
  }

  async deleteCounter(key: string): Promise<void> {
    await this.#delete({ pk: `CTR#${key}`, sk: 'CTR' });
  }

  async reduceSuppressionToHash(emailHash: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall({ pk: `SUP#${emailHash}`, sk: 'SUP' }),
          // Whatever else a suppression entry may carry about the person goes; the hash stays.
          UpdateExpression: 'REMOVE email, #name',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#name': 'name' },
        }),
      );
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }

  async #delete(key: { pk: string; sk: string }) {
    await this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: marshall(key) }));
  }

  async #scan(input: Omit<ScanCommandInput, 'TableName'>): Promise<Item[]> {
    const items: Item[] = [];
    let ExclusiveStartKey: StartKey;
    do {
      const page = await this.client.send(
        new ScanCommand({ ...input, TableName: this.tableName, ExclusiveStartKey }),
      );
      items.push(...(page.Items ?? []).map((item) => unmarshall(item)));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }

  /** DynamoDB removes expired items lazily (dynalite never): reads must not see them. */
  #isLive(expiresAt: unknown): boolean {
    return typeof expiresAt !== 'number' || expiresAt > Math.floor(this.#clock.now().getTime() / 1000);
  }
}

function toAckCounter(item: Item): AckCounter {
  const key = String(item.pk).slice('CTR#'.length);
  const members = item.members;
  return {
    key,
    day: key.split('#').at(-1) ?? '',
    feedbackIds: members instanceof Set ? [...members].map(String).sort() : [],
    expiresAt: Number(item.expiresAt),
  };
}

function toSuppression(item: Item, emailHash: string): SuppressionEntry {
  const { pk: _pk, sk: _sk, ...rest } = item;
  return { ...rest, emailHash };
}
