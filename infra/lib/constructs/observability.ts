import { Duration } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { EarshotFunction } from './earshot-function.ts';

export interface ObservabilityProps {
  /** Every function, by a short name used in alarm names and the dashboard. */
  readonly functions: Record<string, EarshotFunction>;
  /** The stream consumer, whose iterator age shows dispatch falling behind. */
  readonly dispatch: EarshotFunction;
  /** The functions that send mail, whose logs say when an email is given up on. */
  readonly senders: EarshotFunction[];
  readonly failureQueues: Record<string, IQueue>;
  readonly api: IHttpApi;
  readonly topicKey: IKey;
  /** Subscribed to the alarm topic when given (the address has to confirm). */
  readonly alarmEmail?: string;
}

const fiveMinutes = Duration.minutes(5);

/**
 * Alarms for what must never happen silently (work parked in a failure queue, function errors
 * and throttles, the API answering 5xx, mail reputation sliding towards an SES review) and one
 * dashboard with the same signals side by side. Logs are JSON from the functions themselves.
 */
export class Observability extends Construct {
  readonly alarmTopic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    this.alarmTopic = new Topic(this, 'AlarmTopic', {
      displayName: 'Earshot alarms',
      masterKey: props.topicKey,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.alarmTopic.addSubscription(new EmailSubscription(props.alarmEmail));

    for (const [name, queue] of Object.entries(props.failureQueues)) {
      this.#alarm(`${name}NotEmpty`, `Earshot: ${name} holds work that ran out of retries`, {
        metric: queue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum' }),
        threshold: 1,
      });
    }
    for (const [name, fn] of Object.entries(props.functions)) {
      this.#alarm(`${name}Errors`, `Earshot: the ${name} function failed`, {
        metric: fn.metricErrors({ period: fiveMinutes, statistic: 'Sum' }),
        threshold: 1,
      });
      this.#alarm(`${name}Throttles`, `Earshot: the ${name} function was throttled`, {
        metric: fn.metricThrottles({ period: fiveMinutes, statistic: 'Sum' }),
        threshold: 1,
      });
    }
    this.#alarm('DispatchBehind', 'Earshot: dispatch is more than five minutes behind the table', {
      metric: props.dispatch.metric('IteratorAge', { period: fiveMinutes, statistic: 'Maximum' }),
      threshold: Duration.minutes(5).toMilliseconds(),
    });
    this.#alarm('Api5xx', 'Earshot: the API answered with a server error', {
      metric: props.api.metricServerError({ period: fiveMinutes, statistic: 'Sum' }),
      threshold: 1,
    });
    // SES reviews an account at a 5 % bounce or 0.1 % complaint rate; warn before it gets there.
    this.#alarm('BounceRate', 'Earshot: SES bounce rate is approaching the 5 % review threshold', {
      metric: sesReputation('Reputation.BounceRate'),
      threshold: 0.04,
    });
    this.#alarm('ComplaintRate', 'Earshot: SES complaint rate is approaching the 0.1 % review threshold', {
      metric: sesReputation('Reputation.ComplaintRate'),
      threshold: 0.0008,
    });

    // The functions log one line per email given up on and per breaker that trips; a metric
    // filter turns each into a count with an alarm, so neither depends on someone reading logs.
    const dead = this.#logMetric(props.senders, 'DeadEmails', [
      'email dead-lettered',
      'emails dead-lettered: site no longer configured',
    ]);
    this.#alarm('DeadEmail', 'Earshot: an email was given up on (earshot list --dead shows which)', {
      metric: dead,
      threshold: 1,
    });
    const breaker = this.#logMetric(props.senders, 'ReputationBreakerTripped', [
      'reputation breaker tripped',
    ]);
    this.#alarm('ReputationBreaker', "Earshot: a site's customer mail is paused by the reputation breaker", {
      metric: breaker,
      threshold: 1,
    });

    this.dashboard = this.#dashboard(props);
  }

  #logMetric(functions: EarshotFunction[], metricName: string, messages: string[]): Metric {
    const pattern = FilterPattern.any(
      ...messages.map((message) => FilterPattern.stringValue('$.message', '=', message)),
    );
    functions.forEach((fn, index) => {
      new MetricFilter(this, `${metricName}Filter${index}`, {
        logGroup: fn.logGroup,
        filterPattern: pattern,
        metricNamespace: 'Earshot',
        metricName,
        metricValue: '1',
      });
    });
    return new Metric({ namespace: 'Earshot', metricName, statistic: 'Sum', period: fiveMinutes });
  }

  #alarm(id: string, description: string, options: { metric: IMetric; threshold: number }): void {
    const alarm = new Alarm(this, id, {
      alarmDescription: description,
      metric: options.metric,
      threshold: options.threshold,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      // No data means nothing happened: no traffic, no errors, an empty queue.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.alarmTopic));
    this.alarms.push(alarm);
  }

  #dashboard(props: ObservabilityProps): Dashboard {
    const functions = Object.entries(props.functions);
    const perFunction = (label: string, metric: (fn: EarshotFunction) => IMetric) =>
      new GraphWidget({
        title: `Functions: ${label}`,
        width: 8,
        left: functions.map(([name, fn]) => (metric(fn) as Metric).with({ label: name })),
      });
    const dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.days(7) });
    dashboard.addWidgets(
      new AlarmStatusWidget({ title: 'Alarms', width: 24, alarms: this.alarms }),
      new GraphWidget({
        title: 'API requests and errors',
        width: 12,
        left: [
          props.api.metricCount({ label: 'requests' }),
          props.api.metricClientError({ label: '4xx' }),
          props.api.metricServerError({ label: '5xx' }),
        ],
      }),
      new GraphWidget({
        title: 'API latency (p50, p99)',
        width: 12,
        left: [
          props.api.metricLatency({ statistic: 'p50', label: 'p50' }),
          props.api.metricLatency({ statistic: 'p99', label: 'p99' }),
        ],
      }),
      perFunction('invocations', (fn) => fn.metricInvocations()),
      perFunction('errors', (fn) => fn.metricErrors()),
      perFunction('duration p99', (fn) => fn.metricDuration({ statistic: 'p99' })),
      new GraphWidget({
        title: 'Failure queues (messages)',
        width: 8,
        left: Object.entries(props.failureQueues).map(([name, queue]) =>
          queue.metricApproximateNumberOfMessagesVisible({ label: name, statistic: 'Maximum' }),
        ),
      }),
      new GraphWidget({
        title: 'Dispatch iterator age (ms)',
        width: 8,
        left: [props.dispatch.metric('IteratorAge', { statistic: 'Maximum' })],
      }),
      new GraphWidget({
        title: 'SES reputation (bounce, complaint rate)',
        width: 8,
        left: [sesReputation('Reputation.BounceRate')],
        right: [sesReputation('Reputation.ComplaintRate')],
      }),
    );
    return dashboard;
  }
}

/** Account-wide rates, the ones SES itself judges the account by. */
function sesReputation(metricName: string): Metric {
  return new Metric({
    namespace: 'AWS/SES',
    metricName,
    statistic: 'Maximum',
    period: Duration.hours(1),
  });
}
