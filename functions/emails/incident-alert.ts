import type { Locale, SiteConfig } from '../config/schema.ts';
import type { Incident, IncidentMember, IncidentUpdate } from '../domain/incident.ts';
import { byCount, fill, formatDateTime, headerSafe, type Plural } from './format.ts';
import { escapeHtml, layout, textToHtml } from './html.ts';
import { describeShares } from './incident-shares.ts';
import { button, quoteStyle } from './notice.ts';
import type { RenderedEmail } from './rendered.ts';

/** A phrase that differs for one and for more; the held count is one only in English. */
type Counted = string | Plural;

interface AlertWords {
  subjectAlert: string;
  subjectUpdate: Plural;
  opening: string;
  update: Plural;
  why: string;
  risk: Plural;
  urgent: Plural;
  /** Above one, two or three quoted messages. */
  samples: readonly [string, string, string];
  separate: string;
  acks: string;
  answer: string;
  pageLink: string;
  resolveLink: string;
  held: Counted;
  release: Plural;
  pacing: string;
}

/** The owner's words about a storm, per language side by side. */
const copy: Record<Locale, AlertWords> = {
  nb: {
    subjectAlert: '{count} kunder melder om det samme: {shares}',
    subjectUpdate: [
      'Oppdatering: nå {count} kunder om det samme (1 ny): {shares}',
      'Oppdatering: nå {count} kunder om det samme ({fresh} nye): {shares}',
    ],
    opening:
      '{count} kunder har sagt ifra om det som ser ut til å være ett og samme problem, mellom {first} og {last}.',
    update: [
      'Siden forrige e-post har én til sagt ifra. Nå er det {count} i alt.',
      'Siden forrige e-post har {fresh} flere sagt ifra. Nå er det {count} i alt.',
    ],
    why: 'Dette har de felles: {shares}.',
    risk: [
      'Én av dem sier at vedkommende kan komme til å gå ut offentlig.',
      '{risky} av dem sier at de kan komme til å gå ut offentlig.',
    ],
    urgent: ['Haster – denne truer med å gå ut offentlig:', 'Haster – disse truer med å gå ut offentlig:'],
    samples: ['Én av meldingene:', 'To av meldingene:', 'Tre av meldingene:'],
    separate: 'Ikke samme problem? Ta den ut',
    acks: 'Hver kunde har fått sin egen bekreftelse, og de som skrev etter at hendelsen ble oppdaget, har fått vite at dere allerede jobber med saken.',
    answer:
      'Svar én gang til alle: svar på denne e-posten. Hver kunde får svaret ditt i en egen e-post fra {sender}, i sin egen samtale, og kan svare deg tilbake på sin egen sak.',
    pageLink: 'Se hendelsen og skriv svaret der',
    resolveLink: 'Merk alle som løst',
    held: '{held} av bekreftelsene holdes tilbake fordi nettstedet har nådd grensen for bekreftelser per time. De andre kundene har fått sin egen.',
    release: ['Send den tilbakeholdte bekreftelsen nå', 'Send de tilbakeholdte bekreftelsene nå'],
    pacing: 'Kommer det flere, får du høyst én oppdatering hvert {every}, aldri én e-post per melding.',
  },
  da: {
    subjectAlert: '{count} kunder melder om det samme: {shares}',
    subjectUpdate: [
      'Opdatering: nu {count} kunder om det samme (1 ny): {shares}',
      'Opdatering: nu {count} kunder om det samme ({fresh} nye): {shares}',
    ],
    opening:
      '{count} kunder har sagt til om noget, der ser ud til at være ét og samme problem, mellem {first} og {last}.',
    update: [
      'Siden sidste mail har én mere sagt til. Nu er det {count} i alt.',
      'Siden sidste mail har {fresh} flere sagt til. Nu er det {count} i alt.',
    ],
    why: 'Det her har de til fælles: {shares}.',
    risk: [
      'Én af dem skriver, at vedkommende måske går offentligt ud med det.',
      '{risky} af dem skriver, at de måske går offentligt ud med det.',
    ],
    urgent: [
      'Haster – den her truer med at gå offentligt ud:',
      'Haster – de her truer med at gå offentligt ud:',
    ],
    samples: ['Én af beskederne:', 'To af beskederne:', 'Tre af beskederne:'],
    separate: 'Ikke samme problem? Tag den ud',
    acks: 'Hver kunde har fået sin egen bekræftelse, og dem, der skrev, efter hændelsen blev opdaget, har fået at vide, at I allerede arbejder på sagen.',
    answer:
      'Svar én gang til alle: svar på denne mail. Hver kunde får dit svar i sin egen mail fra {sender}, i sin egen samtale, og kan svare dig tilbage på sin egen sag.',
    pageLink: 'Se hændelsen og skriv svaret der',
    resolveLink: 'Markér alle som løst',
    held: '{held} af bekræftelserne bliver holdt tilbage, fordi sitet har nået grænsen for bekræftelser pr. time. De andre kunder har fået deres egen.',
    release: ['Send den tilbageholdte bekræftelse nu', 'Send de tilbageholdte bekræftelser nu'],
    pacing: 'Kommer der flere, får du højst én opdatering hvert {every}, aldrig én mail pr. besked.',
  },
  sv: {
    subjectAlert: '{count} kunder hör av sig om samma sak: {shares}',
    subjectUpdate: [
      'Uppdatering: nu {count} kunder om samma sak (1 ny): {shares}',
      'Uppdatering: nu {count} kunder om samma sak ({fresh} nya): {shares}',
    ],
    opening:
      '{count} kunder har hört av sig om något som ser ut att vara ett och samma problem, mellan {first} och {last}.',
    update: [
      'Sedan förra mejlet har en till hört av sig. Nu är det {count} totalt.',
      'Sedan förra mejlet har {fresh} till hört av sig. Nu är det {count} totalt.',
    ],
    why: 'Det här har de gemensamt: {shares}.',
    risk: [
      'En av dem skriver att hen kan komma att gå ut offentligt.',
      '{risky} av dem skriver att de kan komma att gå ut offentligt.',
    ],
    urgent: [
      'Brådskande – den här hotar att gå ut offentligt:',
      'Brådskande – de här hotar att gå ut offentligt:',
    ],
    samples: ['Ett av meddelandena:', 'Två av meddelandena:', 'Tre av meddelandena:'],
    separate: 'Inte samma problem? Ta ut det',
    acks: 'Varje kund har fått sin egen bekräftelse, och de som skrev efter att händelsen upptäcktes har fått veta att ni redan arbetar med saken.',
    answer:
      'Svara en gång till alla: svara på det här mejlet. Varje kund får ditt svar i ett eget mejl från {sender}, i sin egen konversation, och kan svara dig på sitt eget ärende.',
    pageLink: 'Se händelsen och skriv svaret där',
    resolveLink: 'Markera alla som lösta',
    held: '{held} av bekräftelserna hålls tillbaka eftersom webbplatsen har nått gränsen för bekräftelser per timme. De andra kunderna har fått sin egen.',
    release: ['Skicka den tillbakahållna bekräftelsen nu', 'Skicka de tillbakahållna bekräftelserna nu'],
    pacing: 'Kommer det fler får du högst en uppdatering var {every}, aldrig ett mejl per meddelande.',
  },
  en: {
    subjectAlert: '{count} customers report the same problem: {shares}',
    subjectUpdate: [
      'Update: now {count} customers on the same problem (1 new): {shares}',
      'Update: now {count} customers on the same problem ({fresh} new): {shares}',
    ],
    opening:
      '{count} customers have told you about what looks like one and the same problem, between {first} and {last}.',
    update: [
      'Since the last email, 1 more has written. That makes {count} in all.',
      'Since the last email, {fresh} more have written. That makes {count} in all.',
    ],
    why: 'What they share: {shares}.',
    risk: ['1 of them says they may take it public.', '{risky} of them say they may take it public.'],
    urgent: ['Urgent – this one threatens to go public:', 'Urgent – these threaten to go public:'],
    samples: ['One of the messages:', 'Two of the messages:', 'Three of the messages:'],
    separate: 'Not the same problem? Take it out',
    acks: 'Every customer has had their own acknowledgement, and those who wrote after the incident was spotted were told you are already working on it.',
    answer:
      'Answer everyone at once: reply to this email. Each customer gets your answer in an email of their own from {sender}, in their own conversation, and can reply to you on their own case.',
    pageLink: 'See the incident and write the answer there',
    resolveLink: 'Mark all as resolved',
    held: [
      '1 of the acknowledgements is held back because the site reached its hourly limit for them. The other customers have had their own.',
      '{held} of the acknowledgements are held back because the site reached its hourly limit for them. The other customers have had their own.',
    ],
    release: ['Send the held acknowledgement now', 'Send the held acknowledgements now'],
    pacing: 'If more arrive, you get at most one update every {every}, never one email per report.',
  },
};

