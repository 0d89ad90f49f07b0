import type { Locale, SiteConfig } from '../config/schema.ts';
import type { Feedback } from '../domain/feedback.ts';
import { firstName } from '../domain/routing.ts';
import { headerSafe } from './format.ts';
import { renderNotice } from './notice.ts';
import type { RenderedEmail } from './rendered.ts';

/**
 * A case holds at most this many messages. Storage no longer needs a limit (each entry is an item
 * of its own); this one is against abuse: a mail loop or a script that writes to a reply address
 * and keeps at it past the relay limit would otherwise grow one case forever. No person's
 * conversation comes near it.
 */
export const THREAD_CAP = 2_000;

/** A reply that came after the case was full: its writer hears so, once, instead of silence. */
const customerCopy: Record<Locale, { subject: string; paragraphs: string[]; signoff: string }> = {
  nb: {
    subject: 'Den siste meldingen din kom ikke fram',
    paragraphs: [
      'Hei, og takk for at du skrev igjen.',
      'Samtalen vår i denne saken har blitt så lang at jeg ikke får lagt til flere meldinger, så den siste meldingen din har dessverre ikke nådd meg. Det er jeg lei meg for.',
      'Vil du sende den som en ny tilbakemelding på nettsiden til {site}? Da kommer den rett til meg, og jeg svarer deg så snart jeg kan.',
    ],
    signoff: 'Hilsen {owner}, {site}',
  },
  da: {
    subject: 'Din seneste besked nåede ikke frem',
    paragraphs: [
      'Hej, og tak fordi du skrev igen.',
      'Vores samtale i denne sag er blevet så lang, at jeg ikke kan tilføje flere beskeder, så din seneste besked er desværre ikke nået frem til mig. Det er jeg ked af.',
      'Vil du sende den som en ny tilbagemelding på hjemmesiden hos {site}? Så kommer den direkte til mig, og jeg svarer dig, så snart jeg kan.',
    ],
    signoff: 'Venlig hilsen {owner}, {site}',
  },
  sv: {
    subject: 'Ditt senaste meddelande kom inte fram',
    paragraphs: [
      'Hej, och tack för att du skrev igen.',
      'Vår konversation i det här ärendet har blivit så lång att jag inte kan lägga till fler meddelanden, så ditt senaste meddelande har tyvärr inte nått mig. Det är jag ledsen för.',
      'Vill du skicka det som en ny återkoppling på webbplatsen hos {site}? Då kommer det direkt till mig och jag svarar dig så snart jag kan.',
    ],
    signoff: 'Hälsningar {owner}, {site}',
  },
  en: {
    subject: "Your latest message didn't reach me",
    paragraphs: [
      'Hello, and thank you for writing again.',
      'Our conversation on this case has grown so long that I cannot add any more messages to it, so your latest message has not reached me. I am sorry about that.',
      "Would you send it as new feedback on {site}'s website? Then it comes straight to me, and I will answer you as soon as I can.",
    ],
    signoff: 'Best wishes, {owner}, {site}',
  },
};

const staffCopy: Record<Locale, { subject: string; paragraphs: string[]; view: string }> = {
  nb: {
    subject: 'Svaret ditt ble ikke sendt: saken er full · «{excerpt}»',
    paragraphs: [
      'Hei {staff}. Denne saken har nådd {cap} meldinger, og mer kan ikke én sak romme. Svaret ditt er derfor verken lagret eller sendt til kunden.',
      'Skriv gjerne til kunden direkte fra din egen e-post: {customer}.',
    ],
    view: 'Se hele saken',
  },
  da: {
    subject: 'Dit svar blev ikke sendt: sagen er fuld · »{excerpt}«',
    paragraphs: [
      'Hej {staff}. Denne sag har nået {cap} beskeder, og mere kan én sag ikke rumme. Dit svar er derfor hverken gemt eller sendt til kunden.',
      'Skriv gerne til kunden direkte fra din egen mail: {customer}.',
    ],
    view: 'Se hele sagen',
  },
  sv: {
    subject: 'Ditt svar skickades inte: ärendet är fullt · ”{excerpt}”',
    paragraphs: [
      'Hej {staff}. Det här ärendet har nått {cap} meddelanden, och mer än så rymmer inte ett ärende. Ditt svar har därför varken sparats eller skickats till kunden.',
      'Skriv gärna till kunden direkt från din egen e-post: {customer}.',
    ],
    view: 'Se hela ärendet',
  },
  en: {
    subject: 'Your reply was not sent: the case is full · “{excerpt}”',
    paragraphs: [
      'Hi {staff}. This case has reached {cap} messages, which is as many as one case can hold. So your reply was neither stored nor sent to the customer.',
      'Please write to the customer directly from your own mail: {customer}.',
    ],
    view: 'See the whole case',
  },
};

export function renderThreadFullToCustomer(feedback: Feedback, site: SiteConfig): RenderedEmail {
  const t = customerCopy[feedback.locale];
  return renderNotice({
    locale: feedback.locale,
    subject: t.subject,
    paragraphs: t.paragraphs,
    signoff: t.signoff,
    values: { site: site.displayName, owner: firstName(feedback.claimedBy ?? feedback.owner) },
  });
}

export function renderThreadFullToStaff(
  feedback: Feedback,
  site: SiteConfig,
  options: { staffName: string; viewUrl: string },
): RenderedEmail {
  const t = staffCopy[site.defaultLocale];
  return renderNotice({
    locale: site.defaultLocale,
    subject: t.subject,
    paragraphs: t.paragraphs,
    values: {
      staff: options.staffName,
      cap: String(THREAD_CAP),
      customer: feedback.email ?? '',
      excerpt: headerSafe(feedback.message, 50),
    },
    links: [{ label: t.view, url: options.viewUrl }],
  });
}
