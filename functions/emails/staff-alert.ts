import type { Locale, SiteConfig } from '../config/schema.ts';
import type { CustomerHistory, Feedback } from '../domain/feedback.ts';
import { defangUrl } from '../domain/page-url.ts';
import { firstName } from '../domain/routing.ts';
import { triageHeadline } from '../domain/triage/headline.ts';
import { actionLinks } from './action-labels.ts';
import { categoryLabel } from './category-label.ts';
import { fill, formatDate, formatDuration, formatWhen, headerSafe, quoted } from './format.ts';
import { escapeHtml, layout, safeLink, textToHtml } from './html.ts';
import { button, quoteStyle } from './notice.ts';
import type { RenderedEmail } from './rendered.ts';

/** Links in the alert that act without logging in (the staff-loop issue signs them). */
export interface AlertLinks {
  thread?: string;
  claim?: string;
  resolve?: string;
  reassign?: string;
}

const copy: Record<Locale, Record<string, string>> = {
  nb: {
    heading: 'Ny tilbakemelding til {site}: {rating} av 5',
    wrote: 'Kunden skrev',
    wants: 'Dette ville gjort det godt igjen for kunden',
    notSaid: '(ikke oppgitt)',
    offSite: '{page} (ikke en side på {site}, derfor ingen lenke)',
    page: 'Side',
    category: 'Kategori',
    contact: 'Kontakt',
    noEmail: 'Kunden oppga ingen e-postadresse, så du kan ikke svare direkte.',
    history: 'Tidligere tilbakemeldinger fra denne kunden på {site}: {count}',
    noHistory: 'Første tilbakemelding fra denne kunden på {site}.',
    next: 'Neste steg: Saken er din, {owner}. Kunden er lovet svar innen {promise}, altså senest {respondBy}.',
    reply: 'Svar på denne e-posten, så går svaret til kunden fra {sender}. Din egen adresse vises ikke.',
    actions: 'Handlinger',
  },
  da: {
    heading: 'Ny tilbagemelding til {site}: {rating} ud af 5',
    wrote: 'Kunden skrev',
    wants: 'Det her ville gøre det godt igen for kunden',
    notSaid: '(ikke oplyst)',
    offSite: '{page} (ikke en side på {site}, derfor intet link)',
    page: 'Side',
    category: 'Kategori',
    contact: 'Kontakt',
    noEmail: 'Kunden har ikke oplyst en e-mailadresse, så du kan ikke svare direkte.',
    history: 'Tidligere tilbagemeldinger fra denne kunde på {site}: {count}',
    noHistory: 'Første tilbagemelding fra denne kunde på {site}.',
    next: 'Næste skridt: Sagen er din, {owner}. Kunden er lovet svar inden for {promise}, altså senest {respondBy}.',
    reply:
      'Svar på denne e-mail, så sendes svaret til kunden fra {sender}. Din egen adresse bliver ikke vist.',
    actions: 'Handlinger',
  },
  sv: {
    heading: 'Ny återkoppling till {site}: {rating} av 5',
    wrote: 'Kunden skrev',
    wants: 'Det här skulle göra det bra igen för kunden',
    notSaid: '(inte angivet)',
    offSite: '{page} (inte en sida på {site}, därför ingen länk)',
    page: 'Sida',
    category: 'Kategori',
    contact: 'Kontakt',
    noEmail: 'Kunden angav ingen e-postadress, så du kan inte svara direkt.',
    history: 'Tidigare återkoppling från den här kunden på {site}: {count}',
    noHistory: 'Första återkopplingen från den här kunden på {site}.',
    next: 'Nästa steg: Ärendet är ditt, {owner}. Kunden har blivit lovad svar inom {promise}, alltså senast {respondBy}.',
    reply: 'Svara på det här mejlet så skickas svaret till kunden från {sender}. Din egen adress visas inte.',
    actions: 'Åtgärder',
  },
  en: {
    heading: 'New feedback for {site}: {rating} out of 5',
    wrote: 'The customer wrote',
    wants: 'What would make it right for them',
    notSaid: '(not given)',
    offSite: '{page} (not a page on {site}, so not a link)',
    page: 'Page',
    category: 'Category',
    contact: 'Contact',
    noEmail: 'The customer left no email address, so you cannot reply directly.',
    history: 'Earlier feedback from this customer on {site}: {count}',
    noHistory: 'First feedback from this customer on {site}.',
    next: 'Next step: this one is yours, {owner}. The customer was promised an answer within {promise}, so by {respondBy}.',
    reply:
      'Reply to this email and your answer goes to the customer from {sender}. Your own address stays private.',
    actions: 'Actions',
  },
};

/** How an earlier case ended (or where it stands), as the history in the alert says it. */
const CASE_WORDS: Record<Locale, Record<string, string>> = {
  nb: {
    open: 'åpen',
    claimed: 'under arbeid',
    resolved: 'løst',
    closed: 'lukket',
    recovered: 'ordnet, kunden fornøyd',
    'not-recovered': 'kunden ikke fornøyd',
    'no-reply': 'løst, uten svar fra kunden',
  },
  da: {
    open: 'åben',
    claimed: 'under behandling',
    resolved: 'løst',
    closed: 'lukket',
    recovered: 'ordnet, kunden tilfreds',
    'not-recovered': 'kunden ikke tilfreds',
    'no-reply': 'løst, uden svar fra kunden',
  },
  sv: {
    open: 'öppet',
    claimed: 'pågår',
    resolved: 'löst',
    closed: 'stängt',
    recovered: 'löst, kunden nöjd',
    'not-recovered': 'kunden inte nöjd',
    'no-reply': 'löst, inget svar från kunden',
  },
  en: {
    open: 'open',
    claimed: 'in progress',
    resolved: 'resolved',
    closed: 'closed',
    recovered: 'made right, customer happy',
    'not-recovered': 'customer not satisfied',
    'no-reply': 'resolved, no reply from the customer',
  },
};

