import type { Locale } from '../config/schema.ts';
import type { AlertLinks } from './staff-alert.ts';

/** The one-click buttons in every staff email, per language. */
export const ACTION_LABELS: Record<Locale, Record<keyof AlertLinks, string>> = {
  nb: {
    thread: 'Se hele saken',
    claim: 'Jeg tar den',
    resolve: 'Merk som løst',
    reassign: 'Gi til en kollega',
  },
  da: {
    thread: 'Se hele sagen',
    claim: 'Jeg tager den',
    resolve: 'Markér som løst',
    reassign: 'Giv til en kollega',
  },
  sv: {
    thread: 'Se hela ärendet',
    claim: 'Jag tar det',
    resolve: 'Markera som löst',
    reassign: 'Ge till en kollega',
  },
  en: {
    thread: 'See the whole case',
    claim: "I'm on it",
    resolve: 'Mark as resolved',
    reassign: 'Hand to a colleague',
  },
};

/** The buttons a staff email carries, in their fixed order, for the links it has. */
export function actionLinks(
  links: Partial<AlertLinks> | undefined,
  locale: Locale,
): { label: string; url: string }[] {
  return (['claim', 'resolve', 'reassign', 'thread'] as const).flatMap((key) => {
    const url = links?.[key];
    return url ? [{ label: ACTION_LABELS[locale][key], url }] : [];
  });
}
