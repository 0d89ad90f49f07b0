export { triageHeadline } from './headline.ts';
export { scoreFeedback } from './score.ts';
export type {
  ExtraPhrase,
  Triage,
  TriageFrame,
  TriageGroup,
  TriageInput,
  TriageLevel,
  TriageLocale,
  TriageReason,
} from './types.ts';
