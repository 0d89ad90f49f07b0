import { Duration } from 'aws-cdk-lib';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { Mailer, ServiceAccess } from '../service-access.ts';
import { EarshotFunction } from './earshot-function.ts';

export interface SchedulesProps {
  readonly access: ServiceAccess;
  readonly mailer: Mailer;
  readonly entry: string;
  /** Events EventBridge could not deliver and invocations that failed after retries. */
  readonly failures: IQueue;
}

/** What the sweep function is asked to do; it receives `{ "task": ... }` as its event. */
export type SweepTask = 'sweep' | 'digest';

/**
 * Time-driven work. A sweep every minute over the due index (escalations, check-ins, email
 * retries, closing unanswered check-ins) instead of one schedule per feedback: nothing to clean
 * up on erase, and two overlapping sweeps are harmless because every step is a conditional
 * write. The weekly digest runs on Monday morning.
 */
export class Schedules extends Construct {
  readonly function: EarshotFunction;

  constructor(scope: Construct, id: string, props: SchedulesProps) {
    super(scope, id);
    this.function = new EarshotFunction(this, 'Function', {
      entry: props.entry,
      description: 'Earshot: escalations, check-ins, email retries and the weekly digest',
      memorySize: 512,
      // Below the one-minute rate, so a slow sweep rarely overlaps the next one.
      timeout: Duration.seconds(55),
      // After Lambda's own two retries; a retried sweep overlapping a newer one is harmless.
      onFailure: new SqsDestination(props.failures),
    });
    props.access.connect(this.function, { tokenSecret: true, mailer: props.mailer });

    this.#schedule('Sweep', Schedule.rate(Duration.minutes(1)), 'sweep', Duration.minutes(5), props.failures);
    // 06:00 UTC is 07:00 or 08:00 in the Nordics: the digest is waiting when owners start the week.
    this.#schedule(
      'WeeklyDigest',
      Schedule.cron({ weekDay: 'MON', hour: '6', minute: '0' }),
      'digest',
      Duration.hours(6),
      props.failures,
    );
  }

  #schedule(id: string, schedule: Schedule, task: SweepTask, maxEventAge: Duration, dlq: IQueue): void {
    new Rule(this, id, {
      description: `Earshot: ${task}`,
      schedule,
      targets: [
        new LambdaFunction(this.function, {
          event: RuleTargetInput.fromObject({ task }),
          retryAttempts: 4,
          maxEventAge,
          deadLetterQueue: dlq,
        }),
      ],
    });
  }
}
