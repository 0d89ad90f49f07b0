import { chatContent } from '../../notify/content.ts';
import { webhookBody } from '../../notify/webhook.ts';
import type { Feedback } from '../feedback.ts';
import { staffLinks } from '../links.ts';
import { mutate } from '../mutate.ts';
import type { FeedbackStore } from '../ports.ts';
import type { NotifyDeps } from './deliver.ts';
import { caseEvents } from './events.ts';
import { deliverRecordNotifications } from './record-notifications.ts';

/**
 * A case's due Slack, Teams and webhook deliveries (queued by the dispatcher beforehand). `known`
 * is the copy the dispatcher just wrote: a case with nothing due in it costs no read at all, and
 * a stale copy only means a delivery waits for the next round (the claim re-reads on conflict).
 */
export function deliverNotifications(
  id: string,
  deps: NotifyDeps & { store: FeedbackStore },
  known?: Feedback,
): Promise<void> {
  return deliverRecordNotifications<Feedback>(
    {
      log: { feedbackId: id },
      load: async () => known ?? deps.store.get(id),
      mutate: (change, known) => mutate(deps.store, id, change, known),
      events: caseEvents,
      render(feedback, event, target, site, link) {
        // The same signed pages as the alert's buttons, acting for the case's owner.
        const links = staffLinks(
          { publicUrl: deps.config.publicUrl, signer: deps.signer },
          feedback,
          feedback.owner.email,
          link.carrier,
          link.issuedAt,
        );
        return {
          webhookBody: () => webhookBody(event, feedback, links.thread),
          chat: () => chatContent(event, feedback, site, target, links),
        };
      },
    },
    deps,
  );
}
