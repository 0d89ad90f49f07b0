import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../functions/config/load.ts';

describe('config', () => {
  it('loads the shipped demo site with its owner and backup', () => {
    const site = loadConfig({}).sites[0];
    expect(site).toMatchObject({
      id: 'demo',
      defaultLocale: 'nb',
      sender: 'feedback@example.com',
      owner: { name: 'Kari Nordmann', email: 'kari@example.com' },
      backup: { name: 'Ola Nordmann', email: 'ola@example.com' },
      allowedOrigins: ['http://localhost:3000'],
    });
  });

  it('applies the environment overrides to every site', () => {
    const config = loadConfig({
      EARSHOT_ESCALATE_AFTER: 'PT1M',
      EARSHOT_FOLLOW_UP_AFTER: 'PT2M',
      EARSHOT_RATE_LIMIT_PER_MINUTE: '0',
      EARSHOT_ACK_LIMIT_PER_DAY: '5',
    });
    expect(config.ackLimitPerDay).toBe(5);
    expect(config.sites[0]).toMatchObject({
      escalateAfter: 'PT1M',
      followUpAfter: 'PT2M',
      rateLimitPerMinute: 0,
    });
  });

  it.each([
    [{ EARSHOT_ESCALATE_AFTER: '4 hours' }, 'EARSHOT_ESCALATE_AFTER'],
    [{ EARSHOT_RATE_LIMIT_PER_MINUTE: '-1' }, 'EARSHOT_RATE_LIMIT_PER_MINUTE'],
  ])('rejects a bad override %o naming it', (env, name) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(name));
  });

  it('names the field that is wrong', () => {
    const bad = structuredClone(loadConfig({})) as unknown as { sites: { owner: { email: string } }[] };
    const first = bad.sites[0];
    if (first) first.owner.email = 'not-an-address';
    expect(() => parseConfig(bad)).toThrow(ConfigError);
    expect(() => parseConfig(bad)).toThrow('sites.0.owner.email');
  });
});

describe('unknown keys in the config', () => {
  const shipped = () =>
    structuredClone(loadConfig({})) as unknown as Record<string, unknown> & {
      sites: Record<string, unknown>[];
    };

  it('stops at a misspelt site key, naming it and the key it most likely meant', () => {
    const raw = shipped();
    const site = raw.sites[0] as Record<string, unknown>;
    site.escalteAfter = 'PT1H';
    expect(() => parseConfig(raw)).toThrow(
      'config field "sites.0.escalteAfter": unknown key, did you mean "escalateAfter"?',
    );
  });

  it('reports the typo rather than the required key it leaves missing', () => {
    const raw = shipped();
    const site = raw.sites[0] as Record<string, unknown>;
    site.ownr = site.owner;
    delete site.owner;
    expect(() => parseConfig(raw)).toThrow('"sites.0.ownr": unknown key, did you mean "owner"?');
  });

  it.each([
    [(raw: ReturnType<typeof shipped>) => Object.assign(raw, { publicURL: 'x' }), 'publicURL', 'publicUrl'],
    [
      (raw: ReturnType<typeof shipped>) =>
        Object.assign((raw.sites[0] as { owner: object }).owner, { emial: 'x@example.com' }),
      'sites.0.owner.emial',
      'email',
    ],
    [
      (raw: ReturnType<typeof shipped>) =>
        Object.assign((raw.sites[0] as { routing: object[] }).routing[0] ?? {}, { categroy: 'x' }),
      'sites.0.routing.0.categroy',
      'category',
    ],
  ])('finds unknown keys at every depth (%#)', (mutate, field, suggestion) => {
    const raw = shipped();
    mutate(raw);
    expect(() => parseConfig(raw)).toThrow(`"${field}": unknown key, did you mean "${suggestion}"?`);
  });

  it('accepts its own output again, as the Lambda functions do with EARSHOT_CONFIG_JSON', () => {
    const parsed = loadConfig({});
    expect(parseConfig(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
  });

  it('names an unknown key without a guess when nothing known is close', () => {
    const raw = shipped();
    raw.colourScheme = 'dark';
    expect(() => parseConfig(raw)).toThrow(/"colourScheme": unknown key$/);
  });
});
