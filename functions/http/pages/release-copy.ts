import type { Locale } from '../../config/schema.ts';
import type { Plural } from '../../emails/format.ts';

/**
 * The release page's words: what pressing does, then what happened. Beside the other page copy,
 * not in the notice email that links here, so the API does not carry that email.
 */
export const releaseCopy: Record<
  Locale,
  { title: string; explain: string; button: string; done: Plural; none: string; broken: string }
> = {
  nb: {
    title: 'Send tilbakeholdte bekreftelser',
    explain: 'Trykk på knappen, så sender vi mottaksbekreftelsene vi holdt tilbake for {site}.',
    button: 'Send dem nå',
    done: ['Takk! Bekreftelsen er på vei til kunden.', 'Takk! {count} bekreftelser er på vei til kundene.'],
    none: 'Det er ingen tilbakeholdte bekreftelser å sende akkurat nå.',
    broken: 'Denne lenken virker ikke lenger. Du får en ny hvis vi holder tilbake bekreftelser igjen.',
  },
  da: {
    title: 'Send tilbageholdte kvitteringer',
    explain: 'Tryk på knappen, så sender vi de kvitteringer, vi holdt tilbage for {site}.',
    button: 'Send dem nu',
    done: ['Tak! Kvitteringen er på vej til kunden.', 'Tak! {count} kvitteringer er på vej til kunderne.'],
    none: 'Der er ingen tilbageholdte kvitteringer at sende lige nu.',
    broken: 'Dette link virker ikke længere. Du får et nyt, hvis vi holder kvitteringer tilbage igen.',
  },
  sv: {
    title: 'Skicka innehållna bekräftelser',
    explain: 'Tryck på knappen så skickar vi bekräftelserna vi höll inne för {site}.',
    button: 'Skicka dem nu',
    done: [
      'Tack! Bekräftelsen är på väg till kunden.',
      'Tack! {count} bekräftelser är på väg till kunderna.',
    ],
    none: 'Det finns inga innehållna bekräftelser att skicka just nu.',
    broken: 'Den här länken fungerar inte längre. Du får en ny om vi håller inne bekräftelser igen.',
  },
  en: {
    title: 'Send the held acknowledgements',
    explain: 'Press the button and we will send the acknowledgements we held back for {site}.',
    button: 'Send them now',
    done: [
      'Thank you! The acknowledgement is on its way to the customer.',
      'Thank you! {count} acknowledgements are on their way to the customers.',
    ],
    none: 'There are no held acknowledgements to send right now.',
    broken: 'This link no longer works. You will get a new one if we hold back acknowledgements again.',
  },
};
