import type { Locale, SiteConfig } from '../config/schema.ts';
import type { Feedback } from '../domain/feedback.ts';
import { formatDateTime } from './format.ts';
import { renderNotice } from './notice.ts';
import type { RenderedEmail } from './rendered.ts';

/** "Kari has your case": the customer learns who is handling it, by name. */
const claimed: Record<Locale, { subject: string; paragraphs: string[]; signoff: string }> = {
  nb: {
    subject: '{staff} i {site} tar seg av saken din',
    paragraphs: [
      'Hei,',
      'vi vet at det er kjedelig å vente når noe har gått galt, og vi beklager igjen at du havnet i denne situasjonen.',
      '{staff} har nå tatt saken din og jobber med den. Du hører fra {staff} senest {respondBy}. Har du noe å legge til, kan du bare svare på denne e-posten.',
    ],
    signoff: 'Vennlig hilsen\n{staff}\n{site}',
  },
  da: {
    subject: '{staff} hos {site} tager sig af din sag',
    paragraphs: [
      'Hej,',
      'vi ved, at det er træls at vente, når noget er gået galt, og vi beklager igen, at du er havnet i den situation.',
      '{staff} har nu taget din sag og arbejder på den. Du hører fra {staff} senest {respondBy}. Har du noget at tilføje, kan du bare svare på denne mail.',
    ],
    signoff: 'Venlig hilsen\n{staff}\n{site}',
  },
  sv: {
    subject: '{staff} på {site} tar hand om ditt ärende',
    paragraphs: [
      'Hej,',
      'vi vet att det är tråkigt att vänta när något har gått fel, och vi ber återigen om ursäkt för att du hamnade i den här situationen.',
      '{staff} har nu tagit ditt ärende och arbetar med det. Du hör av {staff} senast {respondBy}. Har du något att lägga till kan du bara svara på det här mejlet.',
    ],
    signoff: 'Vänliga hälsningar\n{staff}\n{site}',
  },
  en: {
    subject: '{staff} at {site} is looking after your case',
    paragraphs: [
      'Hello,',
      "we know waiting is no fun when something has gone wrong, and we're sorry again that you ended up in this situation.",
      "{staff} has now taken your case and is working on it. You'll hear from {staff} by {respondBy} at the latest. If you'd like to add anything, just reply to this email.",
    ],
    signoff: 'Kind regards\n{staff}\n{site}',
  },
};

const reply: Record<Locale, { subject: string; footer: string }> = {
  nb: { subject: 'Svar fra {staff} i {site}', footer: 'Du kan svare direkte på denne e-posten.' },
  da: { subject: 'Svar fra {staff} hos {site}', footer: 'Du kan svare direkte på denne mail.' },
  sv: { subject: 'Svar från {staff} på {site}', footer: 'Du kan svara direkt på det här mejlet.' },
  en: { subject: 'A reply from {staff} at {site}', footer: 'You can reply directly to this email.' },
};

export function renderClaimed(feedback: Feedback, site: SiteConfig, staffName: string): RenderedEmail {
  const words = claimed[feedback.locale];
  return renderNotice({
    locale: feedback.locale,
    subject: words.subject,
    paragraphs: words.paragraphs,
    signoff: words.signoff,
    values: {
      staff: staffName,
      site: site.displayName,
      respondBy: formatDateTime(feedback.respondBy, feedback.locale, site.timeZone),
    },
  });
}

/** A staff member's answer, relayed in their own words from the site's address. */
export function renderStaffReply(
  feedback: Feedback,
  site: SiteConfig,
  staffName: string,
  text: string,
): RenderedEmail {
  const words = reply[feedback.locale];
  return renderNotice({
    locale: feedback.locale,
    subject: words.subject,
    paragraphs: [],
    body: text,
    values: { staff: staffName, site: site.displayName },
    footer: [{ text: words.footer }],
  });
}
