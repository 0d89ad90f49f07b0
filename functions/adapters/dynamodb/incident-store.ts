import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  type QueryCommandInput,
  ScanCommand,
  type ScanCommandInput,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { ConflictError } from '../../domain/errors.ts';
import type { Incident, IncidentAnswer, IncidentMember } from '../../domain/incident.ts';
import { incidentNextDue } from '../../domain/incident-events.ts';
import type { IncidentStore } from '../../domain/incident-ports.ts';
import type { Report } from '../../domain/incident-similarity.ts';
import type { Clock } from '../../domain/ports.ts';
import { dueKeys } from './due-index.ts';
import { querySite } from './site-index.ts';
import { keyAttributes } from './table.ts';

type Item = Record<string, unknown>;

/**
 * Incidents in the single table. The incident item (`INC#<id>` / `INC`) stays small and is written
 * only when the incident itself changes; each member (`M#<feedbackId>`) and each answer
 * (`A#<n>`) is an item of its own under the same partition, so a storm of any size adds items,
 * never bytes to one item, and members joining never contend for one record.
 */
export class DynamoDbIncidentStore implements IncidentStore {
  readonly #client: DynamoDBClient;
  readonly #table: string;
  readonly #clock: Clock;

  constructor(options: { tableName: string; client: DynamoDBClient; clock: Clock }) {
    this.#client = options.client;
    this.#table = options.tableName;
    this.#clock = options.clock;
  }

  #item(incident: Incident): Item {
    const due = incidentNextDue(incident);
    return {
      ...incident,
      pk: `INC#${incident.id}`,
      sk: 'INC',
      // Apart from the site's feedback (`SITE#`), so reading a site's cases never reads these.
      sitePk: `INCS#${incident.siteId}`,
      siteSk: `${incident.openedAt}#${incident.id}`,
      ...(due ? dueKeys(incident.id, due, this.#clock.now()) : {}),
    };
  }

  async get(id: string): Promise<Incident | undefined> {
    const { Item } = await this.#client.send(
      new GetItemCommand({
        TableName: this.#table,
        Key: marshall({ pk: `INC#${id}`, sk: 'INC' }),
        ConsistentRead: true,
      }),
    );
    return Item ? this.#live(strip(unmarshall(Item)) as unknown as Incident) : undefined;
  }