export interface IncidentEmailInput {
  incident: Incident;
  site: SiteConfig;
  members: IncidentMember[];
  update: IncidentUpdate;
  links: { page: string; resolve: string; separate(feedbackId: string): string };
  every: string;
  /** Acknowledgements of its reports the site's hourly budget holds back, and the owner's release. */
  held?: { count: number; releaseUrl: string };
}

export function renderIncidentEmail(input: IncidentEmailInput): RenderedEmail {
  const { incident, site, members, update } = input;
  const locale = site.defaultLocale;
  const t = copy[locale];
  const isAlert = update.n === 0;
  const fresh = (isAlert ? members : members.filter((member) => member.joinedAt > update.since)).sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt),
  );
  const risky = members.filter((member) => member.level !== 'normal').length;
  const times = members.map((member) => member.createdAt).sort();
  const values = {
    count: String(members.length),
    fresh: String(fresh.length),
    shares: describeShares(incident, locale),
    first: formatDateTime(times[0] ?? incident.openedAt, locale, site.timeZone),
    last: formatDateTime(times[times.length - 1] ?? incident.openedAt, locale, site.timeZone),
    risky: String(risky),
    sender: site.sender,
    every: input.every,
    held: String(input.held?.count ?? 0),
  };
  const line = (phrase: Counted, count = 0) =>
    fill(typeof phrase === 'string' ? phrase : byCount(count, phrase), values);
  const held = input.held?.count ? input.held : undefined;
  const subject = headerSafe(isAlert ? line(t.subjectAlert) : line(t.subjectUpdate, fresh.length), 160);
  // Spread risk, high or urgent: these may be public within the hour, so each is named.
  const urgent = fresh.filter((member) => member.level !== 'normal');
  // Representative: three of the others, the earliest first.
  const samples = fresh.filter((member) => member.level === 'normal').slice(0, t.samples.length);
  const samplesLabel = t.samples[samples.length - 1] ?? '';
  const quoted = (member: IncidentMember) => ({
    text: `${member.excerpt}\n(${formatDateTime(member.createdAt, locale, site.timeZone)}) ${t.separate}: ${input.links.separate(member.feedbackId)}`,
    html: `<blockquote style="${quoteStyle}">${textToHtml(member.excerpt)}<br><small>${escapeHtml(formatDateTime(member.createdAt, locale, site.timeZone))} · <a href="${escapeHtml(input.links.separate(member.feedbackId))}">${escapeHtml(t.separate)}</a></small></blockquote>`,
  });
  const paragraphs = [
    isAlert ? line(t.opening) : line(t.update, fresh.length),
    line(t.why),
    ...(risky ? [line(t.risk, risky)] : []),
  ];
  const text = [
    ...paragraphs,
    ...(urgent.length
      ? [`${byCount(urgent.length, t.urgent)}\n${urgent.map((member) => quoted(member).text).join('\n\n')}`]
      : []),
    ...(samples.length
      ? [`${samplesLabel}\n\n${samples.map((member) => quoted(member).text).join('\n\n')}`]
      : []),
    held
      ? `${line(t.held, held.count)}\n${byCount(held.count, t.release)}: ${held.releaseUrl}`
      : line(t.acks),
    line(t.answer),
    `${t.pageLink}: ${input.links.page}\n${t.resolveLink}: ${input.links.resolve}`,
    line(t.pacing),
  ].join('\n\n');
  const html = layout(
    locale,
    subject,
    [
      ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
      ...(urgent.length
        ? [
            `<p><strong>${escapeHtml(byCount(urgent.length, t.urgent))}</strong></p>`,
            ...urgent.map((member) => quoted(member).html),
          ]
        : []),
      ...(samples.length ? [`<p>${escapeHtml(samplesLabel)}</p>`] : []),
      ...samples.map((member) => quoted(member).html),
      held
        ? `<p>${escapeHtml(line(t.held, held.count))}</p><p><a href="${escapeHtml(held.releaseUrl)}" style="${button}">${escapeHtml(byCount(held.count, t.release))}</a></p>`
        : `<p>${escapeHtml(line(t.acks))}</p>`,
      `<p>${escapeHtml(line(t.answer))}</p>`,
      `<p><a href="${escapeHtml(input.links.page)}" style="${button}">${escapeHtml(t.pageLink)}</a><a href="${escapeHtml(input.links.resolve)}" style="${button}">${escapeHtml(t.resolveLink)}</a></p>`,
      `<p style="font-size:13px;color:#555">${escapeHtml(line(t.pacing))}</p>`,
    ].join(''),
  );
  return { subject, text, html };
}
