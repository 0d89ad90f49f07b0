import type { Locale } from '../config/schema.ts';
import type { Feedback, ThreadEntry } from '../domain/feedback.ts';
import { fill, formatDateTime } from './format.ts';
import { escapeHtml, textToHtml } from './html.ts';

const words: Record<Locale, Record<string, string>> = {
  nb: {
    customer: 'Kunden',
    submitted: 'Kunden sendte tilbakemeldingen',
    claimed: '{by} tok saken',
    resolved: '{by} merket saken som løst',
    reassigned: '{by} ga saken til {to}',
    escalated: 'Ingen hadde svart – varsel sendt til reservekontakten',
    reopened: 'Kunden var ikke fornøyd – saken ble åpnet igjen',
    recovered: 'Kunden bekreftet at det ble ordnet',
    'no-reply': 'Kunden svarte ikke på oppfølgingen – saken ble lukket',
    rejected: 'Ikke videresendt',
    attachments: 'vedlegg ble ikke videresendt',
    removed: 'fjernet før videresending: {what}',
    'action-link': 'handlingslenke',
    'reply-address': 'svaradresse',
    'staff-only': 'intern linje',
    original: 'Hele e-posten slik den kom',
  },
  da: {
    customer: 'Kunden',
    submitted: 'Kunden sendte tilbagemeldingen',
    claimed: '{by} tog sagen',
    resolved: '{by} markerede sagen som løst',
    reassigned: '{by} gav sagen til {to}',
    escalated: 'Ingen havde svaret – besked sendt til stedfortræderen',
    reopened: 'Kunden var ikke tilfreds – sagen blev genåbnet',
    recovered: 'Kunden bekræftede, at det blev ordnet',
    'no-reply': 'Kunden svarede ikke på opfølgningen – sagen blev lukket',
    rejected: 'Ikke videresendt',
    attachments: 'vedhæftede filer blev ikke videresendt',
    removed: 'fjernet før videresendelse: {what}',
    'action-link': 'handlingslink',
    'reply-address': 'svaradresse',
    'staff-only': 'intern linje',
    original: 'Hele mailen, som den kom',
  },
  sv: {
    customer: 'Kunden',
    submitted: 'Kunden skickade återkopplingen',
    claimed: '{by} tog ärendet',
    resolved: '{by} markerade ärendet som löst',
    reassigned: '{by} gav ärendet till {to}',
    escalated: 'Ingen hade svarat – besked skickat till reservkontakten',
    reopened: 'Kunden var inte nöjd – ärendet öppnades igen',
    recovered: 'Kunden bekräftade att det blev löst',
    'no-reply': 'Kunden svarade inte på uppföljningen – ärendet stängdes',
    rejected: 'Inte vidarebefordrat',
    attachments: 'bilagor vidarebefordrades inte',
    removed: 'borttaget före vidarebefordran: {what}',
    'action-link': 'åtgärdslänk',
    'reply-address': 'svarsadress',
    'staff-only': 'intern rad',
    original: 'Hela mejlet som det kom',
  },
  en: {
    customer: 'Customer',
    submitted: 'The customer sent the feedback',
    claimed: '{by} took the case',
    resolved: '{by} marked the case resolved',
    reassigned: '{by} handed the case to {to}',
    escalated: 'Nobody had answered – the backup contact was alerted',
    reopened: 'The customer was not satisfied – the case was reopened',
    recovered: 'The customer confirmed it was made right',
    'no-reply': 'The customer did not answer the check-in – the case was closed',
    rejected: 'Not relayed',
    attachments: 'attachments were not relayed',
    removed: 'removed before relaying: {what}',
    'action-link': 'action link',
    'reply-address': 'reply address',
    'staff-only': 'staff-only line',
    original: 'The whole email as it arrived',
  },
};

/**
 * Why an inbound message was kept but not relayed, in the reader's language. The record keeps the
 * reason as the inbound module wrote it; one it does not know yet is left out rather than shown
 * in English on a Norwegian page.
 */
