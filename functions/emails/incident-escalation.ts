import type { Locale, SiteConfig } from '../config/schema.ts';
import type { Incident, IncidentMember } from '../domain/incident.ts';
import { firstName } from '../domain/routing.ts';
import { formatWhen } from './format.ts';
import { describeShares } from './incident-shares.ts';
import { renderNotice } from './notice.ts';
import type { RenderedEmail } from './rendered.ts';

/** To the backup, when nobody answered the customers of an incident in time; languages side by side. */
const copy: Record<
  Locale,
  {
    subject: string;
    paragraphs: string[];
    afterAnswer: string;
    samples: string;
    page: string;
    resolve: string;
  }
> = {
  nb: {
    subject: 'Trenger svar: {count} kunder med samme problem venter fortsatt · {site}',
    paragraphs: [
      'Hei {backup},',
      '{count} kunder har skrevet til {site} om det som ser ut til å være ett og samme problem, og ingen har svart dem ennå. Den første skrev {first}. Det er {owner} som har hendelsen, men kundene venter fortsatt. Kan du ta over, eller sørge for at de hører fra oss nå?',
      'Dette har de felles: {shares}.',
      'Svar alle på én gang: svar på denne e-posten. Hver kunde får svaret ditt i en egen e-post, i sin egen samtale.',
    ],
    afterAnswer: 'De som skrev før, har fått svar. Disse har skrevet etter det siste svaret.',
    samples: 'Noen av meldingene:',
    page: 'Se hendelsen og skriv svaret der',
    resolve: 'Merk alle som løst',
  },
  da: {
    subject: 'Mangler svar: {count} kunder med samme problem venter stadig · {site}',
    paragraphs: [
      'Hej {backup},',
      '{count} kunder har skrevet til {site} om noget, der ser ud til at være ét og samme problem, og ingen har svaret dem endnu. Den første skrev {first}. Hændelsen er {owner}s, men kunderne venter stadig. Kan du tage over eller sørge for, at de hører fra os nu?',
      'Det her har de til fælles: {shares}.',
      'Svar alle på én gang: svar på denne mail. Hver kunde får dit svar i sin egen mail, i sin egen samtale.',
    ],
    afterAnswer: 'De, der skrev før, har fået svar. Disse har skrevet efter det seneste svar.',
    samples: 'Nogle af beskederne:',
    page: 'Se hændelsen og skriv svaret der',
    resolve: 'Markér alle som løst',
  },
  sv: {
    subject: 'Behöver svar: {count} kunder med samma problem väntar fortfarande · {site}',
    paragraphs: [
      'Hej {backup},',
      '{count} kunder har hört av sig till {site} om något som ser ut att vara ett och samma problem, och ingen har svarat dem än. Den första skrev {first}. Händelsen är {owner}s, men kunderna väntar fortfarande. Kan du ta över eller se till att de hör från oss nu?',
      'Det här har de gemensamt: {shares}.',
      'Svara alla på en gång: svara på det här mejlet. Varje kund får ditt svar i ett eget mejl, i sin egen konversation.',
    ],
    afterAnswer: 'De som skrev tidigare har fått svar. De här har skrivit efter det senaste svaret.',
    samples: 'Några av meddelandena:',
    page: 'Se händelsen och skriv svaret där',
    resolve: 'Markera alla som lösta',
  },
  en: {
    subject: 'Needs an answer: {count} customers with the same problem are still waiting · {site}',
    paragraphs: [
      'Hi {backup},',
      "{count} customers have written to {site} about what looks like one and the same problem, and nobody has answered them yet. The first wrote at {first}. It is {owner}'s incident, but the customers are still waiting. Could you take over, or make sure they hear from us now?",
      'What they share: {shares}.',
      'Answer everyone at once: reply to this email. Each customer gets your answer in an email of their own, in their own conversation.',
    ],
    afterAnswer: 'Those who wrote earlier have had an answer. These wrote after the last one.',
    samples: 'Some of the messages:',
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
  const byAge = [...members].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  // The ones that may go public first: the backup should read those before any other.
  const samples = [
    ...byAge.filter((member) => member.level !== 'normal'),
    ...byAge.filter((member) => member.level === 'normal'),
  ].slice(0, SAMPLES);
  return renderNotice({
    locale,
    subject: words.subject,
    paragraphs: [
      ...words.paragraphs.slice(0, 2),
      ...(input.afterAnswer ? [words.afterAnswer] : []),
      ...words.paragraphs.slice(2),
      ...(samples.length ? [words.samples] : []),
    ],
    values: {
      count: String(members.length),
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
