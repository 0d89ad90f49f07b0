import {
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

export function isMarker(line: string): boolean {
  const words = probe(line);
  return words !== undefined && MARKERS.some((marker) => words.includes(marker));
}

/** `-----Opprinnelig melding-----`, `---------- Forwarded message ---------`. */
export function isSeparator(line: string): boolean {
  const words = probe(line);
  if (!words?.startsWith('--')) return false;
  let start = 0;
  let end = words.length;
  while (start < end && (words[start] === '-' || words[start] === ' ')) start++;
  while (end > start && (words[end - 1] === '-' || words[end - 1] === ' ')) end--;
  return SEPARATORS.includes(words.slice(start, end));
}

/** The label before the colon of an Outlook header line (`Fra:`, `*Sendt:*`), if it has one. */
function headerLabel(line: string): string | undefined {
  const words = probe(line);
  const colon = words?.indexOf(':') ?? -1;
  if (!words || colon < 1 || colon > 12) return undefined;
  return words.slice(0, colon).trim();
}

/** An Outlook header block starts here: `From:`/`Fra:`/`Från:` and, a few lines on, `Sent:`/`Til:`/`Ämne:`… */
export function isHeaderBlock(lines: readonly string[], index: number): boolean {
  const label = headerLabel(lines[index] ?? '');
  if (!label || !HEADER_FROM.includes(label)) return false;
  for (let next = index + 1, seen = 0; next < lines.length && seen < 6; next++) {
    const line = lines[next] ?? '';
    if (isBlank(line)) continue;
    seen++;
    const other = headerLabel(line);
    if (other && HEADER_OTHERS.includes(other)) return true;
  }
  return false;
}

/**
 * `On Tue, 1 Dec 2026 at 14:05, Fjordkaffe <…> wrote:`, `Den tir. 1. des. 2026 kl. 14:05 skrev …:`,
 * `1. des. 2026 kl. 14:05 skrev …:`. Returns how many lines it spans (Gmail wraps it over two), or 0.
 */
export function attributionSpan(lines: readonly string[], index: number): number {
  const line = lines[index] ?? '';
  if (isQuoted(line) || isBlank(line)) return 0;
  if (isAttribution(line)) return 1;
  const next = lines[index + 1];
  if (next === undefined || isQuoted(next) || isBlank(next)) return 0;
  return isAttribution(`${line} ${next}`) ? 2 : 0;
}

function isAttribution(text: string): boolean {
  const words = probe(text);
  if (!words?.endsWith(':')) return false;
  const hasYear = /\d{4}/.test(words) || words.includes('@');
  const verb = WROTE.some(
    (word) => words.endsWith(`${word}:`) || words.endsWith(`${word} :`) || words.includes(` ${word} `),
  );
  return hasYear && verb;
}

/** `Sendt fra min iPhone`, `Get Outlook for Android`, or the `-- ` signature delimiter. */
export function isSignature(line: string): boolean {
  if (line === '-- ' || line.trim() === '--') return true;
  const words = probe(line);
  if (!words || words.length > 60) return false;
  return (
    SIGNATURE_STARTS.some((start) => words.startsWith(start)) &&
    SIGNATURE_PRODUCTS.some((product) => words.includes(product))
  );
}
