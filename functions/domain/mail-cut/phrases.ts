import type { Locale } from '../../config/schema.ts';

/**
 * The words mail clients and Earshot put around a reply, in all four languages side by side so a
 * translator sees them together. Everything here is matched as plain text (lower case, quote
 * prefixes and Markdown-ish `*bold*` stripped): no pattern in this module can backtrack.
 */

/** The first line of every answerable email: the parser cuts here before anything else. */
export const REPLY_MARKER: Record<Locale, string> = {
  nb: 'Skriv svaret over denne linjen',
  da: 'Skriv dit svar over denne linje',
  sv: 'Skriv ditt svar ovanför den här raden',
  en: 'Write your reply above this line',
};

/** Outlook's separator lines, `-----Original Message-----` and friends (forwards too). */
export const SEPARATORS: readonly string[] = [
  'original message',
  'opprinnelig melding',
  'oprindelig meddelelse',
  'ursprungligt meddelande',
  'forwarded message',
  'videresendt melding',
  'videresendt meddelelse',
  'vidarebefordrat meddelande',
];

/** Outlook's quoted header block: a From line, then (within a few lines) one of the others. */
export const HEADER_FROM: readonly string[] = ['from', 'fra', 'från'];
export const HEADER_OTHERS: readonly string[] = [
  'sent',
  'date',
  'to',
  'cc',
  'subject',
  'sendt',
  'dato',
  'til',
  'kopi',
  'emne',
  'skickat',
  'datum',
  'till',
  'kopia',
  'ämne',
];

/** The labels of the line that dates the quoted message: `Sent:`, `Sendt:`, `Skickat:`, `Datum:`… */
export const HEADER_DATES: readonly string[] = ['sent', 'date', 'sendt', 'dato', 'skickat', 'datum'];

/** The verb that ends an attribution line: `On … wrote:`, `Den … skrev …:`, `1. des. 2026 kl. 14:05 skrev …:`. */
export const WROTE: readonly string[] = ['wrote', 'skrev'];

/** Mobile clients' sign-offs: a line that starts with one of these and names one of the products. */
export const SIGNATURE_STARTS: readonly string[] = [
  'sent from',
  'sent with',
  'get outlook',
  'sendt fra',
  'sendt med',
  'hent outlook',
  'skickat från',
  'skickat med',
  'skaffa outlook',
  'få outlook',
];
export const SIGNATURE_PRODUCTS: readonly string[] = [
  'iphone',
  'ipad',
  'outlook',
  'android',
  'mail',
  'samsung',
  'galaxy',
  'mobil',
  'gmail',
];
