import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../functions/config/load.ts';
import { deploySettings, maxConfigJsonBytes, parseContext } from '../../infra/lib/config.ts';

const site = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  displayName: id,
  allowedOrigins: ['https://shop.example.com'],
  defaultLocale: 'en',
  sender: 'feedback@example.com',
  owner: { name: 'Owner', email: 'owner@example.com' },
  backup: { name: 'Backup', email: 'backup@example.com' },
  ...overrides,
});
const config = (sites: unknown[], extra: Record<string, unknown> = {}) =>
  parseConfig({
    publicUrl: 'https://feedback.example.com',
    inboundDomain: 'Reply.Example.com',
    sites,
    ...extra,
  });

describe('deploySettings', () => {
  it('lists each allowed origin once, as scheme://host[:port]', () => {
    const settings = deploySettings(
      config([
        site('a', { allowedOrigins: ['https://shop.example.com/', 'http://localhost:3000/demo'] }),
        site('b', { allowedOrigins: ['https://shop.example.com'] }),
      ]),
    );
    expect(settings.allowedOrigins).toEqual(['http://localhost:3000', 'https://shop.example.com']);
  });

  it('collects sender domains in lower case, and the inbound domain', () => {
    const settings = deploySettings(
      config([site('a', { sender: 'Hjelp@Fjordkaffe.NO' }), site('b', { sender: 'x@fjordkaffe.no' })]),
    );
    expect(settings.senderDomains).toEqual(['fjordkaffe.no']);
    expect(settings.inboundDomain).toBe('reply.example.com');
  });

  it('leaves the signing secret out of the config the functions receive', () => {
    const secret = 'a'.repeat(40);
    const settings = deploySettings(config([site('a')], { tokenSecret: secret }));
    expect(settings.runtimeConfigJson).not.toContain(secret);
    expect(JSON.parse(settings.runtimeConfigJson).sites[0].id).toBe('a');
  });

  it('refuses a config too large for the Lambda environment, saying why', () => {
    const sites = Array.from({ length: 12 }, (_, i) => site(`site-${i}`));
    expect(() => deploySettings(config(sites))).toThrow(
      new RegExp(`bytes as JSON; Lambda's 4 KB environment fits at most ${maxConfigJsonBytes}`),
    );
  });
});

describe('webhook secrets in a deployment', () => {
  const webhook = (secret: string) =>
    site('a', { notify: [{ type: 'webhook', url: 'https://crm.example.com/hook', secret }] });

  it('refuses a signing key written into the file, naming the field', () => {
    const key = `whsec_${Buffer.alloc(32, 1).toString('base64')}`;
    expect(() => deploySettings(config([webhook(key)]))).toThrow(
      /"sites\.0\.notify\.0\.secret": in AWS a webhook secret comes from Secrets Manager/,
    );
  });

  it('collects the Secrets Manager ARNs the sending functions may read', () => {
    const arn = 'arn:aws:secretsmanager:eu-north-1:123456789012:secret:earshot/crm';
    expect(deploySettings(config([webhook(arn)])).notifySecretArns).toEqual([arn]);
  });
});

describe('parseContext', () => {
  it('defaults to eu-north-1 and moderate throttling', () => {
    expect(parseContext({})).toMatchObject({
      region: 'eu-north-1',
      throttleRate: 50,
      throttleBurst: 100,
      sandboxRecipients: [],
    });
  });

  it('reads -c values, which arrive as strings', () => {
    expect(
      parseContext({ throttleRate: '5', sandboxRecipients: 'a@example.com, b@example.com' }),
    ).toMatchObject({
      throttleRate: 5,
      sandboxRecipients: ['a@example.com', 'b@example.com'],
    });
  });

  it.each([
    [{ customDomain: 'feedback.example.com' }, 'customDomain'],
    [{ region: 'norway' }, 'region'],
    [{ alarmEmail: 'not-an-address' }, 'alarmEmail'],
    [{ throttleRate: '0' }, 'throttleRate'],
  ])('names the bad key in %j', (raw, key) => {
    expect(() => parseContext(raw)).toThrow(`CDK context "${key}"`);
  });
});
