import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config/load.ts';
import type { Locale, SiteConfig } from '../../functions/config/schema.ts';
import type { IncidentMember } from '../../functions/domain/incident.ts';
import { renderIncidentEmail } from '../../functions/emails/incident-alert.ts';
import { renderIncidentEscalation } from '../../functions/emails/incident-escalation.ts';
import { anOpenedIncident } from '../fixtures/incident.ts';

/**
 * The incident emails count customers, new reports, urgent ones and held acknowledgements. Each
 * of those can be one (a single late report, one urgent among many), and "1 kunder" or "(1 nye)"
 * reads as a machine wrote it: one form for one, another for more, in every language.
 */
const base = loadConfig({}).sites[0] as SiteConfig;
const incident = anOpenedIncident();
const links = { page: 'https://x.test/page', resolve: 'https://x.test/resolve' };

function member(n: number, level: IncidentMember['level'] = 'normal'): IncidentMember {
  const at = new Date(Date.parse('2026-12-01T09:50:00.000Z') + n * 60_000).toISOString();
  return {
    incidentId: 'inc1',
    feedbackId: `fb${n}`,
    joinedAt: at,
    createdAt: at,
    level,
    excerpt: `Message ${n}`,
    expiresAt: 4e9,
  };
}

function alert(locale: Locale, members: IncidentMember[], since: string, held?: number) {
  return renderIncidentEmail({
    incident,
    site: { ...base, defaultLocale: locale },
    members,
    update: { n: 1, at: '2026-12-01T10:15:00.000Z', total: members.length, since },
    links: { ...links, separate: (id) => `https://x.test/separate/${id}` },
    every: '15 min',
    ...(held ? { held: { count: held, releaseUrl: 'https://x.test/release' } } : {}),
  });
}

const escalation = (locale: Locale, members: IncidentMember[]) =>
  renderIncidentEscalation({
    incident,
    site: { ...base, defaultLocale: locale },
    members,
    afterAnswer: true,
    links,
  });

/** What each language says for one, and the plural forms that must not stand beside a 1. */
const one: Record<
  Locale,
  { fresh: string; urgent: string; samples: string; customer: string; wrong: RegExp }
> = {
  nb: {
    fresh: '(1 ny)',
    urgent: 'Haster – denne truer',
    samples: 'Én av meldingene:',
    customer: '1 kunde har skrevet',
    wrong: /\b1 (kunder|nye|flere)\b|Tre av/,
  },
  da: {
    fresh: '(1 ny)',
    urgent: 'Haster – den her truer',
    samples: 'Én af beskederne:',
    customer: '1 kunde har skrevet',
    wrong: /\b1 (kunder|nye|flere)\b|Tre af/,
  },
  sv: {
    fresh: '(1 ny)',
    urgent: 'Brådskande – den här hotar',
    samples: 'Ett av meddelandena:',
    customer: '1 kund har hört av sig',
    wrong: /\b1 (kunder|nya)\b|Tre av/,
  },
  en: {
    fresh: '(1 new)',
    urgent: 'Urgent – this one threatens',
    samples: 'One of the messages:',
    customer: '1 customer has written',
    wrong: /\b1 (customers|more have)\b|of them say\b|acknowledgements are|Three of/,
  },
};

describe('incident emails count in the right form', () => {
  for (const locale of ['nb', 'da', 'sv', 'en'] as Locale[]) {
    it(`${locale}: one new report, one urgent, one held, one quoted`, () => {
      // Five reports; since the last email one normal and one urgent joined.
      const members = [member(1), member(2), member(3), member(4, 'urgent'), member(5)];
      const email = alert(locale, members, members[2]?.joinedAt ?? '', 1);
      const words = one[locale];
      expect(email.subject).toContain(locale === 'en' ? '(2 new)' : '(2 ny'); // two fresh: nye, nya
      const single = alert(locale, members.slice(0, 4).concat(member(6)), members[3]?.joinedAt ?? '', 1);
      expect(single.subject).toContain(words.fresh);
      expect(email.text).toContain(words.urgent);
      expect(email.text).toContain(words.samples);
      expect(`${email.subject}\n${email.text}\n${single.subject}\n${single.text}`).not.toMatch(words.wrong);
    });

    it(`${locale}: one customer still waiting reaches the backup in the singular`, () => {
      const email = escalation(locale, [member(9)]);
      expect(email.subject).not.toMatch(one[locale].wrong);
      expect(email.text).toContain(one[locale].customer);
      expect(email.text).not.toMatch(one[locale].wrong);
      const two = escalation(locale, [member(9), member(10)]);
      expect(two.subject).toMatch(/\b2 (kunder|customers)\b/);
    });
  }
});
