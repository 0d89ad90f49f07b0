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
