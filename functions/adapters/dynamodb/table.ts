import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The one definition of Earshot's single table: the CDK stack deploys it and the local runner
 * creates it in dynalite from the same data, so keys and indexes cannot drift apart.
 * Access patterns and item shapes are described in docs/data-model.md.
 */
/**
 * What the staff alert shows of a customer's earlier feedback (and `expiresAt`, to leave out the
 * expired): all the `byCustomer` index copies of each record.
 */
export const historyAttributes = [
  'id',
  'createdAt',
  'rating',
  'status',
  'outcome',
  'message',
  'expiresAt',
] as const;

/**
 * What `bySiteShard` copies of each record: what incident detection compares (`recentReports`) and what
 * the digest filters on. None of it changes when the dispatcher claims, sends or settles an email,
 * so those writes leave the index alone; the CLI list and the digest read whole records by key.
 */
export const siteAttributes = [
  'id',
  'createdAt',
  'pageUrl',
  'category',
  'message',
  'rating',
  'status',
  'firstRespondedAt',
  'incident',
  'expiresAt',
] as const;

/**
 * An index holds a copy of every item it covers, written again whenever that copy changes, so
 * each copies only what its queries read. `byDue` is read for keys alone: with `KEYS_ONLY` a write
 * that leaves `dueAt` as it is writes nothing to it, and one that moves it writes only the keys.
 */
type Projection =
  | { type: 'ALL' }
  | { type: 'KEYS_ONLY' }
  | { type: 'INCLUDE'; attributes: readonly string[] };

export const tableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; DynamoDB deletes lazily, so reads filter expired items too. */
  timeToLiveAttribute: 'expiresAt',
  indexes: [
    /**
     * Before write sharding, a site's feedback (SITE#<siteId>), read until each record's next
     * write moves it to `bySiteShard`; and a site's incidents (INCS#<siteId>). Kept exactly as it
     * was: DynamoDB cannot change a deployed index's keys or projection, only add or drop one.
     */
    {
      indexName: 'bySite',
      partitionKey: 'sitePk',
      sortKey: 'siteSk',
      projection: { type: 'ALL' } as Projection,
    },
    /**
     * A site's feedback, newest first, in shards: siteShardPk = SITE#<siteId>#<0-7>
     * (site-index.ts), siteSk = <createdAt>#<id>.
     */
    {
      indexName: 'bySiteShard',
      partitionKey: 'siteShardPk',
      sortKey: 'siteSk',
      projection: { type: 'INCLUDE', attributes: siteAttributes } as Projection,
    },
    /** One customer's history on one site: customerPk = CUST#<siteId>#<emailHash>. */
    {
      indexName: 'byCustomer',
      partitionKey: 'customerPk',
      sortKey: 'customerSk',
      projection: { type: 'INCLUDE', attributes: historyAttributes } as Projection,
    },
    /** Sparse: only items with work due (an email to send, an escalation, a check-in). */
    {
      indexName: 'byDue',
      partitionKey: 'duePk',
      sortKey: 'dueAt',
      projection: { type: 'KEYS_ONLY' } as Projection,
    },
  ],
} as const;

/** Every key attribute of the table and its indexes: storage bookkeeping, never part of a record. */
export const keyAttributes: readonly string[] = [
  ...new Set([
    tableDefinition.partitionKey,
    tableDefinition.sortKey,
    ...tableDefinition.indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ]),
];

/** CreateTable input for emulators (dynalite, DynamoDB Local); AWS gets the same shape from CDK. */
export function createTableInput(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keyAttributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: tableDefinition.partitionKey, KeyType: 'HASH' },
      { AttributeName: tableDefinition.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: tableDefinition.indexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection:
        index.projection.type === 'INCLUDE'
          ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.projection.attributes] }
          : { ProjectionType: index.projection.type },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
  };
}
