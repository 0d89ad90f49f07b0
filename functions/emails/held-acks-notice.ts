import type { Locale, SiteConfig } from '../config/schema.ts';
import { firstName } from '../domain/routing.ts';
import { renderNotice } from './notice.ts';
import type { RenderedEmail } from './rendered.ts';

/** To the owner, once an hour while the site's acknowledgement budget is holding mail back. */
const copy: Record<Locale, { subject: string; paragraphs: string[]; release: string }> = {
  nb: {
    subject: 'Vi holder tilbake mottaksbekreftelser · {site}',
    paragraphs: [
      'Hei {owner},',
      'Den siste timen har {site} fått flere tilbakemeldinger med e-postadresse enn de {budget} mottaksbekreftelsene vi sender i timen. Alle tilbakemeldingene er lagret, og du blir varslet om dem som vanlig. Kundene har bare ikke fått bekreftelsen fra oss ennå.',
      'Så mange på kort tid kan bety at noen bruker skjemaet til å sende e-post til fremmede. Er det ekte kunder, for eksempel etter en kampanje eller et problem mange merker, kan du sende de tilbakeholdte bekreftelsene med knappen under.',
      'Du får høyst én slik e-post i timen.',
    ],
    release: 'Send de tilbakeholdte bekreftelsene',
  },
  da: {
    subject: 'Vi holder kvitteringer tilbage · {site}',
    paragraphs: [
      'Hej {owner},',
      'Den seneste time har {site} fået flere tilbagemeldinger med mailadresse end de {budget} kvitteringer, vi sender i timen. Alle tilbagemeldingerne er gemt, og du får besked om dem som sædvanlig. Kunderne har bare ikke fået kvitteringen fra os endnu.',
      'Så mange på kort tid kan betyde, at nogen bruger formularen til at sende mails til fremmede. Er det rigtige kunder, for eksempel efter en kampagne eller et problem, mange oplever, kan du sende de tilbageholdte kvitteringer med knappen herunder.',
      'Du får højst én sådan mail i timen.',
    ],
    release: 'Send de tilbageholdte kvitteringer',
  },
  sv: {
    subject: 'Vi håller inne bekräftelser · {site}',
    paragraphs: [
      'Hej {owner},',
      'Den senaste timmen har {site} fått fler återkopplingar med e-postadress än de {budget} bekräftelser vi skickar per timme. All återkoppling är sparad och du får besked om den som vanligt. Kunderna har bara inte fått bekräftelsen från oss än.',
      'Så många på kort tid kan betyda att någon använder formuläret för att skicka mejl till främlingar. Är det riktiga kunder, till exempel efter en kampanj eller ett problem som många märker, kan du skicka de innehållna bekräftelserna med knappen nedan.',
      'Du får högst ett sådant mejl i timmen.',
    ],
    release: 'Skicka de innehållna bekräftelserna',
  },
  en: {
    subject: "We're holding back acknowledgements · {site}",
    paragraphs: [
      'Hi {owner},',
      'In the last hour {site} received more feedback with an email address than the {budget} acknowledgements we send an hour. Every piece of feedback is stored and you are alerted as usual; the customers just have not had our acknowledgement yet.',
      'So many in so little time can mean someone is using the form to email strangers. If these are real customers, say after a campaign or a problem many people noticed, you can send the held acknowledgements with the button below.',
      'You will get at most one email like this an hour.',
    ],
    release: 'Send the held acknowledgements',
  },
};

export function renderHeldMailNotice(site: SiteConfig, input: { releaseUrl: string }): RenderedEmail {
  const t = copy[site.defaultLocale];
  return renderNotice({
    locale: site.defaultLocale,
    subject: t.subject,
    paragraphs: t.paragraphs,
    values: {
      site: site.displayName,
      owner: firstName(site.owner),
      budget: String(site.ackBudgetPerHour),
    },
    links: [{ label: t.release, url: input.releaseUrl }],
  });
}
