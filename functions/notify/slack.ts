import type { ChatContent } from './content.ts';

/**
 * A Slack incoming-webhook message in Block Kit. Customer words go in `plain_text` objects, which
 * Slack does not parse: no mentions, links or formatting can be smuggled in. The top-level `text`
 * is the notification fallback and is mrkdwn, so it is escaped as Slack asks (&, <, >).
 */
export function slackMessage(content: ChatContent): Record<string, unknown> {
  const plain = (text: string) => ({ type: 'plain_text', text: clip(text, 3000), emoji: false });
  return {
    text: escapeMrkdwn(`${content.headline}: ${clip(content.excerpt, 150)}`),
    blocks: [
      { type: 'header', text: plain(clip(content.headline, 150)) },
      ...(content.triage ? [{ type: 'section', text: plain(content.triage) }] : []),
      { type: 'section', text: plain(content.excerpt) },
      {
        type: 'section',
        fields: content.facts.map((fact) => plain(`${fact.label}: ${fact.value}`)).slice(0, 10),
      },
      {
        type: 'actions',
        elements: content.buttons.map((button, index) => ({
          type: 'button',
          action_id: `earshot-${index}`,
          text: plain(clip(button.label, 75)),
          url: button.url,
          ...(index === 0 ? { style: 'primary' } : {}),
        })),
      },
    ],
  };
}

function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
