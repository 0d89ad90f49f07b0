import type { Locale, SiteConfig } from '../config/schema.ts';
import type { MailDelivery } from '../domain/feedback.ts';
import { targetId, targetLabel } from '../domain/notify/targets.ts';
import type { OutgoingEmail } from '../domain/ports.ts';
import { firstName } from '../domain/routing.ts';
import { renderNotice } from './notice.ts';
import type { RenderedEmail } from './rendered.ts';

const copy: Record<Locale, { subject: string; paragraphs: string[]; signoff: string }> = {
  nb: {
    subject: 'Varsler til {target} er slått av · {site}',
    paragraphs: [
      'Hei {owner},',
      '{target} svarte at adressen ikke finnes lenger (410 Gone), så jeg har sluttet å sende varsler dit. E-postvarslene kommer som før, så ingen kunder blir glemt.',
      'Vil du ha varslene tilbake, lager du en ny webhook-adresse for kanalen og setter den inn i notify for {site} i earshot.config.json.',
    ],
    signoff: 'Hilsen Earshot',
  },
  da: {
    subject: 'Beskeder til {target} er slået fra · {site}',
    paragraphs: [
      'Hej {owner},',
      '{target} svarede, at adressen ikke findes længere (410 Gone), så jeg er holdt op med at sende beskeder dertil. Mailene kommer som før, så ingen kunder bliver glemt.',
      'Vil du have beskederne tilbage, så opret en ny webhook-adresse til kanalen og sæt den ind under notify for {site} i earshot.config.json.',
    ],
    signoff: 'Hilsen Earshot',
  },
  sv: {
    subject: 'Aviseringar till {target} är avstängda · {site}',
    paragraphs: [
      'Hej {owner},',
      '{target} svarade att adressen inte finns längre (410 Gone), så jag har slutat skicka aviseringar dit. Mejlen kommer som vanligt, så ingen kund blir bortglömd.',
      'Vill du ha aviseringarna tillbaka skapar du en ny webhook-adress för kanalen och lägger in den under notify för {site} i earshot.config.json.',
    ],
    signoff: 'Hälsningar, Earshot',
  },
  en: {
    subject: 'Notifications to {target} are switched off · {site}',
    paragraphs: [
      'Hi {owner},',
      '{target} answered that the address no longer exists (410 Gone), so I have stopped sending notifications there. Email alerts carry on as before, so no customer is missed.',
      'To have them back, create a new webhook address for the channel and put it in the notify list for {site} in earshot.config.json.',
    ],
    signoff: 'Best wishes, Earshot',
  },
};

/** To the site's owner, once, when a chat channel or webhook answered 410 and was turned off. */
export function renderNotifyOff(site: SiteConfig, target: string, owner: string): RenderedEmail {
  const locale = site.defaultLocale;
  const words = copy[locale];
  return renderNotice({
    locale,
    subject: words.subject,
    paragraphs: words.paragraphs,
    signoff: words.signoff,
    values: { site: site.displayName, target, owner },
  });
}

/**
 * The whole email, for whichever record met the 410 first (a case or an incident): the same
 * words to the same owner either way. `kind` is `notify-off:<target id>`. No reply address: there
 * is nothing to answer.
 */
export function composeNotifyOff(kind: string, site: SiteConfig, delivery?: MailDelivery): OutgoingEmail {
  const to = delivery?.recipient ?? site.owner.email;
  const target = site.notify.find((candidate) => targetId(candidate) === kind.split(':')[1]);
  const label = target ? targetLabel(target) : 'Webhook';
  return {
    from: { name: site.displayName, address: site.sender },
    to: [to],
    ...renderNotifyOff(site, label, firstName(site.owner)),
  };
}
