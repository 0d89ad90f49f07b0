import type { NotifyTarget } from '../../config/notify-schema.ts';
import type { SiteConfig } from '../../config/schema.ts';
import { type EventRendering, targetRequest } from '../../notify/request.ts';
import type { Deliverable } from '../deliver-once.ts';
import { owedMail } from '../owed-mail.ts';
import { deliverLedger, type LedgerSubject, type NotifyDeps } from './deliver.ts';
import { type CaseEvent, eventId } from './events.ts';
import type { Notifiable } from './ledger.ts';

/** A record whose events reach chat and webhooks, and which can owe its owner an email: a case, an incident. */
export type NotifyingRecord = Notifiable & Deliverable & { id: string; siteId: string };

/**
 * What differs between a case and an incident; the rest (finding the event, its stable id, the
 * signed request, a 410) is the same for both and lives here.
 */
export interface NotifySource<T extends NotifyingRecord>
  extends Pick<LedgerSubject<T>, 'log' | 'load' | 'mutate' | 'queue'> {
  /** Every event the record shows, under keys that never change (see events.ts). */
  events(record: T): CaseEvent[];
  /**
   * One event in both forms a target may take, from the record as it now stands. `carrier` names
   * the delivery in the signed links it carries, issued when it was queued (`issuedAt`).
   */
  render(
    record: T,
    event: CaseEvent,
    target: NotifyTarget,
    site: SiteConfig,
    link: { carrier: string; issuedAt: string },
  ): Omit<EventRendering, 'id'>;
}

/** Sends the record's due notifications; a 410 turns the target off and tells the owner once. */
export function deliverRecordNotifications<T extends NotifyingRecord>(
  source: NotifySource<T>,
  deps: NotifyDeps,
): Promise<void> {
  const { events, render, ...subject } = source;
  return deliverLedger<T>(
    {
      ...subject,
      request(record, delivery, key, target, site) {
        const event = events(record).find((candidate) => candidate.key === delivery.event);
        if (!event) throw new Error(`Record ${record.id} no longer shows event ${delivery.event}.`);
        const link = { carrier: `notify:${key}`, issuedAt: delivery.queuedAt };
        return targetRequest(
          target,
          { id: eventId(record.id, event.key), ...render(record, event, target, site, link) },
          deps.clock.now(),
          deps.notify.signWebhook,
        );
      },
      turnedOff: ownerNotice,
    },
    deps,
  );
}

/**
 * The owner's email that a target was turned off, queued on the record that met the 410, so the
 * dispatcher sends it exactly once. Which record that is, a case or an incident, the target
 * switch's conditional write decided: only its winner gets here.
 */
function ownerNotice<T extends NotifyingRecord>(record: T, target: string, site: SiteConfig, at: string): T {
  const kind = `notify-off:${target}`;
  if (record.mail[kind]) return record;
  return { ...record, mail: { ...record.mail, [kind]: owedMail(at, site.owner.email) } };
}