const REJECTED: Record<string, Record<Locale, string>> = {
  'sender is not staff of this site': {
    nb: 'avsenderen er ikke registrert som ansatt',
    da: 'afsenderen er ikke registreret som medarbejder',
    sv: 'avsändaren är inte registrerad som personal',
    en: "the sender is not on this site's staff",
  },
  'sender is not the customer': {
    nb: 'avsenderen er ikke kunden',
    da: 'afsenderen er ikke kunden',
    sv: 'avsändaren är inte kunden',
    en: 'the sender is not the customer',
  },
  'no text in the message': {
    nb: 'meldingen var tom',
    da: 'beskeden var tom',
    sv: 'meddelandet var tomt',
    en: 'the message was empty',
  },
  'the customer left no email address': {
    nb: 'kunden oppga ingen e-postadresse',
    da: 'kunden har ikke oplyst en e-mailadresse',
    sv: 'kunden angav ingen e-postadress',
    en: 'the customer left no email address',
  },
  'the case is too long to add more': {
    nb: 'saken er for lang til å legge til mer',
    da: 'sagen er for lang til at tilføje mere',
    sv: 'ärendet är för långt för att lägga till mer',
    en: 'the case is too long to add more',
  },
  // The inbound module adds the detail after these (which header, which verdicts): matched by start.
  'automatic reply, not forwarded': {
    nb: 'automatisk svar, ikke videresendt',
    da: 'automatisk svar, ikke videresendt',
    sv: 'automatiskt svar, inte vidarebefordrat',
    en: 'automatic reply, not forwarded',
  },
  'sender not authenticated': {
    nb: 'avsenderen kunne ikke bekreftes',
    da: 'afsenderen kunne ikke bekræftes',
    sv: 'avsändaren kunde inte bekräftas',
    en: 'the sender could not be authenticated',
  },
  'relay limit reached': {
    nb: 'for mange meldinger på én time',
    da: 'for mange beskeder på én time',
    sv: 'för många meddelanden på en timme',
    en: 'too many messages within an hour',
  },
};

function whyNotRelayed(reason: string, locale: Locale): string | undefined {
  const known = REJECTED[reason] ?? Object.entries(REJECTED).find(([key]) => reason.startsWith(key))?.[1];
  return known?.[locale] ?? (locale === 'en' ? reason : undefined);
}

export interface ThreadLine {
  at: string;
  who: string;
  text: string;
  note?: string;
  /** An inbound email as it arrived, when the cutting took something out (staff pages only). */
  original?: string;
  originalLabel?: string;
}

/** The whole case in order: the original feedback, then every message and status change. */
export function threadLines(feedback: Feedback, locale: Locale, timeZone: string): ThreadLine[] {
  const t = words[locale];
  const when = (iso: string) => formatDateTime(iso, locale, timeZone);
  const first: ThreadLine = { at: when(feedback.createdAt), who: t.customer ?? '', text: feedback.message };
  return [first, ...feedback.thread.map((entry) => line(entry, locale, when))];
}

function rejectedNote(reason: string, locale: Locale): string {
  const why = whyNotRelayed(reason, locale);
  return why ? `${words[locale].rejected}: ${why}` : (words[locale].rejected ?? '');
}

function line(entry: ThreadEntry, locale: Locale, when: (iso: string) => string): ThreadLine {
  const t = words[locale];
  const notes = [
    entry.rejected ? rejectedNote(entry.rejected, locale) : '',
    entry.attachments ? `${entry.attachments} ${t.attachments}` : '',
    secretsNote(entry, t),
  ].filter(Boolean);
  const note = notes.length ? notes.join(' · ') : undefined;
  if (entry.kind === 'event') {
    const label = fill(t[entry.event ?? ''] ?? entry.event ?? '', { by: entry.by ?? '', to: entry.to ?? '' });
    return { at: when(entry.at), who: '—', text: entry.text ? `${label}: ${entry.text}` : label, note };
  }
  const who = entry.kind === 'customer' ? (t.customer ?? '') : (entry.by ?? '');
  const original = entry.original ? { original: entry.original, originalLabel: t.original ?? '' } : {};
  return { at: when(entry.at), who, text: entry.text ?? '', note, ...original };
}

/** Which of Earshot's secrets were taken out of a message before it was relayed. */
function secretsNote(entry: ThreadEntry, t: Record<string, string>): string {
  const secrets = (entry.removed ?? []).filter((kind) => t[kind] && kind !== 'original');
  return secrets.length ? fill(t.removed ?? '', { what: secrets.map((kind) => t[kind]).join(', ') }) : '';
}

export function threadText(lines: ThreadLine[]): string {
  return lines
    .map((entry) => `[${entry.at}] ${entry.who}${entry.note ? ` (${entry.note})` : ''}\n${entry.text}`)
    .join('\n\n');
}

export function threadHtml(lines: ThreadLine[]): string {
  return `<ol style="list-style:none;padding:0;margin:0">${lines
    .map(
      (entry) =>
        `<li style="margin:0 0 12px;padding:8px 12px;border-left:3px solid #c8c8c0"><div class="es-muted" style="font-size:14px;color:#555"><time>${escapeHtml(entry.at)}</time> · <strong>${escapeHtml(entry.who)}</strong>${entry.note ? ` · ${escapeHtml(entry.note)}` : ''}</div><div>${textToHtml(entry.text)}</div></li>`,
    )
    .join('')}</ol>`;
}
