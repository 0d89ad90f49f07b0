import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Token, Validations } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTableInput, tableDefinition } from '../../functions/adapters/dynamodb/table.ts';
import { deploySettings } from '../../infra/lib/config.ts';
import { bundleSettings } from '../../infra/lib/handlers.ts';
import {
  type CfnProperties,
  fixtures,
  functionNamed,
  readConfig,
  repoRoot,
  type Synthesized,
  synthesize,
} from './synth.ts';

// The shipped demo config, bundled with esbuild once for the whole file (about five seconds).
const config = readConfig(join(repoRoot, 'earshot.config.json'));
const settings = deploySettings(config);
let synth: Synthesized;

beforeAll(() => {
  synth = synthesize({ config, bundle: true });
});

const functions = {
  api: 'public HTTP API',
  pages: 'signed pages',
  dispatch: 'sends staff alerts',
  inbound: 'threads and relays',
  sweep: 'escalations',
  sesEvents: 'suppresses addresses',
} as const;

type Statement = { Effect: string; Action: string | string[]; Resource: unknown };
type KeyStatement = {
  Principal?: { Service?: string };
  Condition: { StringEquals: Record<string, unknown>; ArnLike: Record<string, unknown> };
};

function statementsOf(synth: Synthesized, functionWhat: string): Statement[] {
  const roleId = functionNamed(synth, functionWhat).props.Role['Fn::GetAtt'][0];
  const policies = synth.template.findResources('AWS::IAM::Policy', {
    Properties: { Roles: [{ Ref: roleId }] },
  });
  return Object.values(policies).flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

const actionsOf = (statement: Statement) => [statement.Action].flat();
const refOf = (id: string) => ({ Ref: id });
const logicalId = (type: string, props: Record<string, unknown> = {}) => {
  const ids = Object.keys(synth.template.findResources(type, props));
  if (ids.length !== 1) throw new Error(`expected one ${type}, found ${ids.length}`);
  return ids[0] as string;
};

describe('the app', () => {
  it('defaults to eu-north-1 and stays account-agnostic without credentials', () => {
    expect(synth.stack.region).toBe('eu-north-1');
    expect(Token.isUnresolved(synth.stack.account)).toBe(true);
  });

  it('outputs what an operator needs, under stable names', () => {
    expect(Object.keys(synth.json.Outputs as object).sort()).toEqual([
      'ApiUrl',
      'DkimRecordsexamplecom',
      'DkimRecordsreplylocalhost',
      'MxRecord',
      'RuleSetName',
      'TableName',
      'TableStreamArn',
      'TokenSecretArn',
      'WidgetScript',
    ]);
  });
});

describe('data', () => {
  it('builds the table from the shared definition, every index included', () => {
    const key = (hash: string, range: string) => [
      { AttributeName: hash, KeyType: 'HASH' },
      { AttributeName: range, KeyType: 'RANGE' },
    ];
    synth.template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: key(tableDefinition.partitionKey, tableDefinition.sortKey),
      // Exactly the indexes the local stand-ins get, projections included.
      GlobalSecondaryIndexes: createTableInput('earshot').GlobalSecondaryIndexes,
      TimeToLiveSpecification: { AttributeName: tableDefinition.timeToLiveAttribute, Enabled: true },
    });
  });

  it('keeps customer data through mistakes and teardowns', () => {
    synth.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      }),
    });
  });
});

