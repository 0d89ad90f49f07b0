import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { tableDefinition } from '../../functions/adapters/dynamodb/table.ts';
import type { EarshotFunction } from './constructs/earshot-function.ts';

/**
 * Item-level reads and single-item conditional writes: what the data layer is built on. No Scan,
 * no table management, no transactions (the local emulator has none, so the code uses none).
 * No deletes either: a function that can only update cannot wipe what customers told us.
 */
export const tableItemActions = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:ConditionCheckItem',
];

/** Only for a function that erases (Art. 17) or seeds data: none of the service's own today. */
export const tableDeleteActions = ['dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

/** Something that can send mail through SES: the Mail construct. */
export interface Mailer {
  readonly configurationSetName: string;
  grantSend(fn: EarshotFunction): void;
}

export interface ServiceAccessProps {
  readonly table: ITable;
  readonly tokenSecret: ISecret;
  /** The validated config as JSON, without the signing secret. */
  readonly configJson: string;
  /** Webhook signing secrets named in the config by ARN (see deploySettings). */
  readonly notifySecretArns?: readonly string[];
}

export interface Needs {
  /** Signs or verifies action links and reply addresses. */
  readonly tokenSecret?: boolean;
  /** Sends mail through this mailer: only dispatch and the sweep do. */
  readonly mailer?: Mailer;
  /** Deletes or batch-writes items: only a function that erases or seeds. */
  readonly deletes?: boolean;
}

/**
 * Connects a function to the shared resources, setting each environment variable together with
 * the grant it needs, so the two cannot drift apart. The runtime reads exactly these names.
 */
export class ServiceAccess {
  readonly #props: ServiceAccessProps;
  readonly #connected: EarshotFunction[] = [];

  constructor(props: ServiceAccessProps) {
    this.#props = props;
  }

  /** Every function connected so far, for alarms and the dashboard. */
  get functions(): readonly EarshotFunction[] {
    return this.#connected;
  }

  connect(fn: EarshotFunction, needs: Needs = {}): void {
    const { table, tokenSecret, configJson } = this.#props;
    fn.addEnvironment('EARSHOT_CONFIG_JSON', configJson);
    fn.addEnvironment('TABLE_NAME', table.tableName);
    // Each index by name rather than `index/*`: the grant stays as narrow as the table definition.
    const indexArns = tableDefinition.indexes.map((index) => `${table.tableArn}/index/${index.indexName}`);
    fn.addToRolePolicy(
      new PolicyStatement({ actions: tableItemActions, resources: [table.tableArn, ...indexArns] }),
    );
    if (needs.deletes) {
      fn.addToRolePolicy(new PolicyStatement({ actions: tableDeleteActions, resources: [table.tableArn] }));
    }
    if (needs.tokenSecret) {
      fn.addEnvironment('TOKEN_SECRET_ARN', tokenSecret.secretArn);
      tokenSecret.grantRead(fn);
    }
    if (needs.mailer) {
      fn.addEnvironment('SES_CONFIGURATION_SET', needs.mailer.configurationSetName);
      needs.mailer.grantSend(fn);
      this.#connectNotifySecrets(fn);
    }
    this.#connected.push(fn);
  }

  /**
   * The functions that send mail also deliver Slack, Teams and webhook notifications, and sign
   * webhooks with secrets read from Secrets Manager at start. A complete ARN ends in a random
   * suffix, a partial one does not: the grant covers both spellings.
   */
  #connectNotifySecrets(fn: EarshotFunction): void {
    const arns = this.#props.notifySecretArns ?? [];
    if (arns.length === 0) return;
    fn.addEnvironment('NOTIFY_SECRET_ARNS', arns.join(','));
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['secretsmanager:GetSecretValue'],
        resources: arns.flatMap((arn) => [arn, `${arn}-??????`]),
      }),
    );
  }

  /**
   * Links in emails point at the deployed API, which exists only after the functions that serve
   * it, so the URL is handed to every connected function last (the runtime's config loader
   * prefers EARSHOT_PUBLIC_URL over the file's publicUrl).
   */
  setPublicUrl(url: string): void {
    for (const fn of this.#connected) fn.addEnvironment('EARSHOT_PUBLIC_URL', url);
  }
}
