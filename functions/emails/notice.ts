import type { Locale } from '../config/schema.ts';
import { fill } from './format.ts';
import { escapeHtml, layout, safeLink, textToHtml } from './html.ts';
import type { RenderedEmail } from './rendered.ts';
import type { ThreadLine } from './thread.ts';
import { threadHtml, threadText } from './thread.ts';

export interface NoticeParts {
  locale: Locale;
  subject: string;
  /** Paragraphs with `{name}` placeholders, filled from `values` (escaped for HTML). */
  paragraphs: string[];
  values: Record<string, string>;
  /** Someone's own words as the body of the message, verbatim (escaped in HTML). */
  body?: string;
  /** Text quoted verbatim (someone's message), escaped in HTML. */
  quote?: string;
  thread?: { heading: string; lines: ThreadLine[] };
  links?: { label: string; url: string }[];
  signoff?: string;
  /**
   * Extra footer lines with `{name}` placeholders, e.g. the unsubscribe link (http(s) only). With
   * a `label`, HTML links those words instead of printing the long URL.
   */
  footer?: { text: string; url?: string; label?: string }[];
}

/** The one-click button and the quoted customer words, as every staff email draws them. */
export const button =
  'display:inline-block;margin:0 8px 8px 0;padding:10px 16px;background:#1f4e79;color:#ffffff;border-radius:6px;text-decoration:none';
export const quoteStyle =
  'margin:8px 0 16px;padding:12px 16px;border-left:4px solid #8a5a00;background:#faf7f0';

/** One renderer for every short message: words are data per language, the shape is shared. */
export function renderNotice(parts: NoticeParts): RenderedEmail {
  const values = parts.values;
  const escaped = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, escapeHtml(value)]));
  const subject = fill(parts.subject, values);
  const paragraphs = parts.paragraphs.map((line) => fill(line, values));
  const signoff = parts.signoff ? fill(parts.signoff, values) : undefined;
  const text = [
    ...paragraphs,
    ...(parts.body !== undefined ? [parts.body] : []),
    ...(parts.quote !== undefined ? [parts.quote.replace(/^/gm, '> ')] : []),
    ...(parts.links?.length ? [parts.links.map((link) => `${link.label}: ${link.url}`).join('\n')] : []),
    ...(parts.thread ? [`${parts.thread.heading}\n\n${threadText(parts.thread.lines)}`] : []),
    ...(signoff ? [signoff] : []),
    ...(parts.footer?.length
      ? [
          parts.footer
            .map((line) => {
              const said = [fill(line.text, values), line.label].filter(Boolean).join(' ');
              return line.url ? `${said}${line.label ? ':' : ''} ${line.url}` : said;
            })
            .join('\n'),
        ]
      : []),
  ].join('\n\n');
  const html = layout(
    parts.locale,
    subject,
    [
      ...parts.paragraphs.map((line) => `<p>${fill(escapeHtml(line), escaped)}</p>`),
      ...(parts.body ?? '')
        .split(/\n{2,}/)
        .filter((paragraph) => paragraph.trim())
        .map((paragraph) => `<p>${textToHtml(paragraph)}</p>`),
      parts.quote !== undefined
        ? `<blockquote class="es-quote" style="${quoteStyle}">${textToHtml(parts.quote)}</blockquote>`
        : '',
      parts.links?.length
        ? `<p>${parts.links.map((link) => `<a href="${escapeHtml(link.url)}" class="es-button" style="${button}">${escapeHtml(link.label)}</a>`).join('')}</p>`
        : '',
      parts.thread
        ? `<h2 style="font-size:16px">${escapeHtml(parts.thread.heading)}</h2>${threadHtml(parts.thread.lines)}`
        : '',
      signoff ? `<p>${textToHtml(signoff)}</p>` : '',
      parts.footer?.length
        ? `<p class="es-muted" style="font-size:13px;color:#555">${parts.footer
            .map((line) =>
              line.url
                ? `${fill(escapeHtml(line.text), escaped)} ${safeLink(line.url, line.label)}`
                : fill(escapeHtml(line.text), escaped),
            )
            .join('<br>')}</p>`
        : '',
    ].join(''),
  );
  return { subject, text, html };
}
