import type { Triage, TriageGroup, TriageLocale } from './types.ts';

interface HeadlineCopy {
  /** Each language's own quotation marks around the customer's words. */
  quote: readonly [string, string];
  urgent: string;
  high: string;
  none: string;
  groups: Readonly<Record<TriageGroup, string>>;
}

// Side by side so translators see all four at once. English quotes the reason's label; the
// Scandinavian versions quote the customer's own words, since the labels are English.
const COPY: Readonly<Record<TriageLocale, HeadlineCopy>> = {
  en: {
    quote: ['“', '”'],
    urgent: '[Urgent]',
    high: '[High]',
    none: 'No spread risk found',
    groups: {
      public: 'Risk of going public',
      formal: 'Formal escalation',
      leaving: 'Risk of losing the customer',
      intensity: 'Very upset customer',
    },
  },
  nb: {
    quote: ['«', '»'],
    urgent: '[Haster]',
    high: '[Viktig]',
    none: 'Ingen spredningsrisiko funnet',
    groups: {
      public: 'Kan bli offentlig',
      formal: 'Varsler formell klage',
      leaving: 'Kan miste kunden',
      intensity: 'Svært misfornøyd kunde',
    },
  },
  da: {
    quote: ['»', '«'],
    urgent: '[Haster]',
    high: '[Vigtig]',
    none: 'Ingen spredningsrisiko fundet',
    groups: {
      public: 'Kan blive offentlig',
      formal: 'Varsler formel klage',
      leaving: 'Kan miste kunden',
      intensity: 'Meget utilfreds kunde',
    },
  },
  sv: {
    quote: ['”', '”'],
    urgent: '[Brådskande]',
    high: '[Viktigt]',
    none: 'Ingen spridningsrisk hittad',
    groups: {
      public: 'Kan bli offentligt',
      formal: 'Varslar formell anmälan',
      leaving: 'Kan förlora kunden',
      intensity: 'Mycket missnöjd kund',
    },
  },
};

const MAX_QUOTE = 50;

/** One line for an alert subject, e.g. "[Urgent] Risk of going public: mentions Trustpilot". */
export function triageHeadline(triage: Triage, locale: TriageLocale = 'en'): string {
  const copy = COPY[locale] ?? COPY.en;
  const top = triage.reasons[0];
  if (!top) return copy.none;
  const marker =
    triage.level === 'urgent' ? `${copy.urgent} ` : triage.level === 'high' ? `${copy.high} ` : '';
  const [open, close] = copy.quote;
  const detail = locale === 'en' ? top.label : `${open}${quote(top.phrase)}${close}`;
  return `${marker}${copy.groups[top.group]}: ${detail}`;
}

function quote(phrase: string): string {
  const flat = phrase.replace(/\s+/gu, ' ').trim();
  return flat.length <= MAX_QUOTE ? flat : `${flat.slice(0, MAX_QUOTE - 1)}…`;
}
