/**
 * Mail that no person wrote: out-of-office replies, vacation responders, delivery reports, list
 * traffic. Such mail is kept on the thread but never relayed, never counted as an answer, and
 * never reopens a case, so that two auto-responders cannot talk to each other through Earshot.
 */
export interface MailSignals {
  /** Header values by lower-case name, as received. */
  headers: ReadonlyMap<string, string>;
  subject: string;
  /** The envelope sender (SMTP `MAIL FROM`); empty for bounces and other delivery reports. */
  envelopeFrom?: string;
  /** The top-level MIME type, e.g. `multipart/report` for a delivery report. */
  contentType?: string;
}

const PRECEDENCE = new Set(['bulk', 'junk', 'list', 'auto_reply']);

/** Out-of-office subject prefixes the common clients write, the four languages side by side. */
export const AUTOMATIC_SUBJECTS: readonly string[] = [
  // nb
  'automatisk svar',
  'fraværende',
  'fravær',
  'autosvar',
  // da
  'autosvar',
  'automatisk svar',
  'ikke til stede',
  'fraværende',
  // sv
  'automatiskt svar',
  'frånvaro',
  'frånvarande',
  'autosvar',
  // en
  'out of office',
  'automatic reply',
  'auto-reply',
  'autoreply',
  'auto reply',
  'vacation reply',
];

/** Why a message is automatic (for the thread), or undefined when a person wrote it. */
export function automaticReason(signals: MailSignals): string | undefined {
  const header = (name: string) => signals.headers.get(name)?.trim().toLowerCase();
  const autoSubmitted = header('auto-submitted');
  if (autoSubmitted && autoSubmitted !== 'no') return `Auto-Submitted: ${autoSubmitted.slice(0, 40)}`;
  if (signals.headers.has('x-autoreply')) return 'X-Autoreply';
  if (signals.headers.has('x-autorespond')) return 'X-Autorespond';
  const precedence = header('precedence');
  if (precedence && PRECEDENCE.has(precedence)) return `Precedence: ${precedence}`;
  if (signals.contentType?.toLowerCase().startsWith('multipart/report')) return 'delivery report';
  if (signals.envelopeFrom !== undefined && signals.envelopeFrom.replace(/[<>\s]/g, '') === '') {
    return 'empty return path';
  }
  if (header('return-path')?.replace(/[<>\s]/g, '') === '') return 'empty return path';
  const subject = signals.subject
    .slice(0, 200)
    .toLowerCase()
    .replace(/^(?:\s*(?:re|sv|vs|aw)\s*:)+/, '')
    .trim();
  const matched = AUTOMATIC_SUBJECTS.find((prefix) => subject.startsWith(prefix));
  return matched ? `subject: ${matched}` : undefined;
}
