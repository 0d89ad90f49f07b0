import { Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import type { Mailer, ServiceAccess } from '../service-access.ts';
import { EarshotFunction } from './earshot-function.ts';
import { FailureQueue } from './failure-queue.ts';

export interface DispatchProps {
  readonly table: ITable;
  readonly access: ServiceAccess;
  readonly mailer: Mailer;
  readonly entry: string;
}

/**
 * Table stream → dispatch: staff alerts and acknowledgements go out after the write, outside the
 * request. A record that keeps failing is split off (bisect), retried a bounded number of times
 * and then parked in a queue, so one bad item never blocks the shard behind it. The feedback
 * itself is already stored; the queue message says which stream records to look at.
 */
export class Dispatch extends Construct {
  readonly function: EarshotFunction;
  readonly failures: FailureQueue;

  constructor(scope: Construct, id: string, props: DispatchProps) {
    super(scope, id);
    this.failures = new FailureQueue(this, 'StreamFailures');
    this.function = new EarshotFunction(this, 'Function', {
      entry: props.entry,
      description: 'Earshot: sends staff alerts and acknowledgements from the table stream',
      timeout: Duration.seconds(30),
    });
    props.access.connect(this.function, { tokenSecret: true, mailer: props.mailer });
    this.function.addEventSource(
      new DynamoEventSource(props.table, {
        // From the oldest record: feedback written before the mapping is enabled is not skipped.
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 10,
        bisectBatchOnError: true,
        retryAttempts: 5,
        // Emails that fail are retried by the sweep from the due index; the stream only has to
        // hand each change over once, and a record older than this is a bug to look at.
        maxRecordAge: Duration.hours(1),
        reportBatchItemFailures: true,
        // Only a case or incident with work due carries `dueAt`: thread entries, incident
        // members, counters and leases are written often and never wake the dispatcher.
        filters: [FilterCriteria.filter({ dynamodb: { NewImage: { dueAt: { S: FilterRule.exists() } } } })],
        onFailure: new SqsDlq(this.failures.queue),
      }),
    );
    Validations.of(this.function.role ?? this.function).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams (added by the event source) and X-Ray upload have no resource-level permissions.',
    });
  }
}
