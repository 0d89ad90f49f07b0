import {
  HEADER_DATES,
  HEADER_FROM,
  HEADER_OTHERS,
  REPLY_MARKER,
  SEPARATORS,
  SIGNATURE_PRODUCTS,
  SIGNATURE_STARTS,
  WROTE,
} from './phrases.ts';

/**
 * Line classifiers. A quote header or a sign-off is short, so a line longer than PROBE_MAX is
 * never one: no classifier ever looks at more than that many characters, whatever the mail.
 * All checks are string searches over that bounded probe; none uses a backtracking pattern.
 */
export const PROBE_MAX = 300;

const MARKERS = Object.values(REPLY_MARKER).map((marker) => marker.toLowerCase());

export function isQuoted(line: string): boolean {
  return line.trimStart().startsWith('>');
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** The line's words without quote marks, `*bold*` stars or repeated spaces, in lower case. */
export function probe(line: string): string | undefined {
  if (line.length > PROBE_MAX) return undefined;
  let start = 0;
  while (start < line.length && (line[start] === '>' || line[start] === ' ' || line[start] === '\t')) start++;
  return line
    .slice(start)
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\*/g, '')
    .trim()
    .toLowerCase();
}

/** Each line's probe, computed once however many classifiers ask. */
export class Probes {
  readonly #cache: (string | undefined | null)[];
  constructor(readonly lines: readonly string[]) {
    this.#cache = new Array(lines.length).fill(null);
  }
  at(index: number): string | undefined {
    const cached = this.#cache[index];
    if (cached !== null) return cached;
    const words = probe(this.lines[index] ?? '');
    this.#cache[index] = words;
    return words;
  }
}

export function isMarker(words: string | undefined): boolean {
  return words !== undefined && MARKERS.some((marker) => words.includes(marker));
}

/** `-----Opprinnelig melding-----`, `---------- Forwarded message ---------`. */
export function isSeparator(words: string | undefined): boolean {
  if (!words?.startsWith('--')) return false;
  let start = 0;
  let end = words.length;
  while (start < end && (words[start] === '-' || words[start] === ' ')) start++;
  while (end > start && (words[end - 1] === '-' || words[end - 1] === ' ')) end--;
  return SEPARATORS.includes(words.slice(start, end));
}

/** The label before the colon of an Outlook header line (`Fra:`, `*Sendt:*`), if it has one. */
function headerLabel(words: string | undefined): string | undefined {
  const colon = words?.indexOf(':') ?? -1;
  if (!words || colon < 1 || colon > 12) return undefined;
  return words.slice(0, colon).trim();
}

/** An Outlook header block starts here: `From:`/`Fra:`/`Från:` and, a few lines on, `Sent:`/`Til:`/`Ämne:`… */
export function isHeaderBlock(probes: Probes, index: number): boolean {
  const from = probes.at(index);
  const label = headerLabel(from);
  if (!label || !HEADER_FROM.includes(label)) return false;
  // "Fra: Oslo / Til: Bergen" in a customer's own words is no header: Outlook's block names an
  // address in its From line, or dates the message in its Sent line.
  const named = from?.includes('@') ?? false;
  for (let next = index + 1, seen = 0; next < probes.lines.length && seen < 6; next++) {
    const words = probes.at(next);
    if (words === '') continue;
    seen++;
    const other = headerLabel(words);
    if (!other || !HEADER_OTHERS.includes(other)) continue;
    if (named || (HEADER_DATES.includes(other) && /\d/.test(words ?? ''))) return true;
  }
  return false;
}

/**
 * `On Tue, 1 Dec 2026 at 14:05, Fjordkaffe <…> wrote:`, `Den tir. 1. des. 2026 kl. 14:05 skrev …:`,
 * `1. des. 2026 kl. 14:05 skrev …:`. Returns how many lines it spans (Gmail wraps it over two), or 0.
 */
export function attributionSpan(probes: Probes, index: number): number {
  const line = probes.lines[index] ?? '';
  const words = probes.at(index);
  if (isQuoted(line) || !words) return 0;
  if (isAttribution(words)) return 1;
  const nextLine = probes.lines[index + 1];
  const next = probes.at(index + 1);
  if (nextLine === undefined || isQuoted(nextLine) || !next?.endsWith(':')) return 0;
  return isAttribution(`${words} ${next}`) ? 2 : 0;
}

function isAttribution(words: string): boolean {
  if (!words.endsWith(':') || words.length > PROBE_MAX) return false;
  const hasYear = /\d{4}/.test(words) || words.includes('@');
  const verb = WROTE.some(
    (word) => words.endsWith(`${word}:`) || words.endsWith(`${word} :`) || words.includes(` ${word} `),
  );
  return hasYear && verb;
}

/** `Sendt fra min iPhone`, `Get Outlook for Android`, or the `-- ` signature delimiter. */
export function isSignature(line: string, words: string | undefined): boolean {
  if (line === '-- ' || words === '--') return true;
  if (!words || words.length > 60) return false;
  return (
    SIGNATURE_STARTS.some((start) => words.startsWith(start)) &&
    SIGNATURE_PRODUCTS.some((product) => words.includes(product))
  );
}