  async create(incident: Incident): Promise<void> {
    try {
      await this.#put(this.#item(incident), 'attribute_not_exists(pk)');
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async save(incident: Incident): Promise<void> {
    try {
      await this.#put(this.#item(incident), 'version = :expected', { ':expected': incident.version - 1 });
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
        throw new ConflictError(`Incident ${incident.id} changed since it was read.`, { cause: error });
      throw error;
    }
  }

  async open(siteId: string): Promise<Incident[]> {
    return (await this.list({ siteId })).filter((incident) => incident.status === 'open');
  }

  async list(filter: { siteId?: string; since?: Date } = {}): Promise<Incident[]> {
    const items = filter.siteId
      ? await this.#query({
          IndexName: 'bySite',
          KeyConditionExpression: 'sitePk = :pk',
          ExpressionAttributeValues: marshall({ ':pk': `INCS#${filter.siteId}` }),
          ScanIndexForward: false,
        })
      : await this.#scan({
          FilterExpression: 'sk = :inc',
          ExpressionAttributeValues: marshall({ ':inc': 'INC' }),
        });
    const since = filter.since?.toISOString() ?? '';
    return items
      .map((item) => strip(item) as unknown as Incident)
      .filter((incident) => this.#live(incident) && incident.openedAt >= since)
      .sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  }

  async recentReports(siteId: string, since: Date): Promise<Report[]> {
    // Every shard of the site's partition (site-index.ts), each read to its end side by side:
    // one query per shard, no cursor pages. The index holds just these fields.
    const { items } = await querySite(this.#client, this.#table, siteId, {
      since: since.toISOString(),
      projection: {
        ProjectionExpression:
          'id, createdAt, pageUrl, category, message, rating, #status, firstRespondedAt, incident, expiresAt',
        ExpressionAttributeNames: { '#status': 'status' },
      },
    });
    return items
      .filter((item) => this.#live(item as { expiresAt?: number }))
      .map(({ pk: _pk, siteSk: _siteSk, ...report }) => report) as unknown as Report[];
  }

  /**
   * The first write stands: a report handled in the same round as the opening is written by both,
   * and a second write must neither move its `joinedAt` nor bring back an excerpt erased between.
   */
  async addMember(member: IncidentMember): Promise<void> {
    try {
      await this.#put(memberItem(member), 'attribute_not_exists(pk)');
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async members(
    incidentId: string,
    page: { after?: string; limit?: number } = {},
  ): Promise<IncidentMember[]> {
    const { Items = [] } = await this.#client.send(
      new QueryCommand({
        TableName: this.#table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :m)',
        ExpressionAttributeValues: marshall({ ':pk': `INC#${incidentId}`, ':m': 'M#' }),
        ...(page.after
          ? { ExclusiveStartKey: marshall({ pk: `INC#${incidentId}`, sk: `M#${page.after}` }) }
          : {}),
        Limit: page.limit ?? 100,
        ConsistentRead: true,
      }),
    );
    return Items.map((item) => strip(unmarshall(item)) as unknown as IncidentMember).filter((member) =>
      this.#live(member),
    );
  }

  async separate(incidentId: string, feedbackId: string, at: string): Promise<void> {
    const { Item } = await this.#client.send(
      new GetItemCommand({
        TableName: this.#table,
        Key: marshall({ pk: `INC#${incidentId}`, sk: `M#${feedbackId}` }),
        ConsistentRead: true,
      }),
    );
    if (Item)
      await this.#put(
        memberItem({ ...(strip(unmarshall(Item)) as unknown as IncidentMember), separatedAt: at }),
      );
  }

  async putAnswer(answer: IncidentAnswer): Promise<void> {
    await this.#put({
      ...answer,
      pk: `INC#${answer.incidentId}`,
      sk: `A#${String(answer.n).padStart(4, '0')}`,
    });
  }

  async answer(incidentId: string, n: number): Promise<IncidentAnswer | undefined> {
    const { Item } = await this.#client.send(
      new GetItemCommand({
        TableName: this.#table,
        Key: marshall({ pk: `INC#${incidentId}`, sk: `A#${String(n).padStart(4, '0')}` }),
        ConsistentRead: true,
      }),
    );
    return Item ? (strip(unmarshall(Item)) as unknown as IncidentAnswer) : undefined;
  }

  async lease(name: string, now: Date, forMs: number): Promise<boolean> {
    try {
      await this.#put(
        {
          pk: `LEASE#${name}`,
          sk: 'LEASE',
          until: now.getTime() + forMs,
          expiresAt: Math.floor((now.getTime() + forMs) / 1000) + 3600,
        },
        'attribute_not_exists(pk) OR #until < :now',
        { ':now': now.getTime() },
        { '#until': 'until' },
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** Ends the lease by letting it lapse now: no function is granted DeleteItem (least privilege). */
  async release(name: string): Promise<void> {
    await this.#put({
      pk: `LEASE#${name}`,
      sk: 'LEASE',
      until: 0,
      expiresAt: Math.floor(Date.now() / 1000) + 3600,
    });
  }

  async #put(item: Item, condition?: string, values?: Item, names?: Record<string, string>) {
    await this.#client.send(
      new PutItemCommand({
        TableName: this.#table,
        Item: marshall(item, { removeUndefinedValues: true }),
        ...(condition ? { ConditionExpression: condition } : {}),
        ...(values ? { ExpressionAttributeValues: marshall(values) } : {}),
        ...(names ? { ExpressionAttributeNames: names } : {}),
      }),
    );
  }

  async #query(input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    const items: Item[] = [];
    let ExclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
    do {
      const page = await this.#client.send(
        new QueryCommand({ ...input, TableName: this.#table, ExclusiveStartKey }),
      );
      items.push(...(page.Items ?? []).map((item) => unmarshall(item)));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }

  async #scan(input: Omit<ScanCommandInput, 'TableName'>): Promise<Item[]> {
    const items: Item[] = [];
    let ExclusiveStartKey: ScanCommandInput['ExclusiveStartKey'];
    do {
      const page = await this.#client.send(
        new ScanCommand({ ...input, TableName: this.#table, ExclusiveStartKey }),
      );
      items.push(...(page.Items ?? []).map((item) => unmarshall(item)));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }

  #live<T extends { expiresAt?: number }>(record: T): T | undefined {
    const now = Math.floor(this.#clock.now().getTime() / 1000);
    return record.expiresAt === undefined || record.expiresAt > now ? record : undefined;
  }
}

function strip(item: Item): Item {
  const record = { ...item };
  for (const key of keyAttributes) delete record[key];
  return record;
}

function memberItem(member: IncidentMember): Item {
  return { ...member, pk: `INC#${member.incidentId}`, sk: `M#${member.feedbackId}` };
}