describe('functions', () => {
  it.each(Object.entries(functions))(
    '%s runs on Node.js 24, arm64, traced, logging JSON to its own group',
    (_, what) => {
      const { props } = functionNamed(synth, what);
      expect(props).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: expect.any(String) } },
      });
    },
  );

  it('keeps every log group for a month', () => {
    const groups = Object.values(synth.template.findResources('AWS::Logs::LogGroup'));
    expect(groups.length).toBe(7); // six functions and the API access log
    for (const group of groups) expect(group.Properties.RetentionInDays).toBe(30);
  });

  it('hands every function the validated config, the table, the secret and the public URL', () => {
    for (const what of Object.values(functions)) {
      const env = functionNamed(synth, what).props.Environment.Variables;
      expect(JSON.parse(env.EARSHOT_CONFIG_JSON)).toEqual(JSON.parse(settings.runtimeConfigJson));
      expect(env).toMatchObject({
        TABLE_NAME: refOf(logicalId('AWS::DynamoDB::Table')),
        TOKEN_SECRET_ARN: refOf(logicalId('AWS::SecretsManager::Secret')),
        EARSHOT_PUBLIC_URL: { 'Fn::GetAtt': [logicalId('AWS::ApiGatewayV2::Api'), 'ApiEndpoint'] },
        POWERTOOLS_SERVICE_NAME: 'earshot',
        NODE_OPTIONS: '--enable-source-maps',
      });
    }
  });

  it('names the SES configuration set only where mail is sent, and the bucket only where mail is read', () => {
    const env = (what: string) => functionNamed(synth, what).props.Environment.Variables;
    const configurationSet = refOf(logicalId('AWS::SES::ConfigurationSet'));
    for (const what of [functions.dispatch, functions.sweep]) {
      expect(env(what).SES_CONFIGURATION_SET).toEqual(configurationSet);
    }
    for (const what of [functions.api, functions.pages, functions.inbound, functions.sesEvents]) {
      expect(env(what).SES_CONFIGURATION_SET).toBeUndefined();
    }
    expect(env(functions.inbound).INBOUND_BUCKET).toEqual(
      refOf(
        logicalId('AWS::S3::Bucket', {
          Properties: { LifecycleConfiguration: { Rules: [{ Prefix: 'inbound/' }] } },
        }),
      ),
    );
  });

  it('bundles minified ESM with source maps, and ships the widget beside the API handler', () => {
    for (const what of Object.values(functions)) {
      const dir = assetDir(functionNamed(synth, what).props);
      const code = readFileSync(join(dir, 'index.mjs'), 'utf8');
      expect(code.startsWith(bundleSettings.banner)).toBe(true);
      expect(code).toMatch(/export\s*\{[^}]*as handler\s*\}/);
      expect(existsSync(join(dir, 'index.mjs.map'))).toBe(true);
      expect(existsSync(join(dir, 'earshot.js'))).toBe(what === functions.api);
    }
    const widget = readFileSync(
      join(assetDir(functionNamed(synth, functions.api).props), 'earshot.js'),
      'utf8',
    );
    expect(widget).toBe(readFileSync(join(fixtures, 'earshot.js'), 'utf8'));
  });
});

/** The staged asset directory of a function's code. */
function assetDir(props: CfnProperties): string {
  const hash = String(props.Code.S3Key).replace(/\.zip$/, '');
  return join(synth.assembly.directory, `asset.${hash}`);
}

describe('stream → dispatch', () => {
  it('bisects, retries a bounded number of times, reports partial failures and parks the rest', () => {
    synth.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalId('AWS::DynamoDB::Table'), 'StreamArn'] },
      FunctionName: refOf(functionNamed(synth, functions.dispatch).id),
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      MaximumRecordAgeInSeconds: 3600,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('StreamFailures'), 'Arn'] } },
      },
    });
  });

  it('wakes the dispatcher only for items with work due, never for thread entries or counters', () => {
    synth.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: refOf(functionNamed(synth, functions.dispatch).id),
      FilterCriteria: {
        Filters: [
          { Pattern: JSON.stringify({ dynamodb: { NewImage: { dueAt: { S: [{ exists: true }] } } } }) },
        ],
      },
    });
  });

  it('keeps failure queues encrypted, TLS-only and watched by an alarm', () => {
    const queues = synth.template.findResources('AWS::SQS::Queue');
    expect(Object.keys(queues)).toHaveLength(2);
    for (const [id, queue] of Object.entries(queues)) {
      expect(queue.Properties).toMatchObject({
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 1_209_600,
      });
      synth.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [refOf(id)],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
      synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [id, 'QueueName'] } }],
        Threshold: 1,
      });
    }
  });
});

