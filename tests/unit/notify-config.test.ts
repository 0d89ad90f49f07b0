import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../functions/config/load.ts';

const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;

function withTargets(notify: unknown[], publicUrl?: string) {
  const raw = structuredClone(loadConfig({})) as unknown as {
    publicUrl: string;
    sites: { notify?: unknown }[];
  };
  if (publicUrl) raw.publicUrl = publicUrl;
  (raw.sites[0] as { notify?: unknown }).notify = notify;
  return () => parseConfig(raw);
}

describe('notify targets in the config', () => {
  it('accepts Slack, Teams and a signed webhook, every event by default', () => {
    const config = withTargets(
      [
        { type: 'slack', url: 'https://hooks.slack.com/services/T0/B0/x' },
        {
          type: 'teams',
          url: 'https://prod.westeurope.logic.azure.com/workflows/1',
          events: ['feedback.urgent'],
        },
        { type: 'webhook', url: 'https://crm.example.com/hooks/earshot', secret, include: 'contact' },
      ],
      'https://feedback.example.com',
    )();
    expect(config.sites[0]?.notify).toHaveLength(3);
    expect(config.sites[0]?.notify[0]?.events).toBeUndefined();
  });

  it('lets a local stack post to 127.0.0.1 over http, and nothing else over http', () => {
    expect(withTargets([{ type: 'slack', url: 'http://127.0.0.1:9000/slack' }])).not.toThrow();
    expect(withTargets([{ type: 'slack', url: 'http://hooks.example.com/x' }])).toThrow(
      'config field "sites.0.notify.0.url": must be an https URL',
    );
    expect(
      withTargets([{ type: 'slack', url: 'http://localhost:9000/slack' }], 'https://feedback.example.com'),
    ).toThrow('"sites.0.notify.0.url"');
  });

  it.each([
    [{ type: 'discord', url: 'https://x.example' }, 'sites.0.notify.0.type'],
    [{ type: 'slack', url: 'not a url' }, 'sites.0.notify.0.url'],
    [{ type: 'slack', url: 'https://x.example', events: ['case.closed'] }, 'sites.0.notify.0.events.0'],
    [{ type: 'slack', url: 'https://x.example', events: [] }, 'sites.0.notify.0.events'],
    [{ type: 'slack', url: 'https://x.example', secret }, 'sites.0.notify.0.secret'],
    [{ type: 'webhook', url: 'https://x.example' }, 'sites.0.notify.0.secret'],
    [{ type: 'webhook', url: 'https://x.example', secret: 'hunter2' }, 'sites.0.notify.0.secret'],
    [{ type: 'webhook', url: 'https://x.example', secret: 'whsec_c2hvcnQ=' }, 'sites.0.notify.0.secret'],
    [{ type: 'slack', url: 'https://x.example', include: 'everything' }, 'sites.0.notify.0.include'],
  ])('names the field of a bad target %o', (target, field) => {
    expect(withTargets([target], 'https://feedback.example.com')).toThrow(`config field "${field}"`);
  });

  it('suggests the known key for a misspelt target key', () => {
    expect(withTargets([{ type: 'slack', url: 'https://x.example', evnets: ['case.claimed'] }])).toThrow(
      '"sites.0.notify.0.evnets": unknown key, did you mean "events"?',
    );
  });

  it('takes a Secrets Manager ARN in place of the secret, for AWS', () => {
    const arn = 'arn:aws:secretsmanager:eu-north-1:123456789012:secret:earshot/crm-AbCdEf';
    expect(withTargets([{ type: 'webhook', url: 'https://x.example', secret: arn }])).not.toThrow();
  });
});
