import type { NotifyTarget } from '../../config/notify-schema.ts';
import type { SiteConfig } from '../../config/schema.ts';
import { chatContent } from '../../notify/content.ts';
import { targetRequest } from '../../notify/request.ts';
import { webhookBody } from '../../notify/webhook.ts';
import { queueMail } from '../case-events.ts';
import type { Feedback } from '../feedback.ts';
import { staffLinks } from '../links.ts';
import { mutate } from '../mutate.ts';
import type { FeedbackStore } from '../ports.ts';
import { deliverLedger, type NotifyDeps } from './deliver.ts';
import { caseEvents, eventId } from './events.ts';
import type { NotifyDelivery } from './ledger.ts';
import type { NotifyRequest } from './ports.ts';

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
  return deliverLedger<Feedback>(
    {
      log: { feedbackId: id },
      load: async () => known ?? deps.store.get(id),
      mutate: (change, known) => mutate(deps.store, id, change, known),
      request: (feedback, delivery, key, target, site) =>
        buildRequest(feedback, delivery, key, target, site, deps),
      turnedOff: (feedback, target, site, at) =>
        queueMail(feedback, `notify-off:${target}`, at, site.owner.email),
    },
    deps,
  );
}

/** Renders the message for its target type, at send time, so it shows the case as it is now. */
export function buildRequest(
  feedback: Feedback,
  delivery: NotifyDelivery,
  key: string,
  target: NotifyTarget,
  site: SiteConfig,
  deps: Pick<NotifyDeps, 'config' | 'signer' | 'clock' | 'notify'>,
): NotifyRequest {
  const event = caseEvents(feedback).find((candidate) => candidate.key === delivery.event);
  if (!event) throw new Error(`Feedback ${feedback.id} no longer shows event ${delivery.event}.`);
  // The same signed pages as the alert's buttons, acting for the case's owner.
  const links = staffLinks(
    { publicUrl: deps.config.publicUrl, signer: deps.signer },
    feedback,
    feedback.owner.email,
    `notify:${key}`,
    delivery.queuedAt,
  );
  return targetRequest(
    target,
    {
      id: eventId(feedback.id, event.key),
      webhookBody: () => webhookBody(event, feedback, links.thread),
      chat: () => chatContent(event, feedback, site, target, links),
    },
    deps.clock.now(),
    deps.notify.signWebhook,
  );
}
