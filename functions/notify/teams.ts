import type { ChatContent } from './content.ts';

/**
 * A message for a Teams channel's Workflows webhook ("Post to a channel when a webhook request is
 * received"): an Adaptive Card in a message attachment, with `Action.OpenUrl` buttons to the same
 * signed pages as the alert. Customer words go in a RichTextBlock's TextRun, which is not read as
 * markdown, so they cannot turn into links or formatting.
 */
export function teamsMessage(content: ChatContent): Record<string, unknown> {
  const run = (text: string) => ({ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text }] });
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            {
              type: 'RichTextBlock',
              inlines: [{ type: 'TextRun', text: content.headline, weight: 'Bolder', size: 'Medium' }],
            },
            ...(content.triage
              ? [
                  {
                    type: 'RichTextBlock',
                    inlines: [{ type: 'TextRun', text: content.triage, color: 'Attention' }],
                  },
                ]
              : []),
            run(content.excerpt),
            // Not a FactSet: Teams reads its values as markdown, and a customer's name is theirs to write.
            ...content.facts.map((fact) => ({
              type: 'RichTextBlock',
              inlines: [
                { type: 'TextRun', text: `${fact.label}: `, weight: 'Bolder' },
                { type: 'TextRun', text: fact.value },
              ],
            })),
          ],
          actions: content.buttons.map((button) => ({
            type: 'Action.OpenUrl',
            title: button.label,
            url: button.url,
          })),
        },
      },
    ],
  };
}
