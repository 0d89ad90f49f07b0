import type { NotifyTarget } from '../../config/notify-schema.ts';
import type { Feedback } from '../feedback.ts';
import { type CaseEvent, caseEvents } from './events.ts';
import { targetId, wants } from './targets.ts';

export type NotifyState = 'pending' | 'sending' | 'sent' | 'dead' | 'off';

/**
 * One event for one target (a Slack channel, a Teams channel, a webhook). The same exactly-once
 * rules as an email: claimed with a conditional write, settled only while the claim is ours.
 */
export interface NotifyDelivery {
  state: NotifyState;
  type: CaseEvent['type'];
  /** The event's key (see events.ts) and the target's id, which also make up its ledger key. */
  event: string;
  target: string;
  attempts: number;
  queuedAt: string;
  notBefore: string;
  leaseUntil?: string;
  takeovers?: number;
  sentAt?: string;
  /** The receiver's HTTP status on the last try. */
  status?: number;
  lastError?: string;
}

/** The notifications of one case: which events were looked at, and each delivery they owe. */
export interface NotifyLedger {
  /** Event keys already turned into deliveries (or into none, for a site without targets). */
  seen: string[];
  deliveries: Record<string, NotifyDelivery>;
}

/** Events older than this when first seen (a record from before notifications, a restored backup) are not news. */
const STALE_MS = 24 * 3_600_000;

export const deliveryKey = (target: string, event: string) => `${target}/${event}`;

/** A record that carries its own notification ledger: a case, or an incident. */
export interface Notifiable {
  notify?: NotifyLedger;
}

/**
 * Turns every event the record shows that was not seen before into one delivery per target that
 * wants it (none for a site without targets, or one no longer configured). Pure: the dispatcher
 * applies it in the same write that scores and times the record.
 */
export function queueNotifications(
  feedback: Feedback,
  targets: readonly NotifyTarget[],
  now: string,
): Feedback | undefined {
  // A report taken into an incident is announced in chat by the incident, not one by one: a
  // storm must not become three hundred Slack messages. A webhook still hears of every case.
  const inChat = (target: NotifyTarget, type: CaseEvent['type']) =>
    !(feedback.incident && target.type !== 'webhook' && type.startsWith('feedback.'));
  return queueEvents(feedback, caseEvents(feedback), targets, now, inChat);
}

export function queueEvents<T extends Notifiable>(
  record: T,
  events: CaseEvent[],
  targets: readonly NotifyTarget[],
  now: string,
  allowed: (target: NotifyTarget, type: CaseEvent['type']) => boolean = () => true,
): T | undefined {
  const seen = new Set(record.notify?.seen ?? []);
  const fresh = events.filter((event) => !seen.has(event.key));
  if (fresh.length === 0) return undefined;
  const deliveries = { ...record.notify?.deliveries };
  for (const event of fresh) {
    if (Date.parse(now) - Date.parse(event.at) > STALE_MS) continue;
    for (const target of targets) {
      if (!wants(target, event.type) || !allowed(target, event.type)) continue;
      const id = targetId(target);
      deliveries[deliveryKey(id, event.key)] = {
        state: 'pending',
        type: event.type,
        event: event.key,
        target: id,
        attempts: 0,
        queuedAt: now,
        notBefore: now,
      };
    }
  }
  return { ...record, notify: { seen: [...seen, ...fresh.map((event) => event.key)], deliveries } };
}

/** When the record's notifications next need the dispatcher: events not seen yet, deliveries due. */
export function notifyDueTimes(feedback: Feedback): string[] {
  return ledgerDueTimes(feedback, caseEvents(feedback));
}

export function ledgerDueTimes(record: Notifiable, events: CaseEvent[]): string[] {
  // The ledger starts with the dispatcher's first look at a new record. A record from before
  // notifications existed has none, and is not woken up just to announce its past.
  const feedback = record;
  if (!feedback.notify) return [];
  const seen = new Set(feedback.notify?.seen ?? []);
  const unseen = events.filter((event) => !seen.has(event.key)).map((event) => event.at);
  const deliveries = Object.values(feedback.notify?.deliveries ?? {}).flatMap((delivery) =>
    delivery.state === 'pending'
      ? [delivery.notBefore]
      : delivery.state === 'sending' && delivery.leaseUntil
        ? [delivery.leaseUntil]
        : [],
  );
  return [...unseen, ...deliveries];
}

export function isNotifyDue(delivery: NotifyDelivery, now: Date): boolean {
  const due =
    delivery.state === 'pending'
      ? delivery.notBefore
      : delivery.state === 'sending'
        ? delivery.leaseUntil
        : undefined;
  return due !== undefined && Date.parse(due) <= now.getTime();
}
