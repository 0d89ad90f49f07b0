import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { TargetSwitches } from '../../domain/notify/ports.ts';

const key = (siteId: string, targetId: string) => ({
  pk: `NOTIFYOFF#${siteId}#${targetId}`,
  sk: 'NOTIFYOFF',
});

/**
 * Notify targets turned off after a 410, one small item each in the single table. Turning off is
 * a conditional put, so of two dispatchers that both saw the 410, one tells the owner.
 */
export class DynamoDbTargetSwitches implements TargetSwitches {
  readonly #client: DynamoDBClient;
  readonly #tableName: string;

  constructor(options: { tableName: string; client: DynamoDBClient }) {
    this.#client = options.client;
    this.#tableName = options.tableName;
  }

  async isOff(siteId: string, targetId: string): Promise<boolean> {
    const { Item } = await this.#client.send(
      new GetItemCommand({
        TableName: this.#tableName,
        Key: marshall(key(siteId, targetId)),
        ConsistentRead: true,
      }),
    );
    return Item !== undefined;
  }

  async turnOff(siteId: string, targetId: string, at: string, reason: string): Promise<boolean> {
    try {
      await this.#client.send(
        new PutItemCommand({
          TableName: this.#tableName,
          Item: marshall({ ...key(siteId, targetId), at, reason }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
