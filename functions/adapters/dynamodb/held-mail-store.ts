import { type DynamoDBClient, GetItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { HeldMail, HeldPool } from '../../domain/held-mail.ts';

/** Keep a held list long after its hour: the owner may release it days later. */
const KEEP_SECONDS = 14 * 86_400;

/** One item per site and pool, `HELD#<siteId>#<pool>`, with the held feedback ids as a string set. */
export class DynamoDbHeldMail implements HeldMail {
  readonly #client: DynamoDBClient;
  readonly #tableName: string;

  constructor(options: { client: DynamoDBClient; tableName: string }) {
    this.#client = options.client;
    this.#tableName = options.tableName;
  }

  #key(siteId: string, pool: HeldPool) {
    return marshall({ pk: `HELD#${siteId}#${pool}`, sk: 'HELD' });
  }

  async hold(siteId: string, pool: HeldPool, feedbackId: string): Promise<void> {
    await this.#client.send(
      new UpdateItemCommand({
        TableName: this.#tableName,
        Key: this.#key(siteId, pool),
        UpdateExpression: 'ADD ids :id SET expiresAt = :exp',
        ExpressionAttributeValues: marshall({
          ':id': new Set([feedbackId]),
          ':exp': Math.floor(Date.now() / 1000) + KEEP_SECONDS, // wall clock: DynamoDB's TTL is one
        }),
      }),
    );
  }

  async list(siteId: string, pool: HeldPool): Promise<string[]> {
    const { Item } = await this.#client.send(
      new GetItemCommand({ TableName: this.#tableName, Key: this.#key(siteId, pool), ConsistentRead: true }),
    );
    const ids = Item ? (unmarshall(Item).ids as Set<string> | undefined) : undefined;
    return [...(ids ?? [])].sort();
  }

  async forget(siteId: string, pool: HeldPool, feedbackIds: string[]): Promise<void> {
    if (feedbackIds.length === 0) return;
    await this.#client.send(
      new UpdateItemCommand({
        TableName: this.#tableName,
        Key: this.#key(siteId, pool),
        UpdateExpression: 'DELETE ids :ids',
        ExpressionAttributeValues: marshall({ ':ids': new Set(feedbackIds) }),
      }),
    );
  }
}
