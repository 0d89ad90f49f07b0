import type { Locale, SiteConfig } from '../config/schema.ts';
import type { Feedback } from '../domain/feedback.ts';
import { firstName } from '../domain/routing.ts';
import { CHECK_IN_ANSWERS } from './check-in-answers.ts';
import { greeting } from './greeting.ts';
import { renderNotice } from './notice.ts';
import type { RenderedEmail } from './rendered.ts';

/**
 * One question, from the owner in her own voice, a few days after the case was resolved. It says
 * what a click does: it opens a page, and the one button there sends the answer. A link in an
 * email cannot answer by itself, because mail scanners open every link before the customer does.
 */
const copy: Record<
  Locale,
  {
    subject: string;
    paragraphs: string[];
    signoff: string;
    unsubscribe: [text: string, label: string];
  }
> = {
  nb: {
    subject: 'Ble det ordnet? Et kort spørsmål fra {site}',
    paragraphs: [
      'For noen dager siden fortalte du oss om noe som ikke var som det skulle. Jeg håper det er i orden nå, men jeg vil gjerne høre det fra deg.',
      'Ble det ordnet slik at du er fornøyd? Velg et svar under. På siden som åpnes, trykker du «Send svaret», så er det registrert. Der kan du også skrive noen ord, om du vil.',
    ],
    signoff: 'Vennlig hilsen\n{owner}\n{site}',
    unsubscribe: ['Vil du ikke få slike spørsmål fra oss igjen?', 'Meld deg av'],
  },
  da: {
    subject: 'Blev det ordnet? Et kort spørgsmål fra {site}',
    paragraphs: [
      'For nogle dage siden fortalte du os om noget, der ikke var, som det skulle være. Jeg håber, det er i orden nu, men jeg vil gerne høre det fra dig.',
      'Blev det ordnet, så du er tilfreds? Vælg et svar herunder. På siden, der åbnes, trykker du på »Send svaret«, så er det registreret. Der kan du også skrive et par ord, hvis du vil.',
    ],
    signoff: 'Venlig hilsen\n{owner}\n{site}',
    unsubscribe: ['Vil du ikke have den slags spørgsmål fra os igen?', 'Afmeld dig'],
  },
  sv: {
    subject: 'Blev det löst? En kort fråga från {site}',
    paragraphs: [
      'För några dagar sedan berättade du för oss om något som inte var som det skulle. Jag hoppas att allt är i ordning nu, men jag vill gärna höra det från dig.',
      'Blev det löst så att du är nöjd? Välj ett svar här nedanför. På sidan som öppnas trycker du på ”Skicka svaret”, så är det registrerat. Där kan du också skriva några ord om du vill.',
    ],
    signoff: 'Vänliga hälsningar\n{owner}\n{site}',
    unsubscribe: ['Vill du inte få sådana frågor från oss igen?', 'Avregistrera dig'],
  },
  en: {
    subject: 'Did we make it right? A quick question from {site}',
    paragraphs: [
      "A few days ago you told us about something that wasn't as it should have been. I hope it's sorted now, but I'd like to hear it from you.",
      "Did we make it right for you? Choose an answer below. On the page that opens, press “Send my answer” and it's recorded. You can add a few words there too, if you like.",
    ],
    signoff: 'Kind regards\n{owner}\n{site}',
    unsubscribe: ["Don't want questions like this from us again?", 'Unsubscribe'],
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
    paragraphs: [greeting(feedback.locale, feedback.name), ...words.paragraphs],
    values: { owner: firstName(feedback.claimedBy ?? feedback.owner), site: site.displayName },
    links: [
      { label: CHECK_IN_ANSWERS[feedback.locale].yes, url: links.yes },
      { label: CHECK_IN_ANSWERS[feedback.locale].no, url: links.no },
    ],
    signoff: words.signoff,
    footer: [{ text: words.unsubscribe[0], label: words.unsubscribe[1], url: links.unsubscribe }],
  });
}
