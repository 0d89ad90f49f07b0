import type { Locale, SiteConfig } from '../config/schema.ts';
import { headerSafe, quoted } from './format.ts';
import { renderNotice } from './notice.ts';
import type { RenderedEmail } from './rendered.ts';

/** Why a customer did not get an email: SES kept failing, or the address refuses our mail. */
export type Undelivered = 'dead-customer-mail' | 'dead-answer' | 'suppressed-answer';

const copy: Record<
  Locale,
  Record<Undelivered, string> & { subject: string; hello: string; next: string; view: string }
> = {
  nb: {
    subject: 'Kom ikke fram til kunden · {site} · {excerpt}',
    hello: 'Hei {name},',
    'dead-customer-mail':
      'En e-post fra oss til kunden i denne saken kunne ikke leveres, selv etter flere forsøk, så kunden har ikke fått den.',
    'dead-answer':
      'Svaret ditt til kunden i denne saken kunne ikke leveres, selv etter flere forsøk, så kunden har ikke fått det.',
    'suppressed-answer':
      'Svaret ditt ble ikke sendt til kunden. Adressen har avvist e-post fra oss før, eller kunden har meldt den som uønsket, så vi sender ikke dit lenger.',
    next: 'Har du en annen måte å nå kunden på, er det lurt å bruke den nå, så ingen sitter og venter på et svar som aldri kommer.',
    view: 'Se saken',
  },
  da: {
    subject: 'Nåede ikke frem til kunden · {site} · {excerpt}',
    hello: 'Hej {name},',
    'dead-customer-mail':
      'En e-mail fra os til kunden i denne sag kunne ikke leveres, heller ikke efter flere forsøg, så kunden har ikke fået den.',
    'dead-answer':
      'Dit svar til kunden i denne sag kunne ikke leveres, heller ikke efter flere forsøg, så kunden har ikke fået det.',
    'suppressed-answer':
      'Dit svar blev ikke sendt til kunden. Adressen har afvist e-mails fra os før, eller kunden har markeret dem som uønskede, så vi sender ikke dertil mere.',
    next: 'Har du en anden måde at nå kunden på, er det en god idé at bruge den nu, så ingen sidder og venter på et svar, der aldrig kommer.',
    view: 'Se sagen',
  },
  sv: {
    subject: 'Kom inte fram till kunden · {site} · {excerpt}',
    hello: 'Hej {name},',
    'dead-customer-mail':
      'Ett mejl från oss till kunden i det här ärendet kunde inte levereras, inte ens efter flera försök, så kunden har inte fått det.',
    'dead-answer':
      'Ditt svar till kunden i det här ärendet kunde inte levereras, inte ens efter flera försök, så kunden har inte fått det.',
    'suppressed-answer':
      'Ditt svar skickades inte till kunden. Adressen har avvisat mejl från oss tidigare, eller så har kunden markerat dem som oönskade, så vi skickar inte dit längre.',
    next: 'Har du ett annat sätt att nå kunden är det bra att använda det nu, så att ingen sitter och väntar på ett svar som aldrig kommer.',
    view: 'Se ärendet',
  },
  en: {
    subject: "Didn't reach the customer · {site} · {excerpt}",
    hello: 'Hi {name},',
    'dead-customer-mail':
      'An email from us to the customer in this case could not be delivered, even after several tries, so the customer has not received it.',
    'dead-answer':
      'Your answer to the customer in this case could not be delivered, even after several tries, so the customer has not received it.',
    'suppressed-answer':
      'Your answer was not sent to the customer. Their address has refused our mail before, or they marked it as unwanted, so we no longer send there.',
    next: 'If you have another way to reach the customer, now is a good time to use it, so nobody is left waiting for an answer that never comes.',
    view: 'See the case',
  },
};

export function renderUndeliveredNotice(
  site: SiteConfig,
  input: { why: Undelivered; name: string; message: string; answer?: string; caseUrl: string },
): RenderedEmail {
  const t = copy[site.defaultLocale];
  return renderNotice({
    locale: site.defaultLocale,
    subject: t.subject,
    paragraphs: [t.hello, t[input.why], t.next],
    values: {
      site: site.displayName,
      name: input.name,
      excerpt: quoted(headerSafe(input.message, 50), site.defaultLocale),
    },
    ...(input.answer ? { quote: input.answer } : {}),
    links: [{ label: t.view, url: input.caseUrl }],
  });
}
