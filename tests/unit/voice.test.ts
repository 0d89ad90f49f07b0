import { describe, expect, it } from 'vitest';
import { hmacSigner } from '../../functions/adapters/crypto.ts';
import { loadConfig } from '../../functions/config/load.ts';
import type { Locale, SiteConfig } from '../../functions/config/schema.ts';
import { addEntry, claim, reassign, resolve } from '../../functions/domain/case-events.ts';
import type { Feedback, MailKind, Person } from '../../functions/domain/feedback.ts';
import { chooseOwner, firstName } from '../../functions/domain/routing.ts';
import { LinkError } from '../../functions/domain/staff-actions.ts';
import { composeEmail } from '../../functions/emails/compose.ts';
import { renderStaffAlert } from '../../functions/emails/staff-alert.ts';
import { renderStaffNotice } from '../../functions/emails/staff-notices.ts';
import { renderUndeliveredNotice } from '../../functions/emails/undelivered-notice.ts';
import { CustomerActionPage, MessagePage } from '../../functions/http/pages/case-pages.tsx';
import { fillIn, pageCopy } from '../../functions/http/pages/copy.ts';
import { linkErrorPage } from '../../functions/http/pages/link-error.ts';
import { aFeedback } from '../fixtures/feedback.ts';
import { voiceProblems } from '../helpers/voice.ts';

const LOCALES: Locale[] = ['nb', 'da', 'sv', 'en'];
const config = loadConfig({});
const site = config.sites[0] as SiteConfig;
const signer = hmacSigner('v'.repeat(40));
const CREATED = '2026-11-25T09:00:00.000Z';
const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.parse(CREATED) + hours * HOUR);
const kari = site.owner;
const ola = site.backup;

interface Scenario {
  name: string;
  locale: Locale;
  kind: MailKind;
  feedback: Feedback;
  signer?: string;
  now: Date;
}

function submitted(locale: Locale, rating: number, change: Partial<Feedback> = {}): Feedback {
  return aFeedback({ locale, rating, createdAt: CREATED, respondBy: at(4).toISOString(), ...change });
}

/** The claimed notice a scenario queues: the claim must have queued one, or the scenario is wrong. */
function claimedBy(feedback: Feedback, person: Person, hours: number): [Feedback, MailKind] {
  const next = claim(feedback, person, at(hours).toISOString(), site);
  const kind = Object.keys(next?.mail ?? {}).find((key) => key.startsWith('claimed'));
  if (!next || !kind) throw new Error('this claim tells the customer nothing');
  return [next, kind as MailKind];
}

function scenarios(locale: Locale): Scenario[] {
  const list: Scenario[] = [];
  for (const rating of [1, 3, 5]) {
    list.push({
      name: `acknowledgement, rating ${rating}`,
      locale,
      kind: 'ack',
      feedback: submitted(locale, rating),
      signer: 'Kari',
      now: at(0),
    });
  }
  const routed = submitted(locale, 2, {
    category: 'delivery',
    owner: chooseOwner(site, { category: 'delivery' }),
  });
  list.push({
    name: 'acknowledgement, routed owner',
    locale,
    kind: 'ack',
    feedback: routed,
    signer: 'Sven',
    now: at(0),
  });

  const [byOla, olaKind] = claimedBy(submitted(locale, 1), ola, 1);
  list.push({
    name: 'claimed by someone else',
    locale,
    kind: olaKind,
    feedback: byOla,
    signer: 'Ola',
    now: at(1),
  });

  const [lateOla, lateOlaKind] = claimedBy(submitted(locale, 1), ola, 6);
  list.push({
    name: 'late claim by someone else',
    locale,
    kind: lateOlaKind,
    feedback: lateOla,
    signer: 'Ola',
    now: at(6),
  });

  const [lateKari, lateKariKind] = claimedBy(submitted(locale, 3), kari, 30);
  list.push({
    name: 'late claim by the owner',
    locale,
    kind: lateKariKind,
    feedback: lateKari,
    signer: 'Kari',
    now: at(30),
  });

  const handed = reassign(submitted(locale, 2), ola, kari, at(5).toISOString(), site);
  if (!handed) throw new Error('reassignment changed nothing');
  const [afterHand, afterHandKind] = claimedBy(handed, ola, 5.5);
  list.push({
    name: 'claimed after a reassignment',
    locale,
    kind: afterHandKind,
    feedback: afterHand,
    signer: 'Ola',
    now: at(5.5),
  });

  const resolved = resolve(submitted(locale, 1), kari, at(2).toISOString(), site);
  const checkIn: Feedback = {
    ...(resolved as Feedback),
    followUp: { at: at(74).toISOString(), state: 'fired' },
  };
  list.push({ name: 'check-in', locale, kind: 'checkin', feedback: checkIn, signer: 'Kari', now: at(74) });
  list.push({
    name: 'acknowledgement, joined an incident',
    locale,
    kind: 'ack',
    feedback: submitted(locale, 1, { incident: { id: 'inc1', joinedAt: CREATED } }),
    signer: 'Kari',
    now: at(0),
  });

  const answered = addEntry(submitted(locale, 1), {
    at: at(1).toISOString(),
    kind: 'staff',
    by: kari.name,
    text: 'Hei Nora! En ny kvern er på vei til deg i dag.\n\nHilsen Kari',
  });
  list.push({ name: 'relayed answer', locale, kind: 'relay:1', feedback: answered, now: at(1) });
  return list;
}

