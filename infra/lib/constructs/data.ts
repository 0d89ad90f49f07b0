import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { tableDefinition } from '../../../functions/adapters/dynamodb/table.ts';

/** Every key in Earshot's table is a string; see functions/adapters/dynamodb/table.ts. */
const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

/**
 * The single table, built from the same definition the local runner gives dynalite, so keys and
 * indexes cannot drift between a laptop and AWS. It holds customers' feedback: it survives a
 * stack deletion, cannot be deleted by accident and can be restored to any second of 35 days.
 */
export class Data extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: stringKey(tableDefinition.partitionKey),
      sortKey: stringKey(tableDefinition.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      timeToLiveAttribute: tableDefinition.timeToLiveAttribute,
      // Dispatch compares old and new images to see what changed (e.g. newly resolved).
      stream: StreamViewType.NEW_AND_OLD_IMAGES,
    });
    for (const index of tableDefinition.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
      });
    }
  }
}
