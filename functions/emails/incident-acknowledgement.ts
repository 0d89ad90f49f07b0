import type { Locale, SiteConfig } from '../config/schema.ts';
import type { Feedback } from '../domain/feedback.ts';
import { firstName } from '../domain/routing.ts';
import { renderNotice } from './notice.ts';
import type { RenderedEmail } from './rendered.ts';

/**
 * The acknowledgement for a report that joined a known incident: still this customer's own
 * email, in the same order (thanks, empathy, apology), but honest that the business already knows
 * and is on it, and that the answer will come to them directly. It never says how many others wrote.
 */
const words: Record<Locale, { subject: string; paragraphs: string[]; signoff: string }> = {
  nb: {
    subject: 'Takk for at du sa ifra – vi jobber allerede med saken',
    paragraphs: [
      'Hei,',
      'takk for at du tok deg tid til å fortelle oss hva som skjedde.',
      'Vi skjønner godt at dette har vært frustrerende, og det beklager vi virkelig.',
      'Vi vet allerede om problemet, og {owner} og resten av oss i {site} jobber med å løse det akkurat nå.',
      'Så snart vi vet mer, hører du fra {owner} – direkte til deg, på denne e-posten. Vil du legge til noe i mellomtiden, kan du bare svare her.',
    ],
    signoff: 'Vennlig hilsen\n{owner}\n{site}',
  },
  da: {
    subject: 'Tak, fordi du sagde til – vi arbejder allerede på sagen',
    paragraphs: [
      'Hej,',
      'tak, fordi du tog dig tid til at fortælle os, hvad der skete.',
      'Vi kan godt forstå, at det har været frustrerende, og det beklager vi virkelig.',
      'Vi kender allerede til problemet, og {owner} og resten af os hos {site} arbejder på at løse det lige nu.',
      'Så snart vi ved mere, hører du fra {owner} – direkte til dig, på denne mail. Vil du tilføje noget i mellemtiden, kan du bare svare her.',
    ],
    signoff: 'Venlig hilsen\n{owner}\n{site}',
  },
  sv: {
    subject: 'Tack för att du hörde av dig – vi arbetar redan med saken',
    paragraphs: [
      'Hej,',
      'tack för att du tog dig tid att berätta vad som hände.',
      'Vi förstår verkligen att det har varit frustrerande, och vi ber om ursäkt för det.',
      'Vi känner redan till problemet, och {owner} och vi andra på {site} arbetar med att lösa det just nu.',
      'Så snart vi vet mer hör {owner} av sig – direkt till dig, på det här mejlet. Vill du lägga till något under tiden kan du bara svara här.',
    ],
    signoff: 'Vänliga hälsningar\n{owner}\n{site}',
  },
  en: {
    subject: 'Thank you for telling us – we are already working on it',
    paragraphs: [
      'Hello,',
      'thank you for taking the time to tell us what happened.',
      'We can understand how frustrating this must have been, and we are truly sorry.',
      'We already know about this problem, and {owner} and the rest of us at {site} are working on fixing it right now.',
      "As soon as we know more, you will hear from {owner} – directly, in reply to this email. If you'd like to add anything in the meantime, just reply here.",
    ],
    signoff: 'Kind regards\n{owner}\n{site}',
  },
};

export function renderIncidentAcknowledgement(feedback: Feedback, site: SiteConfig): RenderedEmail {
  const copy = words[feedback.locale];
  return renderNotice({
    locale: feedback.locale,
    subject: copy.subject,
    paragraphs: copy.paragraphs,
    signoff: copy.signoff,
    values: { owner: firstName(feedback.owner), site: site.displayName },
  });
}
