export type TriageGroup = 'public' | 'leaving' | 'formal' | 'intensity';
export type TriageLevel = 'normal' | 'high' | 'urgent';
export type TriageLocale = 'nb' | 'da' | 'sv' | 'en';

/**
 * What the customer means to do, or has done: the intent a phrase is read as. Several frames
 * share a group ("tell others" and "already public" are both `public`); the frame is what the
 * alert can explain. See docs/triage.md.
 */
export type TriageFrame =
  | 'tell-others'
  | 'audience'
  | 'go-public'
  | 'already-public'
  | 'review'
  | 'press'
  | 'authority'
  | 'bank'
  | 'legal'
  | 'leave'
  | 'ignored'
  | 'intensity'
  /** A bare name (Facebook, Trustpilot) with no intent around it. */
  | 'mention'
  /** No frame fired, but the words read like the labelled messages that spread (learned/). */
  | 'learned';

export interface TriageReason {
  group: TriageGroup;
  /** Absent on reasons stored before frames existed. */
  frame?: TriageFrame;
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