describe('HTTP API', () => {
  it('allows exactly the configured origins, never *', () => {
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: Match.objectLike({ AllowOrigins: settings.allowedOrigins }),
    });
    expect(JSON.stringify(synth.template.findResources('AWS::ApiGatewayV2::Api'))).not.toContain('"*"');
  });

  it('throttles the stage and logs access without IPs, user agents or paths', () => {
    const stage = Object.values(synth.template.findResources('AWS::ApiGatewayV2::Stage'))[0]?.Properties;
    expect(stage).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [expect.stringMatching(/AccessLogs/), 'Arn'] } },
    });
    const format = stage.AccessLogSettings.Format as string;
    expect(JSON.parse(format)).toHaveProperty('requestId', '$context.requestId');
    expect(format).not.toMatch(/sourceIp|userAgent|\$context\.path/);
  });

  it('sends the signed pages to the pages function and everything else to the intake', () => {
    const integrationOf = (what: string) => {
      const fn = functionNamed(synth, what).id;
      return logicalId('AWS::ApiGatewayV2::Integration', {
        Properties: { IntegrationUri: { 'Fn::GetAtt': [fn, 'Arn'] } },
      });
    };
    const routes = Object.values(synth.template.findResources('AWS::ApiGatewayV2::Route')).map((route) => [
      route.Properties.RouteKey,
      route.Properties.Target,
    ]);
    const to = (what: string) => ({ 'Fn::Join': ['', ['integrations/', refOf(integrationOf(what))]] });
    // The same URLs as before the split: links already sent in emails still land on their page.
    const pageRoutes = ['/a/{token}', '/held/{token}'].flatMap((path) =>
      ['GET', 'HEAD', 'POST'].map((method) => [`${method} ${path}`, to(functions.pages)]),
    );
    expect(routes.sort()).toEqual([['$default', to(functions.api)], ...pageRoutes].sort());
    for (const what of [functions.api, functions.pages]) {
      synth.template.hasResourceProperties('AWS::Lambda::Permission', {
        FunctionName: { 'Fn::GetAtt': [functionNamed(synth, what).id, 'Arn'] },
        Principal: 'apigateway.amazonaws.com',
      });
    }
  });

  it('builds the pages function the way it builds the intake', () => {
    const [api, pages] = [functions.api, functions.pages].map((what) => functionNamed(synth, what).props);
    const shared = ['Runtime', 'Architectures', 'MemorySize', 'Timeout', 'TracingConfig'] as const;
    for (const key of shared) expect(pages?.[key]).toEqual(api?.[key]);
  });
});

