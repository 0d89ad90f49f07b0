import type { Locale, SiteConfig } from '../config/schema.ts';
import type { Feedback } from '../domain/feedback.ts';
import { firstName } from '../domain/routing.ts';
import { greeting } from './greeting.ts';
import { renderNotice } from './notice.ts';
import type { RenderedEmail } from './rendered.ts';

/**
 * The acknowledgement for a report that joined a known incident: still this customer's own
 * email, in the owner's first person and in the same order (thanks, empathy, apology), but honest that the business already knows
 * and is on it, and that the answer will come to them directly. It never says how many others wrote.
 */
const words: Record<Locale, { subject: string; paragraphs: string[]; signoff: string }> = {
  nb: {
    subject: 'Takk for at du sa ifra – vi jobber allerede med saken',
    paragraphs: [
      'Takk for at du fortalte hva som skjedde. Jeg skjønner godt at det har vært frustrerende, og jeg beklager virkelig at det ble slik.',
      'Vi vet allerede om problemet og jobber med å løse det akkurat nå. Jeg følger saken din selv, og så snart vi vet mer, hører du fra meg – direkte til deg, på denne e-posten.',
      'Vil du legge til noe i mellomtiden, er det bare å svare her.',
    ],
    signoff: 'Vennlig hilsen\n{owner}\n{site}',
  },
  da: {
    subject: 'Tak, fordi du sagde til – vi arbejder allerede på sagen',
    paragraphs: [
      'Tak, fordi du fortalte, hvad der skete. Jeg kan godt forstå, at det har været frustrerende, og jeg beklager virkelig, at det skete.',
      'Vi kender allerede til problemet og arbejder på at løse det lige nu. Jeg følger selv din sag, og så snart vi ved mere, hører du fra mig – direkte til dig, på denne e-mail.',
      'Vil du tilføje noget i mellemtiden, kan du bare svare her.',
    ],
    signoff: 'Venlig hilsen\n{owner}\n{site}',
  },
  sv: {
    subject: 'Tack för att du hörde av dig – vi arbetar redan med saken',
    paragraphs: [
      'Tack för att du berättade vad som hände. Jag förstår verkligen att det har varit frustrerande, och jag ber om ursäkt för att det blev så.',
      'Vi känner redan till problemet och arbetar med att lösa det just nu. Jag följer ditt ärende själv, och så snart vi vet mer hör du av mig – direkt till dig, som svar på det här mejlet.',
      'Vill du lägga till något under tiden kan du bara svara här.',
    ],
    signoff: 'Vänliga hälsningar\n{owner}\n{site}',
  },
  en: {
    subject: 'Thank you for telling us – we are already working on it',
    paragraphs: [
      "Thank you for telling me what happened. I can understand how frustrating it has been, and I'm truly sorry.",
      "We already know about this problem and are working on fixing it right now. I'm following your case myself, and as soon as we know more, you'll hear from me – directly, in reply to this email.",
      "If you'd like to add anything in the meantime, just reply here.",
    ],
    signoff: 'Kind regards\n{owner}\n{site}',
  },
};

export function renderIncidentAcknowledgement(feedback: Feedback, site: SiteConfig): RenderedEmail {
  const copy = words[feedback.locale];
  return renderNotice({
    locale: feedback.locale,
    subject: copy.subject,
    paragraphs: [greeting(feedback.locale), ...copy.paragraphs],
    signoff: copy.signoff,
    values: { owner: firstName(feedback.owner), site: site.displayName },
  });
}
