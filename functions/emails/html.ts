const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Escaped text with its line breaks kept, for a customer's message shown verbatim. */
export function textToHtml(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

/** Only http(s) links survive; anything else (javascript:, data:) is shown as text, not linked. */
export function safeLink(url: string, label = url): string {
  return /^https?:\/\//i.test(url)
    ? `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`
    : escapeHtml(label);
}

/**
 * Dark mode for the clients that honour it (Apple Mail, iOS, Outlook.com, Thunderbird): the
 * inline colours are the light default every client gets; these override them only when the
 * reader's system is dark. Gmail ignores both and recolours by itself, which reads fine too.
 */
const DARK = `:root{color-scheme:light dark;supported-color-schemes:light dark}
@media (prefers-color-scheme:dark){.es-body{background:#161616!important;color:#e8e6e3!important}
.es-card{background:#222222!important;color:#e8e6e3!important}.es-muted{color:#b8b8b8!important}
.es-quote{background:#2c2820!important}.es-card a{color:#8cb8e6!important}
.es-card a.es-button{background:#8cb8e6!important;color:#161616!important}}`;

/** A plain, readable shell that every mail client renders: no images, no scripts, no web fonts. */
export function layout(lang: string, title: string, body: string): string {
  // overflow-wrap: a long link in someone's own words must not push a phone screen sideways.
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark"><title>${escapeHtml(title)}</title><style>${DARK}</style></head><body class="es-body" style="margin:0;padding:24px 12px;background:#f6f6f4;color:#1f2328;font:16px/1.5 -apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"><div class="es-card" style="max-width:600px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px;overflow-wrap:anywhere;word-break:break-word">${body}</div></body></html>`;
}