describe('mail', () => {
  it('verifies each sender domain and the inbound domain with Easy DKIM, sending through one configuration set', () => {
    const domains = [...new Set([...settings.senderDomains, settings.inboundDomain])];
    synth.template.resourceCountIs('AWS::SES::EmailIdentity', domains.length);
    for (const domain of domains) {
      synth.template.hasResourceProperties('AWS::SES::EmailIdentity', {
        EmailIdentity: domain,
        DkimAttributes: { SigningEnabled: true },
        DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
        ConfigurationSetAttributes: { ConfigurationSetName: refOf(logicalId('AWS::SES::ConfigurationSet')) },
      });
    }
    synth.template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      ReputationOptions: { ReputationMetricsEnabled: true },
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
  });

  it('delivers bounces and complaints over an encrypted, TLS-only topic to the SES-events function', () => {
    const topicId = logicalId('AWS::SNS::Topic', {
      Properties: { DisplayName: Match.stringLikeRegexp('bounces') },
    });
    synth.template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        SnsDestination: { TopicARN: refOf(topicId) },
      },
    });
    synth.template.hasResourceProperties('AWS::SNS::Topic', {
      DisplayName: Match.stringLikeRegexp('bounces'),
      KmsMasterKeyId: Match.anyValue(),
    });
    synth.template.hasResourceProperties('AWS::SNS::Subscription', {
      TopicArn: refOf(topicId),
      Protocol: 'lambda',
      Endpoint: { 'Fn::GetAtt': [functionNamed(synth, functions.sesEvents).id, 'Arn'] },
      RedrivePolicy: { deadLetterTargetArn: Match.anyValue() },
    });
  });

  it('stores inbound mail in an encrypted, private, TLS-only bucket that forgets it after two weeks', () => {
    synth.template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LifecycleConfiguration: { Rules: [{ Prefix: 'inbound/', ExpirationInDays: 14, Status: 'Enabled' }] },
      LoggingConfiguration: { DestinationBucketName: Match.anyValue() },
    });
    const bucketPolicies = Object.values(synth.template.findResources('AWS::S3::BucketPolicy'));
    expect(bucketPolicies).toHaveLength(2);
    for (const policy of bucketPolicies) {
      expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it('receives mail for the inbound domain: raw message to S3 first, then the inbound function', () => {
    synth.template.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: {
        Enabled: true,
        Recipients: [settings.inboundDomain],
        ScanEnabled: true,
        TlsPolicy: 'Require',
        Actions: [
          { S3Action: { ObjectKeyPrefix: 'inbound/', BucketName: Match.anyValue() } },
          {
            LambdaAction: {
              FunctionArn: { 'Fn::GetAtt': [functionNamed(synth, functions.inbound).id, 'Arn'] },
              InvocationType: 'Event',
            },
          },
        ],
      },
    });
  });
});

describe('secrets', () => {
  it('generates the signing key in Secrets Manager instead of taking it from the template', () => {
    synth.template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true },
      SecretString: Match.absent(),
    });
  });

  it('keeps the key on teardown, since the hashes in the kept table depend on it', () => {
    synth.template.hasResource('AWS::SecretsManager::Secret', { DeletionPolicy: 'Retain' });
  });
});

describe('schedules', () => {
  it.each([
    ['rate(1 minute)', 'sweep', 300],
    ['cron(0 6 ? * MON *)', 'digest', 21_600],
  ])('%s asks the sweep function to %s, with retries and a dead-letter queue', (schedule, task, maxAge) => {
    synth.template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: schedule,
      State: 'ENABLED',
      Targets: [
        {
          Arn: { 'Fn::GetAtt': [functionNamed(synth, functions.sweep).id, 'Arn'] },
          Input: JSON.stringify({ task }),
          RetryPolicy: { MaximumRetryAttempts: 4, MaximumEventAgeInSeconds: maxAge },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('AsyncFailures'), 'Arn'] } },
        },
      ],
    });
  });

  it('parks asynchronous invocations that failed after retries', () => {
    for (const what of [functions.sweep, functions.inbound, functions.sesEvents]) {
      synth.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: refOf(functionNamed(synth, what).id),
        DestinationConfig: {
          OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('AsyncFailures'), 'Arn'] } },
        },
      });
    }
  });
});

