import { CfnOutput, RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  type ITable,
  ProjectionType,
  StreamViewType,
  Table,
} from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { tableDefinition } from '../../../functions/adapters/dynamodb/table.ts';

/** Every key in Earshot's table is a string; see functions/adapters/dynamodb/table.ts. */
const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

export interface DataProps {
  /** A table kept from an earlier deployment, reattached instead of creating a new one. */
  readonly existing?: { readonly tableName: string; readonly tableStreamArn: string };
}

/**
 * The single table, built from the same definition the local runner gives dynalite, so keys and
 * indexes cannot drift between a laptop and AWS. It holds customers' feedback: it survives a
 * stack deletion, cannot be deleted by accident and can be restored to any second of 35 days.
 */
export class Data extends Construct {
  readonly table: ITable;

  constructor(scope: Construct, id: string, props: DataProps = {}) {
    super(scope, id);
    this.table = props.existing
      ? Table.fromTableAttributes(this, 'Table', props.existing)
      : Data.#createTable(this);
    new CfnOutput(this, 'TableName', {
      key: 'TableName',
      description: 'Keep for reattaching after a teardown',
      value: this.table.tableName,
    });
    if (this.table.tableStreamArn) {
      new CfnOutput(this, 'TableStreamArn', {
        key: 'TableStreamArn',
        description: 'Keep for reattaching after a teardown',
        value: this.table.tableStreamArn,
      });
    }
  }

  static #createTable(scope: Construct): Table {
    const table = new Table(scope, 'Table', {
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
      table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
        projectionType: ProjectionType[index.projection.type],
        ...(index.projection.type === 'INCLUDE'
          ? { nonKeyAttributes: [...index.projection.attributes] }
          : {}),
      });
    }
    return table;
  }
}
