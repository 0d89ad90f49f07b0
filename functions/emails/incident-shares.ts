import type { Locale } from '../config/schema.ts';
import type { Incident } from '../domain/incident.ts';
import { fill } from './format.ts';

/**
 * What joined an incident's reports, per language side by side. Its own module because the
 * incident page (served by the API), the chat messages and the CLI say it too, and none of them
 * should carry the whole alert email.
 */
const copy: Record<Locale, { page: string; category: string; terms: string }> = {
  nb: {
    page: 'samme side ({value})',
    category: 'samme kategori ({value})',
    terms: 'de bruker de samme ordene ({value})',
  },
  da: {
    page: 'samme side ({value})',
    category: 'samme kategori ({value})',
    terms: 'de bruger de samme ord ({value})',
  },
  sv: {
    page: 'samma sida ({value})',
    category: 'samma kategori ({value})',
    terms: 'de använder samma ord ({value})',
  },
  en: {
    page: 'the same page ({value})',
    category: 'the same category ({value})',
    terms: 'they use the same words ({value})',
  },
};

/** "What the reports share", in words: the rule that joined them, so the owner can judge it. */
export function describeShares(incident: Incident, locale: Locale): string {
  const t = copy[locale];
  const parts = [
    ...(incident.shares.pagePath ? [fill(t.page, { value: incident.shares.pagePath })] : []),
    ...(incident.shares.category ? [fill(t.category, { value: incident.shares.category })] : []),
    ...(incident.shares.terms.length
      ? [fill(t.terms, { value: incident.shares.terms.map((term) => `«${term.word}»`).join(', ') })]
      : []),
  ];
  return parts.join('; ');
}
