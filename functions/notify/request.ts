import type { NotifyTarget } from '../config/notify-schema.ts';
import type { NotifyRequest } from '../domain/notify/ports.ts';
import type { ChatContent } from './content.ts';
import { slackMessage } from './slack.ts';
import { teamsMessage } from './teams.ts';
import { webhookHeaders } from './webhook.ts';

/** What one event says, in both forms a target may take: a signed JSON body, or a chat message. */
export interface EventRendering {
  /** The stable event id, sent as `webhook-id`. */
  id: string;
  webhookBody(): string;
  chat(): ChatContent;
}

/** The HTTP call for one target: Standard Webhooks signed, Slack Block Kit, or a Teams card. */
export function targetRequest(
  target: NotifyTarget,
  rendering: EventRendering,
  attemptAt: Date,
  signWebhook: (secret: string, content: string) => string,
): NotifyRequest {
  const json = { 'content-type': 'application/json' };
  if (target.type === 'webhook') {
    const body = rendering.webhookBody();
    const secret = target.secret ?? '';
    const headers = webhookHeaders(rendering.id, attemptAt, body, (content) => signWebhook(secret, content));
    return { url: target.url, body, headers: { ...json, ...headers } };
  }
  const content = rendering.chat();
  const message = target.type === 'slack' ? slackMessage(content) : teamsMessage(content);
  return { url: target.url, body: JSON.stringify(message), headers: json };
}
