import type { Locale, SiteConfig } from '../config/schema.ts';
import type { Feedback } from '../domain/feedback.ts';
import { firstName } from '../domain/routing.ts';
import { actionLinks } from './action-labels.ts';
import { formatDuration, headerSafe, quoted } from './format.ts';
import { renderNotice } from './notice.ts';
import type { RenderedEmail } from './rendered.ts';
import type { AlertLinks } from './staff-alert.ts';
import { threadLines } from './thread.ts';

type Kind = 'escalation' | 'reminder' | 'customerReply' | 'reopened';

const copy: Record<
  Locale,
  Record<Kind, { subject: string; paragraphs: string[] }> & Record<string, unknown>
> = {
  nb: {
    reopened: {
      subject: 'Åpnet igjen: kunden er ikke fornøyd ennå · {site} · {excerpt}',
      paragraphs: [
        'Hei {owner},',
        'Kunden svarte «nei» på spørsmålet om det ble ordnet. Saken er åpen igjen og din – ta kontakt så snart du kan. Svar på denne e-posten, så går svaret rett til kunden.',
      ],
    },
    escalation: {
      subject: 'Trenger svar: ingen har svart kunden ennå · {rating}/5 · {site} · {excerpt}',
      paragraphs: [
        'Hei {backup},',
        'Denne tilbakemeldingen til {site} har ikke fått svar innen {escalateAfter}. Det er {owner} som har saken, men kunden venter fortsatt. Kan du ta over, eller sørge for at kunden hører fra oss nå?',
      ],
    },
    reminder: {
      subject: 'Påminnelse: kunden venter på svar · {site} · {excerpt}',
      paragraphs: [
        'Hei {owner},',
        'Kunden har ventet i {escalateAfter} uten svar, og {backup} har fått beskjed. Et kort svar nå betyr mye – bare svar på denne e-posten.',
      ],
    },
    customerReply: {
      subject: 'Kunden har svart · {site} · {excerpt}',
      paragraphs: [
        'Hei {owner},',
        'Kunden har svart i saken. Svar på denne e-posten, så går svaret rett til kunden.',
      ],
    },
    thread: 'Hele saken',
    links: 'Handlinger',
  },
  da: {
    reopened: {
      subject: 'Genåbnet: kunden er ikke tilfreds endnu · {site} · {excerpt}',
      paragraphs: [
        'Hej {owner},',
        'Kunden svarede »nej« til, om det blev ordnet. Sagen er åben igen og din – tag kontakt, så snart du kan. Svar på denne e-mail, så går svaret direkte til kunden.',
      ],
    },
    escalation: {
      subject: 'Mangler svar: ingen har svaret kunden endnu · {rating}/5 · {site} · {excerpt}',
      paragraphs: [
        'Hej {backup},',
        'Denne tilbagemelding til {site} har ikke fået svar inden for {escalateAfter}. Sagen er {owner}s, men kunden venter stadig. Kan du tage over eller sørge for, at kunden hører fra os nu?',
      ],
    },
    reminder: {
      subject: 'Påmindelse: kunden venter på svar · {site} · {excerpt}',
      paragraphs: [
        'Hej {owner},',
        'Kunden har ventet i {escalateAfter} uden svar, og {backup} har fået besked. Et kort svar nu betyder meget – svar bare på denne e-mail.',
      ],
    },
    customerReply: {
      subject: 'Kunden har svaret · {site} · {excerpt}',
      paragraphs: [
        'Hej {owner},',
        'Kunden har svaret i sagen. Svar på denne e-mail, så går svaret direkte til kunden.',
      ],
    },
    thread: 'Hele sagen',
    links: 'Handlinger',
  },
  sv: {
    reopened: {
      subject: 'Öppnat igen: kunden är inte nöjd än · {site} · {excerpt}',
      paragraphs: [
        'Hej {owner},',
        'Kunden svarade ”nej” på frågan om det blev löst. Ärendet är öppet igen och ditt – hör av dig så snart du kan. Svara på det här mejlet så går svaret direkt till kunden.',
      ],
    },
    escalation: {
      subject: 'Behöver svar: ingen har svarat kunden än · {rating}/5 · {site} · {excerpt}',
      paragraphs: [
        'Hej {backup},',
        'Den här återkopplingen till {site} har inte fått svar inom {escalateAfter}. Ärendet är {owner}s, men kunden väntar fortfarande. Kan du ta över eller se till att kunden hör från oss nu?',
      ],
    },
    reminder: {
      subject: 'Påminnelse: kunden väntar på svar · {site} · {excerpt}',
      paragraphs: [
        'Hej {owner},',
        'Kunden har väntat i {escalateAfter} utan svar, och {backup} har fått besked. Ett kort svar nu betyder mycket – svara bara på det här mejlet.',
      ],
    },
    customerReply: {
      subject: 'Kunden har svarat · {site} · {excerpt}',
      paragraphs: [
        'Hej {owner},',
        'Kunden har svarat i ärendet. Svara på det här mejlet så går svaret direkt till kunden.',
      ],
    },
    thread: 'Hela ärendet',
    links: 'Åtgärder',
  },
  en: {
    reopened: {
      subject: 'Reopened: the customer is not satisfied yet · {site} · {excerpt}',
      paragraphs: [
        'Hi {owner},',
        'The customer answered “no” when we asked whether it was made right. The case is open again and yours – please get in touch as soon as you can. Reply to this email and your answer goes straight to them.',
      ],
    },
    escalation: {
      subject: 'Needs an answer: nobody has replied yet · {rating}/5 · {site} · {excerpt}',
      paragraphs: [
        'Hi {backup},',
        "This feedback for {site} has had no answer within {escalateAfter}. It is {owner}'s case, but the customer is still waiting. Could you take over, or make sure the customer hears from us now?",
      ],
    },
    reminder: {
      subject: 'Reminder: a customer is waiting for your answer · {site} · {excerpt}',
      paragraphs: [
        'Hi {owner},',
        'The customer has waited {escalateAfter} without an answer, and {backup} has been told. A short reply now means a lot – just reply to this email.',
      ],
    },
    customerReply: {
      subject: 'The customer replied · {site} · {excerpt}',
      paragraphs: [
        'Hi {owner},',
        'The customer has replied. Reply to this email and your answer goes straight to them.',
      ],
    },
    thread: 'The whole case',
    links: 'Actions',
  },
};

/** Escalation to the backup, reminder to the owner, or a customer's answer relayed to the owner. */
export function renderStaffNotice(
  kind: Kind,
  feedback: Feedback,
  site: SiteConfig,
  options: { links?: AlertLinks; quote?: string } = {},
): RenderedEmail {
  const locale = site.defaultLocale;
  const words = copy[locale][kind];
  return renderNotice({
    locale,
    subject: words.subject,
    paragraphs: words.paragraphs,
    values: {
      site: site.displayName,
      rating: String(feedback.rating),
      excerpt: quoted(headerSafe(feedback.message, 50), locale),
      owner: firstName(feedback.owner),
      backup: firstName(site.backup),
      escalateAfter: formatDuration(site.escalateAfter, locale),
    },
    quote: options.quote,
    links: actionLinks(options.links, locale),
    thread: { heading: copy[locale].thread as string, lines: threadLines(feedback, locale, site.timeZone) },
  });
}
