import type { Locale } from '../config/schema.ts';

/**
 * The check-in's two answers: the email's buttons and the page that sends the answer say them
 * alike. Apart from the email's copy so that the page (served by the API) does not carry the
 * whole email in all four languages.
 */
export const CHECK_IN_ANSWERS: Record<Locale, { yes: string; no: string }> = {
  nb: { yes: 'Ja, det ble ordnet', no: 'Nei, ikke helt' },
  da: { yes: 'Ja, det blev ordnet', no: 'Nej, ikke helt' },
  sv: { yes: 'Ja, det är löst', no: 'Nej, inte riktigt' },
  en: { yes: 'Yes, it was made right', no: 'No, not quite' },
};
