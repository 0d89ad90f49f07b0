/** What Earshot must never relay to the other party, for one case. */
export interface SecretRules {
  /** Action links are `<publicUrl>/a/…`. */
  publicUrl: string;
  /** Reply addresses are `reply+…@<inboundDomain>`. */
  inboundDomain: string;
  /** Staff-only words of this case: the spread-risk line, internal notes. */
  staffOnly: readonly string[];
}

export type SecretKind = 'action-link' | 'reply-address' | 'staff-only';

export interface SecretRemoval {
  kind: SecretKind;
  lines: number;
}

/** Shorter staff-only snippets would match ordinary words; they are not secrets worth a cut. */
const MIN_STAFF_ONLY = 8;

const normalise = (text: string) =>
  text
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * Removes every line that carries one of Earshot's secrets: whatever the cutting left (a client
 * it does not know, an inline answer under a quoted alert), these never reach the other party.
 * Whole lines go, since a link's label or an address's "reply to" beside it means nothing alone.
 */
export function scrubSecrets(text: string, rules: SecretRules): { text: string; removed: SecretRemoval[] } {
  const base = rules.publicUrl.replace(/\/+$/, '').toLowerCase();
  const linkPrefixes = [`${base}/a/`, encodeURIComponent(`${base}/a/`).toLowerCase()];
  const domain = `@${rules.inboundDomain.toLowerCase()}`;
  const staffOnly = rules.staffOnly.map(normalise).filter((phrase) => phrase.length >= MIN_STAFF_ONLY);
  const counts: Record<SecretKind, number> = { 'action-link': 0, 'reply-address': 0, 'staff-only': 0 };
  const kept = text.split('\n').filter((line) => {
    const lower = line.toLowerCase();
    const kind: SecretKind | undefined = linkPrefixes.some((prefix) => lower.includes(prefix))
      ? 'action-link'
      : lower.includes('reply+') && lower.includes(domain)
        ? 'reply-address'
        : staffOnly.length && staffOnly.some((phrase) => normalise(line).includes(phrase))
          ? 'staff-only'
          : undefined;
    if (kind) counts[kind]++;
    return !kind;
  });
  const removed = (Object.entries(counts) as [SecretKind, number][])
    .filter(([, lines]) => lines > 0)
    .map(([kind, lines]) => ({ kind, lines }));
  return {
    text: removed.length
      ? kept
          .join('\n')
          .replace(/\n{3,}/g, '\n\n')
          .trim()
      : text,
    removed,
  };
}
