import { Duration, RemovalPolicy } from 'aws-cdk-lib';
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
    // In a key policy '*' means this key. Who may publish is decided by each topic's policy.
    this.key.addToResourcePolicy(
      new PolicyStatement({
        principals: [
          new ServicePrincipal('ses.amazonaws.com'),
          new ServicePrincipal('cloudwatch.amazonaws.com'),
        ],
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: ['*'],
      }),
    );
  }
}
