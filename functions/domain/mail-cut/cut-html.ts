import { Parser } from 'htmlparser2';
import type { Removal } from './cut-text.ts';

/** HTML beyond this is not read: a reply's new words come first, and htmlparser2 slows with deep nesting. */
export const MAX_HTML_CHARS = 48_000;

const SKIP = new Set(['head', 'style', 'script', 'title', 'template']);
const BLOCK = new Set([
  'p',
  'div',
  'li',
  'tr',
  'table',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
]);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Outlook's markers: the element and everything after it in the document is the original. */
const OUTLOOK_IDS = new Set(['divRplyFwdMsg', 'appendonsend', 'mail-editor-reference-message-container']);

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Real mail nests a few dozen elements deep; htmlparser2's cost grows with the square of depth. */
const MAX_DEPTH = 300;

/**
 * The HTML up to the point where elements nest deeper than MAX_DEPTH: one linear scan over the
 * tags, counting opened against closed, before the parser (whose open-element stack is an array
 * it shifts on every tag) ever sees it.
 */
function boundNesting(html: string): string {
  let depth = 0;
  for (let index = html.indexOf('<'); index >= 0; index = html.indexOf('<', index + 1)) {
    const next = html[index + 1] ?? '';
    if (next === '/') {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (!/[a-z]/i.test(next)) continue;
    let end = index + 1;
    while (end < html.length && /[a-z0-9]/i.test(html[end] ?? '')) end++;
    const close = html.indexOf('>', end);
    if (close < 0) break;
    const selfClosing = html[close - 1] === '/';
    if (!selfClosing && !VOID.has(html.slice(index + 1, end).toLowerCase())) depth++;
    if (depth > MAX_DEPTH) return html.slice(0, index);
    index = close;
  }
  return html;
}

/** A container that holds only the quoted original (Apple's cite blockquote, Gmail's quote div). */
function isQuoteContainer(name: string, attributes: Record<string, string>): boolean {
  const classes = ` ${attributes.class ?? ''} `;
  return (
    (name === 'blockquote' && attributes.type === 'cite') ||
    classes.includes(' gmail_quote ') ||
    classes.includes(' gmail_quote_container ')
  );
}

/**
 * An HTML-only reply as plain text, without the quote containers the common clients wrap the
 * original in; what remains goes through the same text cutting as a plain-text reply. A
 * streaming tokenizer, no tree: one pass, whatever the nesting.
 */
export function htmlToReplyText(input: string): { text: string; removed: Removal[] } {
  const removed: Removal[] = [];
  const html = boundNesting(input.length > MAX_HTML_CHARS ? input.slice(0, MAX_HTML_CHARS) : input);
  if (html !== input) removed.push({ reason: 'too-long', lines: 0 });
  const out = new Writer();
  let skipping = 0;
  let skippedQuotes = 0;
  let done = false;
  const links: { href: string; text: string }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (done) return;
        if (skipping) {
          skipping++;
          return;
        }
        if (OUTLOOK_IDS.has(attributes.id ?? '')) {
          done = true;
          removed.push({ reason: 'header-block', lines: 1 });
          return;
        }
        const quote = isQuoteContainer(name, attributes);
        if (quote || SKIP.has(name)) {
          if (quote) skippedQuotes++;
          skipping = 1;
          return;
        }
        if (name === 'br') return out.write('\n');
        if (BLOCK.has(name)) out.newLine();
        if (name === 'blockquote') out.quoteLevel++;
        if (name === 'a') links.push({ href: attributes.href ?? '', text: '' });
      },
      ontext(data) {
        if (done || skipping) return;
        const text = data.replace(/[\s\u00a0]+/g, ' ');
        out.write(text);
        const link = links.at(-1);
        if (link && link.text.length < 2000) link.text += text;
      },
      onclosetag(name) {
        if (done) return;
        if (skipping) {
          skipping--;
          return;
        }
        if (name === 'a') {
          const link = links.pop();
          if (link && /^https?:/i.test(link.href) && !link.text.includes(link.href))
            out.write(` <${link.href}>`);
        }
        if (name === 'blockquote') out.quoteLevel = Math.max(0, out.quoteLevel - 1);
        if (!BLOCK.has(name)) return;
        out.newLine();
        if (PARAGRAPH.has(name)) out.write('\n');
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (skippedQuotes) removed.push({ reason: 'quoted', lines: skippedQuotes });
  return { text: tidy(out.text()), removed };
}

/** Collects text in parts, remembering the last character, so that no step copies what came before. */
class Writer {
  readonly #parts: string[] = [];
  #last = '\n';
  quoteLevel = 0;
  write(text: string): void {
    if (!text) return;
    if (this.#last === '\n' && this.quoteLevel > 0 && text !== '\n') {
      if (!text.trim()) return;
      // Deep quotes keep a short prefix: 300 nested blockquotes must not grow every line 600 characters.
      this.#parts.push('> '.repeat(Math.min(this.quoteLevel, 5)));
      text = text.trimStart();
    }
    this.#parts.push(text);
    this.#last = text[text.length - 1] ?? '';
  }
  /** Starts a new line unless one was just started. */
  newLine(): void {
    if (this.#last !== '\n') this.write('\n');
  }
  text(): string {
    return this.#parts.join('');
  }
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
