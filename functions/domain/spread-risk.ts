import type { SiteConfig } from '../config/schema.ts';
import { addDuration } from './duration.ts';
import type { Feedback } from './feedback.ts';
import { escalateAfter } from './submit-feedback.ts';
import { scoreFeedback } from './triage/index.ts';

/**
 * Scores how likely a complaint is to go public, once, before the staff alert it shapes. Urgent
 * feedback gets the site's shorter escalation clock (counted from submission). Kept out of the
 * intake path on purpose: the lexicons are the largest part of the code, and the API stays lean.
 */
export function assessSpreadRisk(feedback: Feedback, site: SiteConfig | undefined): Feedback {
  const triage = scoreFeedback(
    {
      message: feedback.message,
      desiredOutcome: feedback.desiredOutcome,
      rating: feedback.rating,
      locale: feedback.locale,
    },
    site?.triagePhrases ?? [],
  );
  if (!site) return { ...feedback, triage };
  const timer = feedback.escalation;
  const sooner = addDuration(feedback.createdAt, escalateAfter(site, triage));
  const escalation = timer?.state === 'waiting' && sooner < timer.at ? { ...timer, at: sooner } : timer;
  return { ...feedback, triage, ...(escalation ? { escalation } : {}) };
}
