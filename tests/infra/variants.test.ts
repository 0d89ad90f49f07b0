import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtures, functionNamed, readConfig, type Synthesized, synthesize } from './synth.ts';

// Two sites on two domains, every optional context value set; template only, no bundling.
const config = readConfig(join(fixtures, 'multi-site.config.json'));
let synth: Synthesized;
// What an earlier deployment left behind after `cdk destroy`.
const kept = {
  tableName: 'Earshot-DataTableFDBAD0F2-1A2B3C4D5E6F',
  streamArn:
    'arn:aws:dynamodb:eu-west-1:123456789012:table/Earshot-DataTableFDBAD0F2-1A2B3C4D5E6F/stream/2026-01-01T00:00:00.000',
  secretArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:SecretsTokenSecret-AbCdEf',
};

beforeAll(() => {
  synth = synthesize({
    config,
    account: '123456789012',
    context: {
      region: 'eu-west-1',
      customDomain: 'feedback.fjordkaffe.no',
      certificateArn: 'arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-0000-0000-000000000000',
      alarmEmail: 'ops@fjordkaffe.no',
      sandboxRecipients: 'test@fjordkaffe.no, test@kaffebryggeriet.se',
      throttleRate: '20',
      throttleBurst: '40',
      existingTableName: kept.tableName,
      existingTableStreamArn: kept.streamArn,
      existingTokenSecretArn: kept.secretArn,
    },
  });
});

describe('a multi-site deployment with every option', () => {
  it('passes the AWS Solutions checks with nothing unacknowledged', () => {
    expect(synth.unacknowledged).toEqual([]);
  });

  it('deploys to the region and account it is given', () => {
    expect(synth.stack.region).toBe('eu-west-1');
    expect(synth.stack.account).toBe('123456789012');
    expect(JSON.stringify(synth.json.Outputs)).toContain('10 inbound-smtp.eu-west-1.amazonaws.com');
  });

  it('allows the union of all sites’ origins, each reduced to scheme and host', () => {
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({
        AllowOrigins: ['https://fjordkaffe.no', 'https://kaffebryggeriet.se', 'https://www.fjordkaffe.no'],
      }),
    });
  });

  it('verifies every sender domain and the inbound domain, and the sandbox test recipients', () => {
    const identities = Object.values(synth.template.findResources('AWS::SES::EmailIdentity')).map(
      (identity) => identity.Properties.EmailIdentity,
    );
    expect(identities.sort()).toEqual([
      'fjordkaffe.no',
      'kaffebryggeriet.se',
      'reply.fjordkaffe.no',
      'test@fjordkaffe.no',
      'test@kaffebryggeriet.se',
    ]);
  });

  it('serves the API on the custom domain and links to it from emails', () => {
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainName: 'feedback.fjordkaffe.no',
      DomainNameConfigurations: [Match.objectLike({ EndpointType: 'REGIONAL' })],
    });
    synth.template.resourceCountIs('AWS::ApiGatewayV2::ApiMapping', 1);
    const env = functionNamed(synth, 'sends staff alerts').props.Environment.Variables;
    expect(env.EARSHOT_PUBLIC_URL).toBe('https://feedback.fjordkaffe.no');
  });

  it('takes throttling from context', () => {
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
    });
  });

  it('mails alarms to the operator', () => {
    synth.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@fjordkaffe.no',
    });
  });

  it('never puts a signing secret from the config file into the template', () => {
    expect(config.tokenSecret).toBeDefined();
    expect(JSON.stringify(synth.json)).not.toContain(config.tokenSecret);
  });

  it('reattaches the kept table and secret instead of creating new ones', () => {
    synth.template.resourceCountIs('AWS::DynamoDB::Table', 0);
    synth.template.resourceCountIs('AWS::SecretsManager::Secret', 0);
    synth.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: kept.streamArn,
    });
    const env = functionNamed(synth, 'sends staff alerts').props.Environment.Variables;
    expect(env).toMatchObject({ TABLE_NAME: kept.tableName, TOKEN_SECRET_ARN: kept.secretArn });
    const policies = JSON.stringify(synth.template.findResources('AWS::IAM::Policy'));
    expect(policies).toContain(`:table/${kept.tableName}/index/byDue`);
    expect(policies).toContain(kept.secretArn);
  });
});

describe('webhook signing secrets', () => {
  const webhookArn = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:earshot/crm-webhook';
  const secretReads = (what: string) => {
    const roleId = functionNamed(synth, what).props.Role['Fn::GetAtt'][0];
    const policies = synth.template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: roleId }] },
    });
    return Object.values(policies)
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement)
      .filter((statement: { Resource: unknown }) => JSON.stringify(statement.Resource).includes(webhookArn));
  };

  it('lets only the functions that send read them, named by ARN with the grant', () => {
    for (const what of ['sends staff alerts', 'escalations']) {
      expect(functionNamed(synth, what).props.Environment.Variables.NOTIFY_SECRET_ARNS).toBe(webhookArn);
      expect(secretReads(what)).toEqual([
        expect.objectContaining({
          Action: 'secretsmanager:GetSecretValue',
          Resource: [webhookArn, `${webhookArn}-??????`],
        }),
      ]);
    }
    for (const what of ['public HTTP API', 'threads and relays', 'suppresses addresses']) {
      expect(functionNamed(synth, what).props.Environment.Variables.NOTIFY_SECRET_ARNS).toBeUndefined();
      expect(secretReads(what)).toEqual([]);
    }
  });
});
