import type { Locale } from '../config/schema.ts';
import type { IncidentSummary } from '../domain/incident-digest.ts';
import { byCount, fill } from './format.ts';

/** The digest's lines on complaint storms, per language side by side. */
const words: Record<
  Locale,
  { heading: string; count: [string, string]; answered: string; unanswered: string }
> = {
  nb: {
    heading: 'Mange kunder, samme problem',
    count: [
      '1 hendelse denne uka der flere kunder meldte om det samme.',
      '{count} hendelser denne uka der flere kunder meldte om det samme.',
    ],
    answered: '{answered} av dem fikk ett svar til alle, typisk etter {median}.',
    unanswered: 'Ingen av dem har fått svar til alle ennå.',
  },
  da: {
    heading: 'Mange kunder, samme problem',
    count: [
      '1 hændelse i denne uge, hvor flere kunder meldte om det samme.',
      '{count} hændelser i denne uge, hvor flere kunder meldte om det samme.',
    ],
    answered: '{answered} af dem fik ét svar til alle, typisk efter {median}.',
    unanswered: 'Ingen af dem har fået svar til alle endnu.',
  },
  sv: {
    heading: 'Många kunder, samma problem',
    count: [
      '1 händelse den här veckan där flera kunder hörde av sig om samma sak.',
      '{count} händelser den här veckan där flera kunder hörde av sig om samma sak.',
    ],
    answered: '{answered} av dem fick ett svar till alla, vanligtvis efter {median}.',
    unanswered: 'Ingen av dem har fått svar till alla än.',
  },
  en: {
    heading: 'Many customers, one problem',
    count: [
      '1 incident this week where several customers reported the same thing.',
      '{count} incidents this week where several customers reported the same thing.',
    ],
    answered: '{answered} of them got one answer to everyone, typically after {median}.',
    unanswered: 'None of them has had an answer to everyone yet.',
  },
};

export function incidentSection(
  summary: IncidentSummary,
  locale: Locale,
  elapsed: (ms: number, locale: Locale) => string,
): { heading: string; paragraphs: string[] } {
  const t = words[locale];
  const values = { count: String(summary.count), answered: String(summary.answered) };
  return {
    heading: t.heading,
    paragraphs: [
      fill(byCount(summary.count, t.count), values),
      summary.medianFirstAnswerMs === undefined
        ? t.unanswered
        : fill(t.answered, { ...values, median: elapsed(summary.medianFirstAnswerMs, locale) }),
    ],
  };
}