describe('observability', () => {
  it.each([
    ['Errors', 'AWS/Lambda', 6],
    ['Throttles', 'AWS/Lambda', 6],
    ['IteratorAge', 'AWS/Lambda', 1],
    ['ApproximateNumberOfMessagesVisible', 'AWS/SQS', 2],
    ['5xx', 'AWS/ApiGateway', 1],
    ['Reputation.BounceRate', 'AWS/SES', 1],
    ['Reputation.ComplaintRate', 'AWS/SES', 1],
    ['DeadEmails', 'Earshot', 1],
    ['ReputationBreakerTripped', 'Earshot', 1],
  ])('alarms on %s (%s) to the alarm topic', (metricName, namespace, count) => {
    const alarms = synth.template.findResources('AWS::CloudWatch::Alarm', {
      Properties: { MetricName: metricName, Namespace: namespace },
    });
    expect(Object.keys(alarms)).toHaveLength(count);
    const topic = refOf(logicalId('AWS::SNS::Topic', { Properties: { DisplayName: 'Earshot alarms' } }));
    for (const alarm of Object.values(alarms)) expect(alarm.Properties.AlarmActions).toEqual([topic]);
  });

  it('counts dead emails and tripped breakers from the logs of both functions that send mail', () => {
    for (const metricName of ['DeadEmails', 'ReputationBreakerTripped']) {
      const filters = Object.values(
        synth.template.findResources('AWS::Logs::MetricFilter', {
          Properties: { MetricTransformations: [{ MetricName: metricName, MetricNamespace: 'Earshot' }] },
        }),
      );
      expect(filters).toHaveLength(2);
      const groups = JSON.stringify(filters.map((filter) => filter.Properties.LogGroupName));
      expect(groups).toMatch(/Dispatch/);
      expect(groups).toMatch(/Sweep|Schedules/);
    }
  });

  it('has one dashboard', () => {
    synth.template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });
});

