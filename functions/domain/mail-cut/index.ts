import { htmlToReplyText } from './cut-html.ts';
import { cutText, type Removal } from './cut-text.ts';

export type { CutReason, Removal } from './cut-text.ts';
export { REPLY_MARKER } from './phrases.ts';
export { type SecretRemoval, type SecretRules, scrubSecrets } from './secrets.ts';

/**
 * The new words of a reply, from its text part or (HTML-only mail) its HTML, plus what was cut
 * and why. Pure: the SMTP listener and the inbound Lambda only call it.
 */
export function cutReply(message: { text?: string; html?: string }): { text: string; removed: Removal[] } {
  if (message.text?.trim() || !message.html) return cutText(message.text ?? '');
  const fromHtml = htmlToReplyText(message.html);
  const cut = cutText(fromHtml.text);
  return { text: cut.text, removed: [...fromHtml.removed, ...cut.removed] };
}
