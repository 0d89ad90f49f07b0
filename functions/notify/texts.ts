import type { NotifyEventType } from '../config/notify-schema.ts';
import type { Locale } from '../config/schema.ts';

interface ChatCopy {
  headline: Record<Exclude<NotifyEventType, 'checkin.answered'>, string> & {
    'checkin.yes': string;
    'checkin.no': string;
    'incident.resolved': string;
    'incident.escalated': string;
  };
  rating: string;
  owner: string;
  promise: string;
  customer: string;
  note: string;
  complaints: string;
  incidentPage: string;
  resolveAll: string;
}

/**
 * The words of a chat message about a case, in the site's language, side by side for translators.
 * `{site}`, `{by}`, `{to}` are filled in; staff read these, so they are short and plain.
 */
export const CHAT_COPY: Record<Locale, ChatCopy> = {
  nb: {
    headline: {
      'feedback.received': 'Ny tilbakemelding til {site}',
      'feedback.urgent': 'Haster: denne kan spre seg · {site}',
      'incident.opened': 'Mange like klager til {site}',
      'incident.updated': 'Flere like klager til {site}',
      'case.claimed': '{by} har tatt saken',
      'case.escalated': 'Ingen har svart kunden ennå – {to} har fått beskjed',
      'case.resolved': '{by} har merket saken som løst',
      'checkin.yes': 'Kunden sier det ble ordnet',
      'checkin.no': 'Kunden sier det ikke ble ordnet – saken er åpen igjen',
      'incident.resolved': 'Hendelsen er løst for alle · {site}',
      'incident.escalated': 'Ingen har svart kundene ennå – {to} har fått beskjed · {site}',
    },
    rating: 'Vurdering',
    owner: 'Ansvarlig',
    promise: 'Lovet svar innen',
    customer: 'Kunde',
    note: 'Notat',
    complaints: 'Klager',
    incidentPage: 'Se hendelsen',
    resolveAll: 'Merk alle som løst',
  },
  da: {
    headline: {
      'feedback.received': 'Ny tilbagemelding til {site}',
      'feedback.urgent': 'Haster: denne kan sprede sig · {site}',
      'incident.opened': 'Mange ens klager til {site}',
      'incident.updated': 'Flere ens klager til {site}',
      'case.claimed': '{by} har taget sagen',
      'case.escalated': 'Ingen har svaret kunden endnu – {to} har fået besked',
      'case.resolved': '{by} har markeret sagen som løst',
      'checkin.yes': 'Kunden siger, det blev ordnet',
      'checkin.no': 'Kunden siger, det ikke blev ordnet – sagen er åben igen',
      'incident.resolved': 'Hændelsen er løst for alle · {site}',
      'incident.escalated': 'Ingen har svaret kunderne endnu – {to} har fået besked · {site}',
    },
    rating: 'Bedømmelse',
    owner: 'Ansvarlig',
    promise: 'Lovet svar senest',
    customer: 'Kunde',
    note: 'Note',
    complaints: 'Klager',
    incidentPage: 'Se hændelsen',
    resolveAll: 'Markér alle som løst',
  },
  sv: {
    headline: {
      'feedback.received': 'Ny återkoppling till {site}',
      'feedback.urgent': 'Brådskande: det här kan spridas · {site}',
      'incident.opened': 'Många likadana klagomål till {site}',
      'incident.updated': 'Fler likadana klagomål till {site}',
      'case.claimed': '{by} har tagit ärendet',
      'case.escalated': 'Ingen har svarat kunden än – {to} har fått besked',
      'case.resolved': '{by} har markerat ärendet som löst',
      'checkin.yes': 'Kunden säger att det blev löst',
      'checkin.no': 'Kunden säger att det inte blev löst – ärendet är öppet igen',
      'incident.resolved': 'Händelsen är löst för alla · {site}',
      'incident.escalated': 'Ingen har svarat kunderna än – {to} har fått besked · {site}',
    },
    rating: 'Betyg',
    owner: 'Ansvarig',
    promise: 'Utlovat svar senast',
    customer: 'Kund',
    note: 'Anteckning',
    complaints: 'Klagomål',
    incidentPage: 'Se händelsen',
    resolveAll: 'Markera alla som lösta',
  },
  en: {
    headline: {
      'feedback.received': 'New feedback for {site}',
      'feedback.urgent': 'Urgent: this one could spread · {site}',
      'incident.opened': 'Many similar complaints for {site}',
      'incident.updated': 'More similar complaints for {site}',
      'case.claimed': '{by} has taken the case',
      'case.escalated': 'Nobody has answered the customer yet – {to} has been told',
      'case.resolved': '{by} marked the case as resolved',
      'checkin.yes': 'The customer says it was made right',
      'checkin.no': 'The customer says it was not made right – the case is open again',
      'incident.resolved': 'The incident is resolved for everyone · {site}',
      'incident.escalated': 'Nobody has answered the customers yet – {to} has been told · {site}',
    },
    rating: 'Rating',
    owner: 'Owner',
    promise: 'Answer promised by',
    customer: 'Customer',
    note: 'Note',
    complaints: 'Complaints',
    incidentPage: 'See the incident',
    resolveAll: 'Mark all as resolved',
  },
};
