import type { AnyNode, ChildNode, Element } from 'domhandler';
import { isTag, isText, removeElement } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { Removal } from './cut-text.ts';

/** HTML beyond this is not read: htmlparser2 is linear, but a reply is not a megabyte of markup. */
export const MAX_HTML_CHARS = 256_000;

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
]);

/** A container that holds only the quoted original (Apple's cite blockquote, Gmail's quote div). */
function isQuoteContainer(element: Element): boolean {
  const classes = (element.attribs.class ?? '').split(/\s+/);
  return (
    (element.name === 'blockquote' && element.attribs.type === 'cite') ||
    classes.includes('gmail_quote') ||
    classes.includes('gmail_quote_container')
  );
}

/** Outlook's markers: the element and everything after it in the document is the original. */
function isOutlookStart(element: Element): boolean {
  const id = element.attribs.id ?? '';
  return id === 'divRplyFwdMsg' || id === 'appendonsend' || id === 'mail-editor-reference-message-container';
}

/**
 * An HTML-only reply as plain text, without the quote containers the common clients wrap the
 * original in. What remains goes through the same text cutting as a plain-text reply.
 */
export function htmlToReplyText(input: string): { text: string; removed: Removal[] } {
  const removed: Removal[] = [];
  const html = input.length > MAX_HTML_CHARS ? input.slice(0, MAX_HTML_CHARS) : input;
  if (html !== input) removed.push({ reason: 'too-long', lines: 0 });
  const document = parseDocument(html);
  const doomed: Element[] = [];
  let outlook: Element | undefined;
  walk(document.children, (element) => {
    if (outlook) return false;
    if (isOutlookStart(element)) {
      outlook = element;
      return false;
    }
    if (isQuoteContainer(element)) {
      doomed.push(element);
      return false;
    }
    return true;
  });
  for (const element of doomed) removeElement(element);
  if (doomed.length) removed.push({ reason: 'quoted', lines: doomed.length });
  if (outlook) {
    removeFrom(outlook);
    removed.push({ reason: 'header-block', lines: 1 });
  }
  return { text: toText(document.children), removed };
}

/** Visits elements in document order; `visit` returning false skips that element's children. */
function walk(nodes: readonly ChildNode[], visit: (element: Element) => boolean): void {
  const stack: ChildNode[] = [...nodes].reverse();
  while (stack.length) {
    const node = stack.pop() as ChildNode;
    if (!isTag(node)) continue;
    if (visit(node))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ChildNode);
  }
}

/** Removes `start` and every node after it, at its own level and at each level above. */
function removeFrom(start: AnyNode): void {
  let current: AnyNode | null = start;
  while (current && current.type !== 'root') {
    let sibling: AnyNode | null = current.next;
    while (sibling) {
      const after: AnyNode | null = sibling.next;
      removeElement(sibling as ChildNode);
      sibling = after;
    }
    const parent: AnyNode | null = current.parent;
    if (current === start) removeElement(current as ChildNode);
    current = parent;
  }
}

/** Nesting deeper than this is not real mail; its inner text is dropped rather than recursed into. */
const MAX_DEPTH = 100;

/** Text with block elements on their own lines, link targets beside their labels, `>` for quotes. */
function toText(nodes: readonly ChildNode[]): string {
  const writer = new Writer();
  render(nodes, 0, writer);
  return writer
    .text()
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Collects text in parts, remembering the last character, so that no step copies what came before. */
class Writer {
  readonly #parts: string[] = [];
  #last = '';
  write(text: string): void {
    if (!text) return;
    this.#parts.push(text);
    this.#last = text[text.length - 1] ?? '';
  }
  /** Starts a new line unless one was just started. */
  newLine(): void {
    if (this.#last !== '' && this.#last !== '\n') this.write('\n');
  }
  text(): string {
    return this.#parts.join('');
  }
}

function render(nodes: readonly ChildNode[], depth: number, out: Writer): void {
  if (depth > MAX_DEPTH) return;
  for (const node of nodes) {
    if (isText(node)) {
      out.write(node.data.replace(/[\s\u00a0]+/g, ' '));
      continue;
    }
    if (!isTag(node) || SKIP.has(node.name)) continue;
    if (node.name === 'br') {
      out.write('\n');
      continue;
    }
    if (node.name === 'blockquote' || node.name === 'a') {
      const inner = new Writer();
      render(node.children, depth + 1, inner);
      const text = inner.text();
      if (node.name === 'a') {
        const href = node.attribs.href;
        out.write(text);
        if (href && /^https?:/i.test(href) && !text.includes(href)) out.write(` <${href}>`);
        continue;
      }
      out.newLine();
      const lines = trimNewlines(text).split('\n');
      out.write(lines.map((line) => (line.trim() ? `> ${line.trim()}` : '>')).join('\n'));
      out.write('\n');
      continue;
    }
    const block = BLOCK.has(node.name);
    if (block) out.newLine();
    render(node.children, depth + 1, out);
    if (!block) continue;
    out.newLine();
    if (node.name === 'p' || /^h[1-6]$/.test(node.name)) out.write('\n');
  }
}

/** Without leading and trailing line breaks; a loop, since a pattern here could backtrack. */
function trimNewlines(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === '\n' || text[start] === ' ')) start++;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === ' ')) end--;
  return text.slice(start, end);
}
