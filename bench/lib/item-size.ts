import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { tableDefinition } from '../../functions/adapters/dynamodb/table.ts';

/**
 * An item's size as DynamoDB bills storage: attribute names plus values, UTF-8 for strings,
 * about one byte per two digits of a number, 3 bytes plus one per element for lists and maps.
 */
export function itemSize(item: Record<string, AttributeValue>): number {
  return Object.entries(item).reduce(
    (sum, [name, value]) => sum + Buffer.byteLength(name) + valueSize(value),
    0,
  );
}

function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return Buffer.byteLength(value.S);
  if (value.N !== undefined) return numberSize(value.N);
  if (value.B !== undefined) return value.B.length;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS) return value.SS.reduce((sum, s) => sum + Buffer.byteLength(s), 0);
  if (value.NS) return value.NS.reduce((sum, n) => sum + numberSize(n), 0);
  if (value.L) return 3 + value.L.reduce((sum, element) => sum + 1 + valueSize(element), 0);
  if (value.M) {
    return (
      3 +
      Object.entries(value.M).reduce(
        (sum, [name, element]) => sum + 1 + Buffer.byteLength(name) + valueSize(element),
        0,
      )
    );
  }
  return 0;
}

function numberSize(n: string): number {
  const digits = n.replace(/^-/, '').replace('.', '').replace(/^0+/, '').replace(/e.*$/i, '');
  return Math.ceil(Math.max(1, digits.length) / 2) + 1;
}

/** Per item, DynamoDB adds 100 bytes of overhead in the table and in each index that holds it. */
export const ITEM_OVERHEAD = 100;

/**
 * Bytes billed for an item: its copy in the table plus the copy each index holds of it (an index
 * covers the item only when the item has the index's keys), each with its overhead. What an index
 * copies follows its projection in the shared table definition.
 */
export function billedBytes(item: Record<string, AttributeValue>): number {
  const tableKeys = [tableDefinition.partitionKey, tableDefinition.sortKey];
  const copies = tableDefinition.indexes
    .filter((index) => item[index.partitionKey] !== undefined && item[index.sortKey] !== undefined)
    .map(({ partitionKey, sortKey, projection }) => {
      if (projection.type === 'ALL') return item;
      const kept = [
        ...tableKeys,
        partitionKey,
        sortKey,
        ...(projection.type === 'INCLUDE' ? projection.attributes : []),
      ];
      return Object.fromEntries(Object.entries(item).filter(([name]) => kept.includes(name)));
    });
  return [item, ...copies].reduce((sum, copy) => sum + itemSize(copy) + ITEM_OVERHEAD, 0);
}