export interface StaffAlertInput {
  feedback: Feedback;
  site: SiteConfig;
  history?: CustomerHistory;
  links?: AlertLinks;
}

export function renderStaffAlert({ feedback, site, history, links = {} }: StaffAlertInput): RenderedEmail {
  const locale = site.defaultLocale;
  const t = copy[locale];
  const values = {
    site: site.displayName,
    rating: String(feedback.rating),
    owner: firstName(feedback.owner),
    promise: formatDuration(site.respondWithin, locale),
    respondBy: formatWhen(feedback.respondBy, locale, site.timeZone),
    sender: site.sender,
    count: String(history?.count ?? 0),
    page: feedback.pageUrl ? defangUrl(feedback.pageUrl) : '',
  };
  const say = (key: string) => fill(t[key] ?? key, values);
  const risk =
    feedback.triage && feedback.triage.level !== 'normal' ? triageHeadline(feedback.triage, locale) : '';
  const stars = '★'.repeat(feedback.rating) + '☆'.repeat(5 - feedback.rating);
  const subject = `${risk ? `${headerSafe(risk, 80)} · ` : ''}${stars} ${feedback.rating}/5 · ${site.displayName} · ${quoted(headerSafe(feedback.message, 60), locale)}`;

  const facts: [string, string][] = [
    [say('page'), feedback.pageUrlOffSite ? say('offSite') : (feedback.pageUrl ?? say('notSaid'))],
    [say('category'), feedback.category ? categoryLabel(site, feedback.category, locale) : say('notSaid')],
    [
      say('contact'),
      feedback.email ? [feedback.name, feedback.email].filter(Boolean).join(' · ') : say('noEmail'),
    ],
  ];
  const earlier = history?.recent ?? [];
  const historyHeading = history && history.count > 0 ? say('history') : say('noHistory');
  const historyLine = (item: (typeof earlier)[number]) =>
    `${formatDate(item.createdAt, locale, site.timeZone)} · ${item.rating}/5 · ${CASE_WORDS[locale][item.outcome ?? item.status]} · ${quoted(headerSafe(item.message, 80), locale)}`;
  const actionList = actionLinks(links, locale);
  const triageLines = risk
    ? [risk, ...(feedback.triage?.reasons ?? []).map((reason) => `  ${quoted(reason.phrase, locale)}`), '']
    : [];

  const text = [
    ...triageLines,
    say('heading'),
    '',
    `${say('wrote')}:`,
    feedback.message,
    '',
    `${say('wants')}:`,
    feedback.desiredOutcome ?? say('notSaid'),
    '',
    ...facts.map(([label, value]) => `${label}: ${value}`),
    '',
    historyHeading,
    ...earlier.map((item) => `  - ${historyLine(item)}`),
    '',
    say('next'),
    say('reply'),
    ...(actionList.length
      ? ['', `${say('actions')}:`, ...actionList.map(({ label, url }) => `  ${label}: ${url}`)]
      : []),
  ].join('\n');

  const html = layout(
    locale,
    subject,
    [
      risk
        ? `<p style="padding:12px 16px;background:#fde8e8;color:#7a1010;border-radius:6px"><strong>${escapeHtml(risk)}</strong><br>${(feedback.triage?.reasons ?? []).map((reason) => escapeHtml(quoted(reason.phrase, locale))).join(', ')}</p>`
        : '',
      `<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(say('heading'))} <span aria-hidden="true">${stars}</span></h1>`,
      `<h2 style="font-size:16px;margin:0">${escapeHtml(say('wrote'))}</h2><blockquote class="es-quote" style="${quoteStyle}">${textToHtml(feedback.message)}</blockquote>`,
      `<h2 style="font-size:16px;margin:0">${escapeHtml(say('wants'))}</h2><blockquote class="es-quote" style="${quoteStyle}">${textToHtml(feedback.desiredOutcome ?? say('notSaid'))}</blockquote>`,
      `<table role="presentation" style="border-collapse:collapse;margin-bottom:16px">${facts
        .map(
          ([label, value]) =>
            `<tr><th scope="row" style="text-align:left;padding:2px 16px 2px 0;vertical-align:top">${escapeHtml(label)}</th><td>${label === say('page') && !feedback.pageUrlOffSite ? safeLink(value) : escapeHtml(value)}</td></tr>`,
        )
        .join('')}</table>`,
      `<h2 style="font-size:16px;margin:0">${escapeHtml(historyHeading)}</h2>${
        earlier.length
          ? `<ul>${earlier.map((item) => `<li>${escapeHtml(historyLine(item))}</li>`).join('')}</ul>`
          : ''
      }`,
      `<p><strong>${escapeHtml(say('next'))}</strong><br>${escapeHtml(say('reply'))}</p>`,
      actionList.length
        ? `<p>${actionList
            .map(
              ({ label, url }) =>
                `<a href="${escapeHtml(url)}" class="es-button" style="${button}">${escapeHtml(label)}</a>`,
            )
            .join('')}</p>`
        : '',
    ].join(''),
  );
  return { subject, text, html };
}
