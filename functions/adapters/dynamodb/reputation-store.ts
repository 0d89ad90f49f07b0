import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type {
  BreakerState,
  ReputationEvent,
  ReputationStore,
  ReputationWindow,
} from '../../domain/reputation.ts';

/** Hourly buckets outlive any window an operator may configure (at most 14 days). */
const KEEP_SECONDS = 15 * 86_400;

/**
 * `REP#<siteId>`: one item per hour (`H#2026-11-25T10`) with sent/bounces/complaints, and one
 * `STATE` item for the breaker. An hour's counts are one ADD each: no read before the write.
 */
export class DynamoDbReputationStore implements ReputationStore {
  readonly #client: DynamoDBClient;
  readonly #tableName: string;

  constructor(options: { client: DynamoDBClient; tableName: string }) {
    this.#client = options.client;
    this.#tableName = options.tableName;
  }

  async record(siteId: string, event: ReputationEvent, at: Date): Promise<void> {
    await this.#client.send(
      new UpdateItemCommand({
        TableName: this.#tableName,
        Key: marshall({ pk: `REP#${siteId}`, sk: `H#${at.toISOString().slice(0, 13)}` }),
        UpdateExpression: 'ADD #event :one SET expiresAt = :exp',
        ExpressionAttributeNames: { '#event': event },
        ExpressionAttributeValues: marshall({
          ':one': 1,
          ':exp': Math.floor(at.getTime() / 1000) + KEEP_SECONDS,
        }),
      }),
    );
  }

  async window(siteId: string, from: Date, to: Date): Promise<ReputationWindow> {
    const { Items = [] } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: marshall({
          ':pk': `REP#${siteId}`,
          ':from': `H#${from.toISOString().slice(0, 13)}`,
          ':to': `H#${to.toISOString().slice(0, 13)}`,
        }),
        ConsistentRead: true,
      }),
    );
    const total: ReputationWindow = { sent: 0, bounces: 0, complaints: 0 };
    for (const item of Items.map((raw) => unmarshall(raw))) {
      total.sent += Number(item.sent ?? 0);
      total.bounces += Number(item.bounces ?? 0);
      total.complaints += Number(item.complaints ?? 0);
    }
    return total;
  }

  async state(siteId: string): Promise<BreakerState> {
    const { Item } = await this.#client.send(
      new GetItemCommand({
        TableName: this.#tableName,
        Key: marshall({ pk: `REP#${siteId}`, sk: 'STATE' }),
        ConsistentRead: true,
      }),
    );
    if (!Item) return { state: 'closed' };
    const { pk: _pk, sk: _sk, ...state } = unmarshall(Item);
    return state as BreakerState;
  }

  async trip(siteId: string, state: BreakerState & { state: 'tripped' }): Promise<boolean> {
    try {
      await this.#client.send(
        new UpdateItemCommand({
          TableName: this.#tableName,
          Key: marshall({ pk: `REP#${siteId}`, sk: 'STATE' }),
          UpdateExpression: 'SET #state = :tripped, trippedAt = :at, bounceRate = :b, complaintRate = :c',
          ConditionExpression: 'attribute_not_exists(#state) OR #state <> :tripped',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: marshall({
            ':tripped': 'tripped',
            ':at': state.trippedAt,
            ':b': state.bounceRate ?? 0,
            ':c': state.complaintRate ?? 0,
          }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async resume(siteId: string, at: string): Promise<void> {
    await this.#client.send(
      new UpdateItemCommand({
        TableName: this.#tableName,
        Key: marshall({ pk: `REP#${siteId}`, sk: 'STATE' }),
        UpdateExpression: 'SET #state = :closed, resumedAt = :at',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: marshall({ ':closed': 'closed', ':at': at }),
      }),
    );
  }
}
