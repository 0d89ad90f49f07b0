import type { MailDelivery } from './feedback.ts';

/** A new email owed from `at` on: pending, never tried; `recipient` fixed now if it may change. */
export function owedMail(at: string, recipient?: string): MailDelivery {
  return { state: 'pending', attempts: 0, queuedAt: at, notBefore: at, ...(recipient ? { recipient } : {}) };
}
