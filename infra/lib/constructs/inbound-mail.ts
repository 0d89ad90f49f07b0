import { CfnOutput, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { ReceiptRuleSet, TlsPolicy } from 'aws-cdk-lib/aws-ses';
import { Lambda as LambdaAction, LambdaInvocationType, S3 as S3Action } from 'aws-cdk-lib/aws-ses-actions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ServiceAccess } from '../service-access.ts';
import { EarshotFunction } from './earshot-function.ts';

/** The runtime reads raw messages from here, under INBOUND_BUCKET; keep the two in step. */
export const inboundPrefix = 'inbound/';

export interface InboundMailProps {
  /** Replies go to reply+<token>@<inboundDomain>. */
  readonly inboundDomain: string;
  readonly access: ServiceAccess;
  readonly entry: string;
  /** Messages the function could not handle after its retries. */
  readonly failures: IQueue;
}

/**
 * Replies by email: SES receives mail for the inbound domain, stores the raw message in S3 (it
 * can be far larger than a Lambda event) and then invokes the inbound function, which parses
 * it, checks the sender against the token's party and relays it. Raw mail is personal data and
 * only needed until it is parsed, so it expires after two weeks (as long as a failed message
 * can wait in the failure queue).
 */
export class InboundMail extends Construct {
  readonly bucket: Bucket;
  readonly function: EarshotFunction;
  readonly ruleSet: ReceiptRuleSet;

  constructor(scope: Construct, id: string, props: InboundMailProps) {
    super(scope, id);
    const accessLogs = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket; logging it into itself would loop.',
    });
    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      lifecycleRules: [{ prefix: inboundPrefix, expiration: Duration.days(14) }],
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'inbound-bucket/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.function = new EarshotFunction(this, 'Function', {
      entry: props.entry,
      description: 'Earshot: threads and relays email replies received by SES',
      memorySize: 512,
      timeout: Duration.seconds(30),
      onFailure: new SqsDestination(props.failures),
    });
    // No mailer: a reply is stored on the thread, and the dispatcher relays it.
    props.access.connect(this.function, { tokenSecret: true });
    this.function.addEnvironment('INBOUND_BUCKET', this.bucket.bucketName);
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [this.bucket.arnForObjects(`${inboundPrefix}*`)],
      }),
    );
    const bucketLogicalId = Stack.of(this).resolve((this.bucket.node.defaultChild as CfnBucket).logicalId);
    Validations.of(this.function.role ?? this.function).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/${inboundPrefix}*]`,
      reason:
        'Object keys are SES message ids, unknown in advance; read-only and limited to the inbound prefix.',
    });

    this.ruleSet = new ReceiptRuleSet(this, 'RuleSet', {
      rules: [
        {
          recipients: [props.inboundDomain],
          scanEnabled: true,
          tlsPolicy: TlsPolicy.REQUIRE,
          actions: [
            new S3Action({ bucket: this.bucket, objectKeyPrefix: inboundPrefix }),
            new LambdaAction({ function: this.function, invocationType: LambdaInvocationType.EVENT }),
          ],
        },
      ],
    });

    new CfnOutput(this, 'RuleSetName', {
      key: 'RuleSetName',
      description: 'Activate once: aws ses set-active-receipt-rule-set --rule-set-name <this>',
      value: this.ruleSet.receiptRuleSetName,
    });
    new CfnOutput(this, 'MxRecord', {
      key: 'MxRecord',
      description: `MX record for ${props.inboundDomain}`,
      value: `10 inbound-smtp.${Stack.of(this).region}.amazonaws.com`,
    });
  }
}
