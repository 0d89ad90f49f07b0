import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/**
 * A customer managed key for the SNS topics: bounce notices name the recipient, and AWS services
 * (SES, CloudWatch alarms) cannot publish to topics under the AWS managed SNS key.
 */
export class TopicKey extends Construct {
  readonly key: Key;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: 'Earshot: encrypts the SES-events and alarm topics',
      enableKeyRotation: true,
      // It protects messages in flight only; nothing stored depends on it after a teardown.
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    // In a key policy '*' means this key. Each service may use it only on behalf of this
    // account's own resources (its SES configuration sets and identities, its alarms): without
    // the conditions, another account's SES or CloudWatch could be pointed at our topics (the
    // confused-deputy problem).
    const { account, region, partition } = Stack.of(this);
    const sources = {
      'ses.amazonaws.com': `arn:${partition}:ses:${region}:${account}:*`,
      'cloudwatch.amazonaws.com': `arn:${partition}:cloudwatch:${region}:${account}:alarm:*`,
    };
    for (const [service, sourceArn] of Object.entries(sources)) {
      this.key.addToResourcePolicy(
        new PolicyStatement({
          principals: [new ServicePrincipal(service)],
          actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
          resources: ['*'],
          conditions: {
            StringEquals: { 'aws:SourceAccount': account },
            ArnLike: { 'aws:SourceArn': sourceArn },
          },
        }),
      );
    }
  }
}