describe('least privilege', () => {
  const wildcardOnlyActions = new Set([
    'xray:PutTraceSegments',
    'xray:PutTelemetryRecords',
    'dynamodb:ListStreams',
  ]);

  it('has no statement anywhere that allows every action', () => {
    const actions: unknown[] = [];
    JSON.stringify(synth.json, (key, value) => {
      if (key === 'Action' || key === 'NotAction') actions.push(...[value].flat());
      return value;
    });
    expect(actions.length).toBeGreaterThan(0);
    expect(actions).not.toContain('*');
  });

  it('grants no wildcard actions and no AWS managed policies', () => {
    for (const what of Object.values(functions)) {
      for (const statement of statementsOf(synth, what)) {
        for (const action of actionsOf(statement)) expect(action).not.toContain('*');
      }
    }
    for (const role of Object.values(synth.template.findResources('AWS::IAM::Role'))) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  it('uses resource * only for actions that have no resource-level permissions', () => {
    for (const what of Object.values(functions)) {
      for (const statement of statementsOf(synth, what).filter((s) => s.Resource === '*')) {
        for (const action of actionsOf(statement)) expect(wildcardOnlyActions).toContain(action);
      }
    }
  });

  it('scopes table access to the table and its named indexes', () => {
    const table = logicalId('AWS::DynamoDB::Table');
    const expected = [
      { 'Fn::GetAtt': [table, 'Arn'] },
      ...tableDefinition.indexes.map((index) => ({
        'Fn::Join': ['', [{ 'Fn::GetAtt': [table, 'Arn'] }, `/index/${index.indexName}`]],
      })),
    ];
    for (const what of Object.values(functions)) {
      const statements = statementsOf(synth, what).filter((s) => actionsOf(s).includes('dynamodb:PutItem'));
      expect(statements).toHaveLength(1);
      expect(statements[0]?.Resource).toEqual(expected);
    }
  });

  it('lets only Earshot identities send, through its configuration set', () => {
    const identities = Object.keys(synth.template.findResources('AWS::SES::EmailIdentity'));
    const configurationSet = logicalId('AWS::SES::ConfigurationSet');
    for (const what of [functions.dispatch, functions.sweep]) {
      const send = statementsOf(synth, what).filter((s) => actionsOf(s).includes('ses:SendEmail'));
      expect(send).toHaveLength(1);
      const resources = JSON.stringify(send[0]?.Resource);
      for (const id of [...identities, configurationSet]) expect(resources).toContain(`{"Ref":"${id}"}`);
      expect(resources).not.toContain('"*"');
    }
    // The API, its pages and inbound mail only store; what they store is sent by dispatch.
    for (const what of [functions.api, functions.pages, functions.inbound, functions.sesEvents]) {
      const actions = statementsOf(synth, what).flatMap(actionsOf);
      expect(actions.filter((action) => action.startsWith('ses:Send'))).toEqual([]);
    }
  });

  it('gives the two HTTP functions the table and the signing secret, and no other secret', () => {
    const secret = refOf(logicalId('AWS::SecretsManager::Secret'));
    for (const what of [functions.api, functions.pages]) {
      const statements = statementsOf(synth, what);
      const reads = statements.filter((s) => actionsOf(s).includes('secretsmanager:GetSecretValue'));
      // The intake keys rate limits and customer hashes with it; the pages verify signed links.
      expect(reads.map((s) => s.Resource)).toEqual([secret]);
      const services = new Set(statements.flatMap(actionsOf).map((action) => action.split(':')[0]));
      expect([...services].sort()).toEqual(['dynamodb', 'logs', 'secretsmanager', 'xray']);
    }
  });

  it('lets no function delete or batch-write items: none of them erases or seeds', () => {
    for (const what of Object.values(functions)) {
      const actions = statementsOf(synth, what).flatMap(actionsOf);
      expect(actions).not.toContain('dynamodb:DeleteItem');
      expect(actions).not.toContain('dynamodb:BatchWriteItem');
      expect(actions).toContain('dynamodb:UpdateItem');
    }
  });

  it('lets each service principal use the topic key only for this account and its own resources', () => {
    const [key] = Object.values(synth.template.findResources('AWS::KMS::Key'));
    const services = ((key?.Properties.KeyPolicy.Statement ?? []) as KeyStatement[]).filter(
      (statement) => statement.Principal?.Service,
    );
    expect(services.map((statement) => statement.Principal?.Service).sort()).toEqual([
      'cloudwatch.amazonaws.com',
      'ses.amazonaws.com',
    ]);
    for (const statement of services) {
      const service = statement.Principal?.Service;
      expect(statement.Condition.StringEquals['aws:SourceAccount']).toEqual({ Ref: 'AWS::AccountId' });
      const source = JSON.stringify(statement.Condition.ArnLike['aws:SourceArn']);
      expect(source).toContain('AWS::AccountId');
      expect(source).toContain(service === 'ses.amazonaws.com' ? ':ses:' : ':cloudwatch:');
    }
  });

  it('lets the inbound function read raw mail under inbound/ and nothing else in S3', () => {
    const s3 = statementsOf(synth, functions.inbound).filter((s) =>
      actionsOf(s).some((a) => a.startsWith('s3:')),
    );
    expect(s3).toEqual([
      {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: {
          'Fn::Join': [
            '',
            [{ 'Fn::GetAtt': [expect.stringMatching(/^InboundMailBucket/), 'Arn'] }, '/inbound/*'],
          ],
        },
      },
    ]);
  });
});

describe('cdk-nag', () => {
  it('finds nothing unacknowledged in the AWS Solutions pack', () => {
    expect(synth.unacknowledged).toEqual([]);
  });

  it('reports nothing from any validation that ran during synth, CDK’s CloudFormation checks included', () => {
    expect(synth.validationReport.pluginReports.flatMap((report) => report.violations ?? [])).toEqual([]);
  });

  it('acknowledges a short, known list of findings, each with a one-line reason', () => {
    const acknowledged = new Map<string, string[]>();
    for (const construct of synth.app.node.findAll()) {
      for (const entry of construct.node.metadata) {
        if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
        for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
          const rule = id.replace(/^annotation::/i, '').replace(/<[^>]+>/, '<bucket>');
          acknowledged.set(rule, [...(acknowledged.get(rule) ?? []), reason]);
        }
      }
    }
    expect([...acknowledged.keys()].sort()).toEqual([
      'AwsSolutions-APIG4',
      'AwsSolutions-IAM5[Resource::*]',
      'AwsSolutions-IAM5[Resource::<bucket>/inbound/*]',
      'AwsSolutions-S1',
      'AwsSolutions-SMG4',
      'AwsSolutions-SQS3',
    ]);
    for (const reason of [...acknowledged.values()].flat()) {
      expect(reason).toMatch(/^[^\n]{20,120}$/);
    }
  });
});
