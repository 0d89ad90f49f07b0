import type { Locale, SiteConfig } from '../config/schema.ts';
import { firstName } from '../domain/routing.ts';
import { renderNotice } from './notice.ts';
import type { RenderedEmail } from './rendered.ts';

/** To the owner, once, when the site's reputation breaker pauses its automated customer mail. */
const copy: Record<Locale, { subject: string; paragraphs: string[] }> = {
  nb: {
    subject: 'Vi har satt de automatiske e-postene til kundene på pause · {site}',
    paragraphs: [
      'Hei {owner},',
      'mange av e-postene vi har sendt til kundene til {site} den siste tiden kom i retur eller ble meldt som søppelpost ({bounceRate} kom i retur, {complaintRate} ble meldt). For at e-post fra oss fortsatt skal komme fram, har vi satt de automatiske e-postene til kundene på pause: mottaksbekreftelser, beskjeder om at saken er tatt, og spørsmålet om vi fikk det til.',
      'Alt annet går som før. Tilbakemeldingene lagres, du blir varslet om dem, og svarene du skriver går fortsatt til kundene.',
      'Som regel skyldes det at noen har skrevet inn mange ugyldige adresser i skjemaet. Den som drifter Earshot har fått beskjed og starter utsendelsene igjen når årsaken er funnet. Du trenger ikke gjøre noe.',
    ],
  },
  da: {
    subject: 'Vi har sat de automatiske mails til kunderne på pause · {site}',
    paragraphs: [
      'Hej {owner},',
      'mange af de mails, vi har sendt til kunderne hos {site} på det seneste, kom retur eller blev markeret som spam ({bounceRate} kom retur, {complaintRate} blev markeret). For at mails fra os fortsat kan nå frem, har vi sat de automatiske mails til kunderne på pause: kvitteringer, beskeder om, at sagen er taget, og spørgsmålet om, vi fik det løst.',
      'Alt andet kører som før. Tilbagemeldingerne bliver gemt, du får besked om dem, og de svar, du skriver, bliver stadig sendt til kunderne.',
      'Som regel skyldes det, at nogen har skrevet mange ugyldige adresser i formularen. Den, der driver Earshot, har fået besked og starter udsendelserne igen, når årsagen er fundet. Du behøver ikke gøre noget.',
    ],
  },
  sv: {
    subject: 'Vi har pausat de automatiska mejlen till kunderna · {site}',
    paragraphs: [
      'Hej {owner},',
      'många av mejlen vi har skickat till kunderna hos {site} på sistone kom i retur eller markerades som skräppost ({bounceRate} kom i retur, {complaintRate} markerades). För att mejl från oss ska fortsätta komma fram har vi pausat de automatiska mejlen till kunderna: bekräftelser, besked om att ärendet är taget och frågan om vi löste det.',
      'Allt annat fungerar som vanligt. Återkopplingen sparas, du får besked om den och svaren du skriver går fortfarande till kunderna.',
      'Oftast beror det på att någon har skrivit in många ogiltiga adresser i formuläret. Den som driver Earshot har fått besked och startar utskicken igen när orsaken är hittad. Du behöver inte göra något.',
    ],
  },
  en: {
    subject: "We've paused the automatic emails to customers · {site}",
    paragraphs: [
      'Hi {owner},',
      'many of the emails we sent to customers of {site} recently bounced or were marked as spam ({bounceRate} bounced, {complaintRate} were marked). So that email from us keeps getting through, we have paused the automatic emails to customers: acknowledgements, the note that someone has taken the case, and the question whether we made it right.',
      'Everything else carries on as usual. Feedback is stored, you are alerted to it, and the answers you write still go to the customers.',
      'Usually this means someone typed a lot of invalid addresses into the form. Whoever runs Earshot has been told and will restart these emails once the cause is found. There is nothing you need to do.',
    ],
  },
};

const percent = (rate: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'nb' ? 'nb-NO' : locale, {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(rate);

export function renderBreakerNotice(
  site: SiteConfig,
  rates: { bounceRate: number; complaintRate: number },
): RenderedEmail {
  const locale = site.defaultLocale;
  const t = copy[locale];
  return renderNotice({
    locale,
    subject: t.subject,
    paragraphs: t.paragraphs,
    values: {
      site: site.displayName,
      owner: firstName(site.owner),
      bounceRate: percent(rates.bounceRate, locale),
      complaintRate: percent(rates.complaintRate, locale),
    },
  });
}
