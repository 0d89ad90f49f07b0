export type TriageGroup = 'public' | 'leaving' | 'formal' | 'intensity';
export type TriageLevel = 'normal' | 'high' | 'urgent';
export type TriageLocale = 'nb' | 'da' | 'sv' | 'en';

export interface TriageReason {
  group: TriageGroup;
  /** The text as the customer wrote it, so staff can see it quoted. */
  phrase: string;
  /** Short English label, e.g. "mentions Trustpilot". */
  label: string;
}

export interface Triage {
  level: TriageLevel;
  score: number;
  reasons: TriageReason[];
}

export interface TriageInput {
  message: string;
  desiredOutcome?: string;
  /** 1–5 stars. */
  rating: number;
  locale: TriageLocale;
}

/** A site-configured phrase, e.g. a competitor's name; matched as plain text, never as a pattern. */
export interface ExtraPhrase {
  phrase: string;
  group: TriageGroup;
}
