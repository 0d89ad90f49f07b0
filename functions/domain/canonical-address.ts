/** One spelling per address as stored and shown: NFC, trimmed, lowercase. Mail still goes here. */
export function normaliseEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

/** Providers where the dots in the local part do not matter, all spellings of one domain. */
const DOTLESS_DOMAINS: Record<string, string> = { 'gmail.com': 'gmail.com', 'googlemail.com': 'gmail.com' };

/**
 * The mailbox behind an address, for counting only: `Nora.Hansen+shop@googlemail.com` and
 * `norahansen@gmail.com` are one inbox, so one daily limit, one suppression entry and one erasure.
 * `+tags` are dropped everywhere (nearly every provider delivers them to the same inbox, and
 * counting two mailboxes as one errs on the side of fewer emails); dots only where the provider
 * ignores them. Never used as a recipient: the email goes to the address as the customer typed it.
 */
export function canonicalAddress(email: string): string {
  const normalised = normaliseEmail(email);
  const at = normalised.lastIndexOf('@');
  if (at < 0) return normalised;
  const domain = normalised.slice(at + 1);
  let local = normalised.slice(0, at).split('+')[0] ?? '';
  const dotless = DOTLESS_DOMAINS[domain];
  if (dotless) local = local.replaceAll('.', '');
  return `${local}@${dotless ?? domain}`;
}

/** The keyed hash every limit, suppression, history and erasure finds a customer by. */
export function addressKey(email: string, hash: (value: string) => string): string {
  return hash(canonicalAddress(email));
}
