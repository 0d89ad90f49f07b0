import type { Locale, SiteConfig } from '../config/schema.ts';
import type { Feedback } from '../domain/feedback.ts';
import { firstName } from '../domain/routing.ts';
import { renderNotice } from './notice.ts';
import type { RenderedEmail } from './rendered.ts';

/** One question, from the owner by name, a few days after the case was resolved. */
const copy: Record<
  Locale,
  { subject: string; paragraphs: string[]; yes: string; no: string; signoff: string; unsubscribe: string }
> = {
  nb: {
    subject: 'Ble det ordnet? Et kort spørsmål fra {owner} i {site}',
    paragraphs: [
      'Hei,',
      'for noen dager siden fortalte du oss om noe som ikke var som det skulle. Vi vet at det var kjedelig, og vi beklager fortsatt at det skjedde.',
      'Nå vil jeg gjerne høre: Ble det ordnet slik at du er fornøyd? Ett klikk er nok.',
    ],
    yes: 'Ja, det ble ordnet',
    no: 'Nei, ikke helt',
    signoff: 'Vennlig hilsen\n{owner}\n{site}',
    unsubscribe: 'Vil du ikke få slike spørsmål fra oss igjen?',
  },
  da: {
    subject: 'Blev det ordnet? Et kort spørgsmål fra {owner} hos {site}',
    paragraphs: [
      'Hej,',
      'for nogle dage siden fortalte du os om noget, der ikke var, som det skulle være. Vi ved, at det var træls, og vi beklager stadig, at det skete.',
      'Nu vil jeg gerne høre: Blev det ordnet, så du er tilfreds? Et klik er nok.',
    ],
    yes: 'Ja, det blev ordnet',
    no: 'Nej, ikke helt',
    signoff: 'Venlig hilsen\n{owner}\n{site}',
    unsubscribe: 'Vil du ikke have den slags spørgsmål fra os igen?',
  },
  sv: {
    subject: 'Blev det löst? En kort fråga från {owner} på {site}',
    paragraphs: [
      'Hej,',
      'för några dagar sedan berättade du för oss om något som inte var som det skulle. Vi vet att det var tråkigt, och vi ber fortfarande om ursäkt för att det hände.',
      'Nu vill jag gärna höra: Blev det löst så att du är nöjd? Ett klick räcker.',
    ],
    yes: 'Ja, det blev löst',
    no: 'Nej, inte riktigt',
    signoff: 'Vänliga hälsningar\n{owner}\n{site}',
    unsubscribe: 'Vill du inte få sådana frågor från oss igen?',
  },
  en: {
    subject: 'Did we make it right? A quick question from {owner} at {site}',
    paragraphs: [
      'Hello,',
      "a few days ago you told us about something that wasn't as it should have been. We know it was frustrating, and we're still sorry it happened.",
      "Now I'd like to know: did we make it right for you? One click is enough.",
    ],
    yes: 'Yes, it was made right',
    no: 'No, not quite',
    signoff: 'Kind regards\n{owner}\n{site}',
    unsubscribe: "Don't want questions like this from us again?",
  },
};

export interface CheckInLinks {
  yes: string;
  no: string;
  unsubscribe: string;
}

export function renderCheckIn(feedback: Feedback, site: SiteConfig, links: CheckInLinks): RenderedEmail {
  const words = copy[feedback.locale];
  return renderNotice({
    locale: feedback.locale,
    subject: words.subject,
    paragraphs: words.paragraphs,
    values: { owner: firstName(feedback.claimedBy ?? feedback.owner), site: site.displayName },
    links: [
      { label: words.yes, url: links.yes },
      { label: words.no, url: links.no },
    ],
    signoff: words.signoff,
    footer: [{ text: words.unsubscribe, url: links.unsubscribe }],
  });
}

export const UNSUBSCRIBE_LINE: Record<Locale, string> = Object.fromEntries(
  Object.entries(copy).map(([locale, words]) => [locale, words.unsubscribe]),
) as Record<Locale, string>;
