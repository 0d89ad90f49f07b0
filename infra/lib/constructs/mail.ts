import { CfnOutput, Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  DkimIdentity,
  EasyDkimSigningKeyLength,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { Mailer, ServiceAccess } from '../service-access.ts';
import { EarshotFunction } from './earshot-function.ts';

export interface MailProps {
  /** Every domain Earshot sends from or receives at; each becomes a verified SES identity. */
  readonly domains: string[];
  /**
   * While the account is in the SES sandbox every recipient must be a verified identity, and
   * SES checks the sender's IAM policy against the recipient's identity too. These addresses get
   * a verification email and are added to the send grant; leave empty once out of the sandbox.
   */
  readonly sandboxRecipients: string[];
  readonly access: ServiceAccess;
  readonly topicKey: IKey;
  /** Entry of the function that records bounces and complaints. */
  readonly eventsEntry: string;
  /** Notifications that could not be handled after retries. */
  readonly failures: IQueue;
}

/**
 * Sending mail: an SES identity with Easy DKIM per domain, a configuration set that every send
 * goes through (reputation metrics, TLS required, the account suppression list), and bounce and
 * complaint events delivered over SNS to a function that adds the address to Earshot's own
 * suppression list, which every send consults.
 */
export class Mail extends Construct implements Mailer {
  readonly configurationSet: ConfigurationSet;
  readonly identities: EmailIdentity[];
  readonly eventsTopic: Topic;
  readonly eventsFunction: EarshotFunction;

  constructor(scope: Construct, id: string, props: MailProps) {
    super(scope, id);
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      sendingEnabled: true,
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });

    this.identities = props.domains.map((domain) => {
      const identity = new EmailIdentity(this, `Identity-${domain}`, {
        identity: Identity.domain(domain),
        // The default set for the identity, so a send that forgets to name it is still tracked.
        configurationSet: this.configurationSet,
        dkimSigning: true,
        dkimIdentity: DkimIdentity.easyDkim(EasyDkimSigningKeyLength.RSA_2048_BIT),
      });
      new CfnOutput(this, `DkimRecords-${domain}`, {
        key: `DkimRecords${domain.replace(/[^A-Za-z0-9]/g, '')}`,
        description: `CNAME records that verify ${domain} for SES (name CNAME value)`,
        value: identity.dkimRecords.map((record) => `${record.name} CNAME ${record.value}`).join(' ; '),
      });
      return identity;
    });

    for (const address of props.sandboxRecipients) {
      this.identities.push(
        new EmailIdentity(this, `Recipient-${address}`, { identity: Identity.email(address) }),
      );
    }

    this.eventsTopic = new Topic(this, 'EventsTopic', {
      displayName: 'Earshot SES bounces and complaints',
      masterKey: props.topicKey,
      enforceSSL: true,
    });
    // Also lets SES publish, for this account and configuration set only.
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.snsTopic(this.eventsTopic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });

    this.eventsFunction = new EarshotFunction(this, 'EventsFunction', {
      entry: props.eventsEntry,
      description: 'Earshot: suppresses addresses that bounced or complained',
      onFailure: new SqsDestination(props.failures),
    });
    // The suppression list stores addresses as keyed hashes, keyed by the token secret.
    props.access.connect(this.eventsFunction, { tokenSecret: true });
    this.eventsTopic.addSubscription(
      new LambdaSubscription(this.eventsFunction, { deadLetterQueue: props.failures }),
    );
  }

  get configurationSetName(): string {
    return this.configurationSet.configurationSetName;
  }

  /** Send only as Earshot's own identities and through its configuration set. */
  grantSend(fn: EarshotFunction): void {
    const stack = Stack.of(this);
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [
          ...this.identities.map((identity) => identity.emailIdentityArn),
          stack.formatArn({
            service: 'ses',
            resource: 'configuration-set',
            resourceName: this.configurationSet.configurationSetName,
          }),
        ],
      }),
    );
  }
}