function render(scenario: Scenario) {
  return composeEmail(scenario.kind, scenario.feedback, { config, signer });
}

describe('voice of every customer email', () => {
  for (const locale of LOCALES) {
    it.each(scenarios(locale).map((scenario) => [scenario.name, scenario] as const))(
      `${locale}: %s`,
      (_name, scenario) => {
        const email = render(scenario);
        const problems = voiceProblems({
          locale,
          subject: email.subject,
          text: email.text,
          signer: scenario.signer,
          now: scenario.now,
          timeZone: site.timeZone,
        });
        expect(problems).toEqual([]);
      },
    );
  }

  it('a claim names the new time, in the future, even when the first promise ran out', () => {
    for (const locale of LOCALES) {
      const [late, kind] = claimedBy(submitted(locale, 1), ola, 6);
      expect(Date.parse(late.respondBy)).toBeGreaterThan(at(6).getTime());
      expect(render({ name: '', locale, kind, feedback: late, now: at(6) }).text).toMatch(/\d{2}[.:]\d{2}/);
    }
  });
});

/** A page's words without its markup. */
async function pageText(element: { toString(): string | Promise<string> }): Promise<string> {
  const html = await element.toString();
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<title>[\s\S]*?<\/title>/g, '')
    .replace(/<\/(p|h1|h2|label|button|form)>/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

describe('voice of every customer page', () => {
  for (const locale of LOCALES) {
    it(`${locale}: check-in, unsubscribe, thanks and broken-link pages`, async () => {
      const feedback = submitted(locale, 1, { claimedBy: kari });
      const t = pageCopy[locale];
      const values = { owner: firstName(kari), site: site.displayName };
      const pages = [
        ...(['checkin-yes', 'checkin-no', 'unsubscribe'] as const).map((action) =>
          CustomerActionPage({ action, feedback, site }),
        ),
        ...(
          [
            [t.thanksYesTitle, t.thanksYes],
            [t.thanksNoTitle, t.thanksNo],
            [t.unsubscribedTitle, t.unsubscribed],
          ] as const
        ).map(([title, message]) => MessagePage({ locale, title, message: fillIn(message, values) })),
        ...(['expired', 'used'] as const).map((problem) =>
          MessagePage(linkErrorPage(new LinkError(problem, { feedback, site, party: 'customer' }), 'en')),
        ),
        ...(['invalid', 'not-found', 'expired'] as const).map((problem) =>
          MessagePage(linkErrorPage(new LinkError(problem), locale)),
        ),
      ];
      for (const page of pages) {
        const text = await pageText(page as unknown as { toString(): string });
        expect(voiceProblems({ locale, text, now: at(0), timeZone: site.timeZone }), text).toEqual([]);
      }
    });
  }

  it("a broken link speaks the case's language, not the browser's, and names who can help", () => {
    const feedback = submitted('sv', 1, { claimedBy: kari });
    const page = linkErrorPage(new LinkError('expired', { feedback, site, party: 'customer' }), 'en');
    expect(page.locale).toBe('sv');
    expect(page.message).toContain('Kari');
  });
});

describe('voice of the staff emails', () => {
  const norwegianWords = {
    message: 'Kvernen sluttet å virke etter to dager.',
    desiredOutcome: 'En ny kvern.',
  };
  for (const locale of LOCALES) {
    it(`${locale}: alert, escalation, reminder, reopened, customer reply and undelivered notices`, () => {
      const staffSite = { ...site, defaultLocale: locale };
      const feedback = submitted('nb', 1, { ...norwegianWords, category: 'delivery' });
      const emails = [
        renderStaffAlert({ feedback, site: staffSite }),
        ...(['escalation', 'reminder', 'reopened', 'customerReply'] as const).map((kind) =>
          renderStaffNotice(kind, feedback, staffSite, { quote: 'Den nye kvernen kom aldri.' }),
        ),
        ...(['dead-customer-mail', 'dead-answer', 'suppressed-answer'] as const).map((why) =>
          renderUndeliveredNotice(staffSite, {
            why,
            name: 'Kari',
            message: feedback.message,
            caseUrl: 'https://x.example/a/1',
          }),
        ),
      ];
      for (const email of emails) {
        const problems = voiceProblems({
          locale,
          subject: email.subject,
          text: email.text,
          now: at(0),
          timeZone: site.timeZone,
          maxWords: Number.POSITIVE_INFINITY,
        });
        expect(problems, email.subject).toEqual([]);
      }
    });
  }
});

describe('the voice rules themselves', () => {
  const ok = {
    locale: 'nb' as const,
    subject: 'Takk for at du sa ifra',
    text: 'Hei!\n\nTakk for at du skrev. Du hører fra meg senest torsdag 26. november kl. 10.00.\n\nVennlig hilsen\nKari\nFjordkaffe',
    signer: 'Kari',
    now: at(0),
    timeZone: 'Europe/Oslo',
  };
  const broken: [string, Partial<typeof ok>, RegExp][] = [
    ['an unfilled placeholder', { text: ok.text.replace('meg', '{owner}') }, /placeholder/],
    [
      'too many words',
      { text: ok.text.replace('Takk for at du skrev.', 'ord '.repeat(121)) },
      /more than 120/,
    ],
    ['an English word', { text: ok.text.replace('skrev', 'skrev feedback') }, /English/],
    [
      'a lower-case start after the greeting',
      { text: ok.text.replace('Takk for', 'takk for') },
      /after the greeting/,
    ],
    ['the old lone "Hei,"', { text: ok.text.replace('Hei!', 'Hei,') }, /lone/],
    ['the signer in the third person', { text: ok.text.replace('fra meg', 'fra Kari') }, /third person/],
    ['a promise in the past', { text: ok.text.replace('26. november', '24. november') }, /not in the future/],
  ];

  it('pass a text that keeps them', () => {
    expect(voiceProblems(ok)).toEqual([]);
  });

  it.each(broken)('catch %s', (_name, change, expected) => {
    const problems = voiceProblems({ ...ok, ...change });
    expect(problems.join('; ')).toMatch(expected);
  });

  it('catch the claimed notice as it was written before', () => {
    const before = {
      ...ok,
      subject: 'Kari i Fjordkaffe tar seg av saken din',
      text: 'Hei,\n\nvi vet at det er kjedelig å vente når noe har gått galt, og vi beklager igjen at du havnet i denne situasjonen.\n\nKari har nå tatt saken din og jobber med den. Du hører fra Kari senest 25. november kl. 13.00.\n\nVennlig hilsen\nKari\nFjordkaffe',
      now: at(6),
    };
    expect(voiceProblems(before)).toHaveLength(4);
  });
});
