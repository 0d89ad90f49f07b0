import type { Locale, SiteConfig } from '../config/schema.ts';
import type { Incident, IncidentMember } from '../domain/incident.ts';
import { firstName } from '../domain/routing.ts';
import { byCount, formatWhen, type Plural } from './format.ts';
import { describeShares } from './incident-shares.ts';
import { renderNotice } from './notice.ts';
import type { RenderedEmail } from './rendered.ts';

/** To the backup, when nobody answered the customers of an incident in time; languages side by side. */
const copy: Record<
  Locale,
  {
    subject: Plural;
    greeting: string;
    /** One customer is possible: those who wrote after the last answer to everyone. */
    opening: Plural;
    afterAnswer: Plural;
    shares: string;
    answer: string;
    /** Above the quoted messages: the only one, all of them, or some of them. */
    samples: { one: string; all: string; some: string };
    page: string;
    resolve: string;
  }
> = {
  nb: {
    subject: [
      'Trenger svar: 1 kunde med samme problem venter fortsatt · {site}',
      'Trenger svar: {count} kunder med samme problem venter fortsatt · {site}',
    ],
    greeting: 'Hei {backup},',
    opening: [
      '1 kunde har skrevet til {site} om det samme problemet som de andre i hendelsen, og har ikke fått svar ennå. Kunden skrev {first}. Det er {owner} som har hendelsen, men kunden venter fortsatt. Kan du ta over, eller sørge for at kunden hører fra oss nå?',
      '{count} kunder har skrevet til {site} om det som ser ut til å være ett og samme problem, og ingen har svart dem ennå. Den første skrev {first}. Det er {owner} som har hendelsen, men kundene venter fortsatt. Kan du ta over, eller sørge for at de hører fra oss nå?',
    ],
    afterAnswer: [
      'De som skrev før, har fått svar. Denne kunden skrev etter det siste svaret.',
      'De som skrev før, har fått svar. Disse har skrevet etter det siste svaret.',
    ],
    shares: 'Dette har de felles: {shares}.',
    answer:
      'Svar alle på én gang: svar på denne e-posten. Hver kunde får svaret ditt i en egen e-post, i sin egen samtale.',
    samples: { one: 'Meldingen:', all: 'Meldingene:', some: 'Noen av meldingene:' },
    page: 'Se hendelsen og skriv svaret der',
    resolve: 'Merk alle som løst',
  },
  da: {
    subject: [
      'Mangler svar: 1 kunde med samme problem venter stadig · {site}',
      'Mangler svar: {count} kunder med samme problem venter stadig · {site}',
    ],
    greeting: 'Hej {backup},',
    opening: [
      '1 kunde har skrevet til {site} om det samme problem som de andre i hændelsen og har ikke fået svar endnu. Kunden skrev {first}. Hændelsen er {owner}s, men kunden venter stadig. Kan du tage over eller sørge for, at kunden hører fra os nu?',
      '{count} kunder har skrevet til {site} om noget, der ser ud til at være ét og samme problem, og ingen har svaret dem endnu. Den første skrev {first}. Hændelsen er {owner}s, men kunderne venter stadig. Kan du tage over eller sørge for, at de hører fra os nu?',
    ],
    afterAnswer: [
      'De, der skrev før, har fået svar. Denne kunde skrev efter det seneste svar.',
      'De, der skrev før, har fået svar. Disse har skrevet efter det seneste svar.',
    ],
    shares: 'Det her har de til fælles: {shares}.',
    answer:
      'Svar alle på én gang: svar på denne mail. Hver kunde får dit svar i sin egen mail, i sin egen samtale.',
    samples: { one: 'Beskeden:', all: 'Beskederne:', some: 'Nogle af beskederne:' },
    page: 'Se hændelsen og skriv svaret der',
    resolve: 'Markér alle som løst',
  },
  sv: {
    subject: [
      'Behöver svar: 1 kund med samma problem väntar fortfarande · {site}',
      'Behöver svar: {count} kunder med samma problem väntar fortfarande · {site}',
    ],
    greeting: 'Hej {backup},',
    opening: [
      '1 kund har hört av sig till {site} om samma problem som de andra i händelsen och har inte fått svar än. Kunden skrev {first}. Händelsen är {owner}s, men kunden väntar fortfarande. Kan du ta över eller se till att kunden hör från oss nu?',
      '{count} kunder har hört av sig till {site} om något som ser ut att vara ett och samma problem, och ingen har svarat dem än. Den första skrev {first}. Händelsen är {owner}s, men kunderna väntar fortfarande. Kan du ta över eller se till att de hör från oss nu?',
    ],
    afterAnswer: [
      'De som skrev tidigare har fått svar. Den här kunden skrev efter det senaste svaret.',
      'De som skrev tidigare har fått svar. De här har skrivit efter det senaste svaret.',
    ],
    shares: 'Det här har de gemensamt: {shares}.',
    answer:
      'Svara alla på en gång: svara på det här mejlet. Varje kund får ditt svar i ett eget mejl, i sin egen konversation.',
    samples: { one: 'Meddelandet:', all: 'Meddelandena:', some: 'Några av meddelandena:' },
    page: 'Se händelsen och skriv svaret där',
    resolve: 'Markera alla som lösta',
  },
  en: {
    subject: [
      'Needs an answer: 1 customer with the same problem is still waiting · {site}',
      'Needs an answer: {count} customers with the same problem are still waiting · {site}',
    ],
    greeting: 'Hi {backup},',
    opening: [
      "1 customer has written to {site} about the same problem as the others in this incident, and nobody has answered them yet. They wrote at {first}. It is {owner}'s incident, but the customer is still waiting. Could you take over, or make sure they hear from us now?",
      "{count} customers have written to {site} about what looks like one and the same problem, and nobody has answered them yet. The first wrote at {first}. It is {owner}'s incident, but the customers are still waiting. Could you take over, or make sure they hear from us now?",
    ],
    afterAnswer: [
      'Those who wrote earlier have had an answer. This customer wrote after the last one.',
      'Those who wrote earlier have had an answer. These wrote after the last one.',
    ],
    shares: 'What they share: {shares}.',
    answer:
      'Answer everyone at once: reply to this email. Each customer gets your answer in an email of their own, in their own conversation.',
    samples: { one: 'The message:', all: 'The messages:', some: 'Some of the messages:' },
    page: 'See the incident and write the answer there',
    resolve: 'Mark all as resolved',
  },
};

