import { type DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { DueMoment } from '../../domain/schedule.ts';
import { shardOf } from './shard.ts';

/**
 * The `byDue` index, written in shards: `DUE#0` … `DUE#15`, chosen by a hash of the id. One
 * constant partition took every scheduling write of every site (about 1,000 a second in a storm,
 * the limit of one partition); sixteen take sixteen times that, and every read asks all of them.
 *
 * The sort key orders work by how pressing it is. Work already due when written sorts as
 * `<priority>#<time>`, so one query per shard returns it most pressing first; work due later
 * (a timer, a retry's backoff) sorts as `9#<time>#<priority>`, by time, until its time comes.
 * Key schema and projection are those of the unsharded index, so a deployed table needs no new
 * index; items written before sharding (`DUE`, a bare time) are still read, from their partition.
 */
export const DUE_SHARDS = 16;
const LATER = '9';
const LEGACY_PARTITION = 'DUE';

export interface DueEntry extends DueMoment {
  /** The item's partition key, e.g. `FB#<id>` or `INC#<id>`. */
  pk: string;
}

export function dueShard(id: string): number {
  return shardOf(id, DUE_SHARDS);
}

/** The index keys for an item whose next attention is `due`, as seen at `now`. */
export function dueKeys(id: string, due: DueMoment, now: Date): { duePk: string; dueAt: string } {
  const dueAt =
    Date.parse(due.at) <= now.getTime() ? `${due.priority}#${due.at}` : `${LATER}#${due.at}#${due.priority}`;
  return { duePk: `DUE#${dueShard(id)}`, dueAt };
}

/** Reads back what `dueKeys` wrote (and the bare time of an item from before sharding). */
export function parseDueSort(dueAt: string): DueMoment {
  const parts = dueAt.split('#');
  if (parts.length === 1) return { at: dueAt, priority: 1 };
  if (parts[0] === LATER)
    return { at: parts[1] ?? '', priority: Number(parts[2] ?? 1) as DueMoment['priority'] };
  return { at: parts[1] ?? '', priority: Number(parts[0]) as DueMoment['priority'] };
}

/**
 * Everything due at `now`, most pressing first, then oldest first: from each shard what was
 * already due when written and what has come due since, plus the pre-sharding partition.
 */
export async function queryDue(
  client: DynamoDBClient,
  tableName: string,
  now: Date,
  limit: number,
): Promise<DueEntry[]> {
  const time = now.toISOString();
  const query = async (duePk: string, condition: string, values: Record<string, string>) => {
    const { Items = [] } = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'byDue',
        KeyConditionExpression: `duePk = :pk AND ${condition}`,
        ExpressionAttributeValues: marshall({ ':pk': duePk, ...values }),
        Limit: limit,
      }),
    );
    return Items.map((item) => {
      const { pk, dueAt } = unmarshall(item) as { pk: string; dueAt: string };
      return { pk, ...parseDueSort(dueAt) };
    });
  };
  const shards = Array.from({ length: DUE_SHARDS }, (_, shard) => `DUE#${shard}`);
  const pages = await Promise.all([
    ...shards.map((pk) => query(pk, 'dueAt < :later', { ':later': LATER })),
    ...shards.map((pk) =>
      query(pk, 'dueAt BETWEEN :from AND :to', { ':from': `${LATER}#`, ':to': `${LATER}#${time}#9` }),
    ),
    query(LEGACY_PARTITION, 'dueAt <= :now', { ':now': time }),
  ]);
  return pages
    .flat()
    .filter((entry) => entry.at <= time)
    .sort((a, b) => a.priority - b.priority || a.at.localeCompare(b.at))
    .slice(0, limit);
}
