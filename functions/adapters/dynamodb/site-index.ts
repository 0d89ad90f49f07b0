import {
  BatchGetItemCommand,
  type DynamoDBClient,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { shardOf } from './shard.ts';

/**
 * A site's feedback, newest first, from the `bySiteShard` index, written in shards:
 * `SITE#<siteId>#0` … `#7`, chosen by a hash of the id. One partition per site took every
 * feedback write of that site (about 1,000 write units a second, the limit of one index
 * partition); eight take eight times that, and every read asks all of them and merges them newest
 * first. Feedback written before sharding sits in the old `bySite` index under `SITE#<siteId>`
 * until its next write moves it; that partition is read too. A new index rather than new keys in
 * the old one: DynamoDB cannot change a deployed index's projection, only add one.
 *
 * The index copies only what its readers filter on (`siteAttributes`, table.ts): what incident
 * detection compares, and the digest's filter. The dispatcher's many writes per feedback (claim,
 * send, settle) change none of them, so they no longer write to a site index at all. The CLI
 * list and the digest read the records themselves by key.
 */
export const SITE_SHARDS = 8;

export function siteKeys(
  siteId: string,
  id: string,
  createdAt: string,
): { siteShardPk: string; siteSk: string } {
  return { siteShardPk: `SITE#${siteId}#${shardOf(id, SITE_SHARDS)}`, siteSk: `${createdAt}#${id}` };
}

interface Partition {
  index: 'bySiteShard' | 'bySite';
  key: 'siteShardPk' | 'sitePk';
  value: string;
}

const partitions = (siteId: string): Partition[] => [
  ...Array.from({ length: SITE_SHARDS }, (_, shard) => ({
    index: 'bySiteShard' as const,
    key: 'siteShardPk' as const,
    value: `SITE#${siteId}#${shard}`,
  })),
  { index: 'bySite', key: 'sitePk', value: `SITE#${siteId}` },
];

type Item = Record<string, unknown>;

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface SiteQuery {
  /** Only items created at or after this time (ISO). */
  since?: string;
  /** The cursor of the page before: only items older than it. */
  after?: string;
  /** At most this many items; without it, all of them. */
  limit?: number;
  /** A filter on projected attributes, applied by DynamoDB to each partition's reads. */
  filter?: Pick<QueryCommandInput, 'FilterExpression' | 'ExpressionAttributeNames'> & {
    values?: Record<string, unknown>;
  };
  projection?: Pick<QueryCommandInput, 'ProjectionExpression' | 'ExpressionAttributeNames'>;
}

export interface SitePage {
  /** Newest first, as the index holds them (keys included). */
  items: Item[];
  /** Where the next page starts (the last item's sort key), when there may be more. */
  cursor?: string;
}

/**
 * One page of a site's feedback, newest first, merged from every shard. The cursor is the sort
 * key of the last item returned (`<createdAt>#<id>`, unique), so the next page asks each shard for
 * what sorts below it: no per-shard state to carry, and nothing skipped or repeated.
 */
export async function querySite(
  client: DynamoDBClient,
  tableName: string,
  siteId: string,
  query: SiteQuery = {},
): Promise<SitePage> {
  const reads = await Promise.all(
    partitions(siteId).map((partition) => readPartition(client, tableName, partition, query)),
  );
  const seen = new Set<string>();
  // An item moving from the old partition to its shard may briefly show in both.
  const merged = reads
    .flatMap((read) => read.items)
    // Byte order, as DynamoDB sorts keys: the cursor's `<` must mean the same in the merge.
    .sort((a, b) => byteOrder(String(b.siteSk), String(a.siteSk)))
    .filter((item) => !seen.has(String(item.pk)) && seen.add(String(item.pk)));
  const { limit } = query;
  if (limit === undefined) return { items: merged };
  const items = merged.slice(0, limit);
  const more = merged.length > limit || reads.some((read) => read.more);
  const last = items.at(-1);
  return more && last ? { items, cursor: String(last.siteSk) } : { items };
}

/** Every item of a site (or those matching `query`), page by page through the cursor. */
export async function querySiteAll(
  client: DynamoDBClient,
  tableName: string,
  siteId: string,
  query: Omit<SiteQuery, 'after' | 'limit'> = {},
  pageSize = 200,
): Promise<Item[]> {
  const items: Item[] = [];
  let after: string | undefined;
  do {
    const page = await querySite(client, tableName, siteId, { ...query, after, limit: pageSize });
    items.push(...page.items);
    after = page.cursor;
  } while (after);
  return items;
}

async function readPartition(
  client: DynamoDBClient,
  tableName: string,
  partition: Partition,
  { since, after, limit, filter, projection }: SiteQuery,
): Promise<{ items: Item[]; more: boolean }> {
  const range =
    since && after
      ? ' AND siteSk BETWEEN :since AND :after'
      : since
        ? ' AND siteSk >= :since'
        : after
          ? ' AND siteSk < :after'
          : '';
  const names = { ...filter?.ExpressionAttributeNames, ...projection?.ExpressionAttributeNames };
  const items: Item[] = [];
  let ExclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
  do {
    const page = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: partition.index,
        KeyConditionExpression: `${partition.key} = :pk${range}`,
        ExpressionAttributeValues: marshall({
          ':pk': partition.value,
          ...(since ? { ':since': since } : {}),
          ...(after ? { ':after': after } : {}),
          ...filter?.values,
        }),
        ...(filter?.FilterExpression ? { FilterExpression: filter.FilterExpression } : {}),
        // The merge needs each item's key and sort key, whatever the caller asked for.
        ...(projection?.ProjectionExpression
          ? { ProjectionExpression: `${projection.ProjectionExpression}, pk, siteSk` }
          : {}),
        ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
        ScanIndexForward: false,
        ...(limit ? { Limit: limit } : {}),
        ExclusiveStartKey,
      }),
    );
    // BETWEEN includes its upper end: the cursor's own item was on the page before.
    items.push(...(page.Items ?? []).map((raw) => unmarshall(raw)).filter((item) => item.siteSk !== after));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey && (limit === undefined || items.length < limit));
  return {
    items: limit ? items.slice(0, limit) : items,
    more: ExclusiveStartKey !== undefined || items.length > (limit ?? Infinity),
  };
}

/** The items behind index entries, by key, in the order asked for (missing ones left out). */
export async function getByKeys(
  client: DynamoDBClient,
  tableName: string,
  keys: { pk: string; sk: string }[],
): Promise<Item[]> {
  const found = new Map<string, Item>();
  for (let start = 0; start < keys.length; start += 100) {
    let pending = keys.slice(start, start + 100).map((key) => marshall(key));
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      const { Responses, UnprocessedKeys } = await client.send(
        new BatchGetItemCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } }),
      );
      for (const raw of Responses?.[tableName] ?? []) {
        const item = unmarshall(raw);
        found.set(`${item.pk}\n${item.sk}`, item);
      }
      pending = UnprocessedKeys?.[tableName]?.Keys ?? [];
      // Unprocessed keys mean throttling: wait a little longer each time before asking again.
      if (pending.length)
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
    }
  }
  return keys.flatMap((key) => {
    const item = found.get(`${key.pk}\n${key.sk}`);
    return item ? [item] : [];
  });
}