const SAMPLES = 3;

/** The incident as the backup first hears of it: who waits, since when, what they share. */
export function renderIncidentEscalation(input: {
  incident: Incident;
  site: SiteConfig;
  /** Only those who joined after the last answer to everyone, which they never got. */
  members: IncidentMember[];
  /** Earlier customers of it have had an answer: say so, so the backup reads the count right. */
  afterAnswer?: boolean;
  links: { page: string; resolve: string };
}): RenderedEmail {
  const { incident, site, members } = input;
  const locale = site.defaultLocale;
  const words = copy[locale];
  const count = members.length;
  const byAge = [...members].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  // The ones that may go public first: the backup should read those before any other.
  const samples = [
    ...byAge.filter((member) => member.level !== 'normal'),
    ...byAge.filter((member) => member.level === 'normal'),
  ].slice(0, SAMPLES);
  return renderNotice({
    locale,
    subject: byCount(count, words.subject),
    paragraphs: [
      words.greeting,
      byCount(count, words.opening),
      ...(input.afterAnswer ? [byCount(count, words.afterAnswer)] : []),
      words.shares,
      words.answer,
      ...(samples.length ? [samplesLabel(words.samples, samples.length, count)] : []),
    ],
    values: {
      count: String(count),
      site: site.displayName,
      first: formatWhen(byAge[0]?.createdAt ?? incident.openedAt, locale, site.timeZone),
      owner: firstName(site.owner),
      backup: firstName(site.backup),
      shares: describeShares(incident, locale),
    },
    ...(samples.length ? { quote: samples.map((member) => member.excerpt).join('\n\n') } : {}),
    links: [
      { label: words.page, url: input.links.page },
      { label: words.resolve, url: input.links.resolve },
    ],
  });
}

function samplesLabel(
  labels: { one: string; all: string; some: string },
  shown: number,
  count: number,
): string {
  if (count === 1) return labels.one;
  return shown === count ? labels.all : labels.some;
}
