import {
  attributionSpan,
  isBlank,
  isHeaderBlock,
  isMarker,
  isQuoted,
  isSeparator,
  isSignature,
  Probes,
  probe,
} from './lines.ts';

/** What the cutting took out of a message, and why; stored on the thread beside the original. */
export type CutReason =
  | 'marker'
  | 'separator'
  | 'header-block'
  | 'attribution'
  | 'signature'
  | 'quoted'
  | 'too-long';

export interface Removal {
  reason: CutReason;
  lines: number;
}

/** Longer text than this is not read at all: a reply is words, and this cap bounds every scan. */
export const MAX_CUT_CHARS = 32_000;
/** Attribution lines followed by inline answers are stepped over at most this often. */
const MAX_INLINE_HEADERS = 5;

interface CutPoint {
  index: number;
  span: number;
  reason: CutReason;
}

/**
 * The new words of a plain-text reply: everything above the first point where the quoted
 * original starts (Earshot's marker, Outlook's separator or header block, an `On … wrote:`
 * line, a mobile sign-off). Inline answers under an attribution line are kept, each with the
 * quoted paragraph it answers; a trailing quote is dropped. Linear in the length of the text.
 */
export function cutText(input: string): { text: string; removed: Removal[] } {
  const removed: Removal[] = [];
  // Only the first MAX_CUT_CHARS are read: the stored text stops at 10 000 characters anyway.
  const bounded = input.length > MAX_CUT_CHARS ? input.slice(0, MAX_CUT_CHARS) : input;
  if (bounded !== input) removed.push({ reason: 'too-long', lines: 0 });
  const text = bounded.replace(/\r\n?/g, '\n');
  let lines = text.split('\n');
  let from = 0;
  for (let round = 0; ; round++) {
    const cut = firstCutPoint(lines, from);
    if (!cut) break;
    if (round < MAX_INLINE_HEADERS && cut.reason === 'attribution' && hasInlineAnswers(lines, cut)) {
      lines = [...lines.slice(0, cut.index), ...lines.slice(cut.index + cut.span)];
      removed.push({ reason: cut.reason, lines: cut.span });
      from = cut.index;
      continue;
    }
    removed.push({ reason: cut.reason, lines: lines.length - cut.index });
    lines = lines.slice(0, cut.index);
    break;
  }
  const kept = keepAnswerContext(lines, removed);
  return { text: tidy(kept), removed };
}

function firstCutPoint(lines: readonly string[], from: number): CutPoint | undefined {
  const probes = new Probes(lines);
  for (let index = from; index < lines.length; index++) {
    const line = lines[index] ?? '';
    // A quoted marker is the other party's copy of our email: it belongs to a quote run.
    if (isBlank(line) || isQuoted(line)) continue;
    const words = probes.at(index);
    if (isMarker(words)) return { index, span: 1, reason: 'marker' };
    if (isSeparator(words)) return { index, span: 1, reason: 'separator' };
    if (isHeaderBlock(probes, index)) return { index, span: 1, reason: 'header-block' };
    const span = attributionSpan(probes, index);
    if (span) return { index, span, reason: 'attribution' };
    if (isSignature(line, words)) return { index, span: 1, reason: 'signature' };
  }
  return undefined;
}

/** Below an attribution line: a `>` quote that later gives way to new, unquoted words. */
function hasInlineAnswers(lines: readonly string[], cut: CutPoint): boolean {
  let index = cut.index + cut.span;
  while (index < lines.length && isBlank(lines[index] ?? '')) index++;
  if (!isQuoted(lines[index] ?? '')) return false;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (isBlank(line) || isQuoted(line)) continue;
    return !isSignature(line, probe(line));
  }
  return false;
}

/**
 * Quote runs: one that is answered below keeps its last paragraph (the question being answered);
 * one that nothing follows is dropped. Quoted copies of the marker line never survive.
 */
function keepAnswerContext(lines: readonly string[], removed: Removal[]): string[] {
  const out: string[] = [];
  let dropped = 0;
  for (let index = 0; index < lines.length; ) {
    if (!isQuoted(lines[index] ?? '')) {
      out.push(lines[index] ?? '');
      index++;
      continue;
    }
    let end = index;
    while (end < lines.length && isQuoted(lines[end] ?? '')) end++;
    let next = end;
    while (next < lines.length && isBlank(lines[next] ?? '')) next++;
    const run = lines.slice(index, end);
    const context = next < lines.length ? lastParagraph(run) : [];
    dropped += run.length - context.length;
    out.push(...context);
    index = end;
  }
  if (dropped) removed.push({ reason: 'quoted', lines: dropped });
  return out;
}

function lastParagraph(run: readonly string[]): string[] {
  let start = run.length;
  while (start > 0 && probe(run[start - 1] ?? '') !== '') start--;
  return run.slice(start).filter((line) => !isMarker(probe(line)));
}

function tidy(lines: readonly string[]): string {
  const out = [...lines];
  // Outlook draws a line of underscores above its header block.
  while (out.length && /^[\s_-]*$/.test(out[out.length - 1] ?? '')) out.pop();
  while (out.length && isBlank(out[0] ?? '')) out.shift();
  return out
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}
