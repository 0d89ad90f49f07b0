import type { Locale, SiteConfig } from '../config/schema.ts';
import { type Digest, STARS, type Topic } from '../domain/digest.ts';
import type { TriageLevel } from '../domain/triage/types.ts';
import { categoryLabel } from './category-label.ts';
import { incidentSection } from './digest-incidents.ts';
import {
  byCount,
  fill,
  formatDate,
  formatDateTime,
  formatDuration,
  headerSafe,
  INTL_LOCALE,
  UNITS,
} from './format.ts';
import { escapeHtml, layout, safeLink } from './html.ts';
import type { RenderedEmail } from './rendered.ts';

interface DigestCopy {
  subject: [one: string, many: string];
  waiting: string;
  greeting: string;
  intro: string;
  quiet: string;
  volumeHeading: string;
  volume: [one: string, many: string];
  average: string;
  before: string;
  responseHeading: string;
  response: string;
  within: string;
  noResponses: string;
  recoveryHeading: string;
  recovery: string;
  recoveryUnknown: [one: string, many: string];
  noRecovery: string;
  overdueHeading: string;
  overdueIntro: string;
  noOverdue: string;
  overdueLine: string;
  more: string;
  open: string;
  categoriesHeading: string;
  pagesHeading: string;
  riskHeading: string;
  levels: Record<TriageLevel, string>;
  /** Kept, not counted above: the form was sent faster than a person could fill it in. */
  spam: [one: string, many: string];
  closing: string;
  signoff: string;
}

/** Owners read this on a Monday morning: short sentences, the numbers first, praise where due. */
const copy: Record<Locale, DigestCopy> = {
  nb: {
    subject: ['Uka hos {site}: 1 tilbakemelding', 'Uka hos {site}: {count} tilbakemeldinger'],
    waiting: '{count} venter på svar',
    greeting: 'Hei!',
    intro: 'Her er uka som gikk hos {site}, {from}–{to}.',
    quiet: 'Det kom ingen nye tilbakemeldinger denne uka.',
    volumeHeading: 'Tilbakemeldinger',
    volume: [
      '1 tilbakemelding denne uka, mot {previous} uka før.',
      '{count} tilbakemeldinger denne uka, mot {previous} uka før.',
    ],
    average: 'Snittet var {average} av 5',
    before: 'uka før: {count}',
    responseHeading: 'Tid til første svar',
    response: 'Vanlig ventetid på første svar var {median} (median), og den lengste var {worst}.',
    within: '{within} av {answered} fikk svar innen {promise}, slik vi lovet.',
    noResponses: 'Ingen av ukas tilbakemeldinger har fått svar ennå.',
    recoveryHeading: 'Fikk vi det til?',
    recovery: 'Av kundene vi spurte etter at saken var løst, sa {yes} ja og {no} nei.',
    recoveryUnknown: ['1 har ikke svart ennå.', '{unknown} har ikke svart ennå.'],
    noRecovery: 'Ingen løste saker å spørre om de siste to ukene.',
    overdueHeading: 'Venter fortsatt på svar',
    overdueIntro: 'Disse kundene har ventet lenger enn vi lovet. Et svar i dag betyr mye:',
    noOverdue: 'Ingen kunder venter på svar etter fristen. Godt jobbet!',
    overdueLine: '{rating}/5 · frist {respondBy} · {owner}',
    more: '… og {count} til.',
    open: 'Åpne saken',
    categoriesHeading: 'Dette handlet misnøyen om',
    pagesHeading: 'Sider som går igjen',
    riskHeading: 'Risiko for at det sprer seg',
    levels: { normal: 'Vanlig', high: 'Høy', urgent: 'Haster' },
    spam: [
      '1 innsending kom raskere enn et menneske rekker å fylle ut skjemaet. Den er lagret som mulig spam og ikke tatt med over.',
      '{count} innsendinger kom raskere enn et menneske rekker å fylle ut skjemaet. De er lagret som mulig spam og ikke tatt med over.',
    ],
    closing: 'Takk for at dere lytter. Hver klage er en sjanse til å gjøre det litt bedre neste gang.',
    signoff: 'Hilsen\nEarshot',
  },
  da: {
    subject: ['Ugen hos {site}: 1 tilbagemelding', 'Ugen hos {site}: {count} tilbagemeldinger'],
    waiting: '{count} venter på svar',
    greeting: 'Hej!',
    intro: 'Her er ugen, der gik, hos {site}, {from}–{to}.',
    quiet: 'Der kom ingen nye tilbagemeldinger i denne uge.',
    volumeHeading: 'Tilbagemeldinger',
    volume: [
      '1 tilbagemelding i denne uge mod {previous} ugen før.',
      '{count} tilbagemeldinger i denne uge mod {previous} ugen før.',
    ],
    average: 'Gennemsnittet var {average} ud af 5',
    before: 'ugen før: {count}',
    responseHeading: 'Tid til første svar',
    response: 'Den typiske ventetid på første svar var {median} (median), og den længste var {worst}.',
    within: '{within} af {answered} fik svar inden for {promise}, som vi lovede.',
    noResponses: 'Ingen af ugens tilbagemeldinger har fået svar endnu.',
    recoveryHeading: 'Lykkedes det?',
    recovery: 'Af de kunder, vi spurgte, efter sagen var løst, sagde {yes} ja og {no} nej.',
    recoveryUnknown: ['1 har ikke svaret endnu.', '{unknown} har ikke svaret endnu.'],
    noRecovery: 'Ingen løste sager at spørge til de sidste to uger.',
    overdueHeading: 'Venter stadig på svar',
    overdueIntro: 'Disse kunder har ventet længere, end vi lovede. Et svar i dag betyder meget:',
    noOverdue: 'Ingen kunder venter på svar efter fristen. Godt arbejde!',
    overdueLine: '{rating}/5 · frist {respondBy} · {owner}',
    more: '… og {count} mere.',
    open: 'Åbn sagen',
    categoriesHeading: 'Det handlede utilfredsheden om',
    pagesHeading: 'Sider, der går igen',
    riskHeading: 'Risiko for, at det spreder sig',
    levels: { normal: 'Normal', high: 'Høj', urgent: 'Haster' },
    spam: [
      '1 indsendelse kom hurtigere, end et menneske kan nå at udfylde formularen. Den er gemt som mulig spam og ikke talt med ovenfor.',
      '{count} indsendelser kom hurtigere, end et menneske kan nå at udfylde formularen. De er gemt som mulig spam og ikke talt med ovenfor.',
    ],
    closing: 'Tak, fordi I lytter. Hver klage er en chance for at gøre det lidt bedre næste gang.',
    signoff: 'Hilsen\nEarshot',
  },
  sv: {
    subject: ['Veckan hos {site}: 1 återkoppling', 'Veckan hos {site}: {count} återkopplingar'],
    waiting: '{count} väntar på svar',
    greeting: 'Hej!',
    intro: 'Här är veckan som gick hos {site}, {from}–{to}.',
    quiet: 'Det kom ingen ny återkoppling den här veckan.',
    volumeHeading: 'Återkoppling',
    volume: [
      '1 återkoppling den här veckan, mot {previous} veckan innan.',
      '{count} återkopplingar den här veckan, mot {previous} veckan innan.',
    ],
    average: 'Snittet var {average} av 5',
    before: 'veckan innan: {count}',
    responseHeading: 'Tid till första svar',
    response: 'Den vanliga väntetiden på första svar var {median} (median), och den längsta var {worst}.',
    within: '{within} av {answered} fick svar inom {promise}, som vi lovade.',
    noResponses: 'Ingen av veckans återkopplingar har fått svar ännu.',
    recoveryHeading: 'Blev det löst?',
    recovery: 'Av kunderna vi frågade när ärendet var löst svarade {yes} ja och {no} nej.',
    recoveryUnknown: ['1 har inte svarat ännu.', '{unknown} har inte svarat ännu.'],
    noRecovery: 'Inga lösta ärenden att fråga om de senaste två veckorna.',
    overdueHeading: 'Väntar fortfarande på svar',
    overdueIntro: 'De här kunderna har väntat längre än vi lovade. Ett svar i dag betyder mycket:',
    noOverdue: 'Ingen kund väntar på svar efter utlovad tid. Bra jobbat!',
    overdueLine: '{rating}/5 · svar utlovat {respondBy} · {owner}',
    more: '… och {count} till.',
    open: 'Öppna ärendet',
    categoriesHeading: 'Det här handlade missnöjet om',
    pagesHeading: 'Sidor som återkommer',
    riskHeading: 'Risk för spridning',
    levels: { normal: 'Normal', high: 'Hög', urgent: 'Brådskande' },
    spam: [
      '1 inskick kom snabbare än en människa hinner fylla i formuläret. Det är sparat som möjlig spam och inte medräknat ovan.',
      '{count} inskick kom snabbare än en människa hinner fylla i formuläret. De är sparade som möjlig spam och inte medräknade ovan.',
    ],
    closing: 'Tack för att ni lyssnar. Varje klagomål är en chans att göra det lite bättre nästa gång.',
    signoff: 'Hälsningar\nEarshot',
  },
  en: {
    subject: ['The week at {site}: 1 piece of feedback', 'The week at {site}: {count} pieces of feedback'],
    waiting: '{count} waiting for an answer',
    greeting: 'Hello!',
    intro: "Here's the week that was at {site}, {from}–{to}.",
    quiet: 'No new feedback came in this week.',
    volumeHeading: 'Feedback',
    volume: [
      '1 piece of feedback this week, against {previous} the week before.',
      '{count} pieces of feedback this week, against {previous} the week before.',
    ],
    average: 'The average was {average} out of 5',
    before: 'week before: {count}',
    responseHeading: 'Time to first answer',
    response: 'The typical wait for a first answer was {median} (median), and the longest was {worst}.',
    within: '{within} of {answered} heard back within {promise}, as we promised.',
    noResponses: "None of this week's feedback has had an answer yet.",
    recoveryHeading: 'Did we make it right?',
    recovery: 'Of the customers we asked once their case was resolved, {yes} said yes and {no} said no.',
    recoveryUnknown: ['1 has not answered yet.', '{unknown} have not answered yet.'],
    noRecovery: 'No resolved cases to ask about in the last two weeks.',
    overdueHeading: 'Still waiting for an answer',
    overdueIntro: 'These customers have waited longer than we promised. An answer today means a lot:',
    noOverdue: 'Nobody is waiting past the time we promised. Well done!',
    overdueLine: '{rating}/5 · promised by {respondBy} · {owner}',
    more: '… and {count} more.',
    open: 'Open the case',
    categoriesHeading: 'What the unhappy feedback was about',
    pagesHeading: 'Pages that keep coming up',
    riskHeading: 'Risk of it spreading',
    levels: { normal: 'Normal', high: 'High', urgent: 'Urgent' },
    spam: [
      '1 submission came in faster than a person can fill in the form. It is kept as possible spam and not counted above.',
      '{count} submissions came in faster than a person can fill in the form. They are kept as possible spam and not counted above.',
    ],
    closing: 'Thank you for listening. Every complaint is a chance to do a little better next time.',
    signoff: 'Best wishes,\nEarshot',
  },
};

/** Overdue items listed in full; the rest are counted, so a bad week still fits on a screen. */
const OVERDUE_SHOWN = 15;
const TEXT_BAR_WIDTH = 20;
const BAR_COLOURS: Record<string, string> = {
  1: '#b3261e',
  2: '#d9603b',
  3: '#c99a06',
  4: '#5b9a3c',
  5: '#2e7d32',
  normal: '#7a8591',
  high: '#d9603b',
  urgent: '#b3261e',
  topic: '#1f4e79',
};

interface Bar {
  label: string;
  value: number;
  note?: string;
  colour: string;
}

/** A weekly digest for a site's owners, in the site's language; every customer string escaped. */
export function renderDigest(digest: Digest, site: SiteConfig): RenderedEmail {
  const locale = site.defaultLocale;
  const t = copy[locale];
  const count = digest.volume.thisWeek;
  const waiting = digest.overdue.length;
  const subject = [
    fill(byCount(count, t.subject), { site: site.displayName, count: String(count) }),
    ...(waiting > 0 ? [fill(t.waiting, { count: String(waiting) })] : []),
  ].join(' · ');
  const date = (iso: string) => formatDate(iso, locale, site.timeZone);
  const before = (value: number | string) => fill(t.before, { count: String(value) });

  const sections: Section[] = [];
  sections.push({
    paragraphs: [
      t.greeting,
      fill(t.intro, {
        site: site.displayName,
        from: date(digest.from),
        to: date(new Date(Date.parse(digest.to) - 1).toISOString()),
      }),
    ],
  });

  if (count === 0 && digest.volume.previousWeek === 0) {
    sections.push({ paragraphs: [t.quiet] });
  } else {
    const { average, previousAverage } = digest.ratings;
    sections.push({
      heading: t.volumeHeading,
      paragraphs: [
        fill(byCount(count, t.volume), {
          count: String(count),
          previous: String(digest.volume.previousWeek),
        }),
        ...(average === undefined
          ? []
          : [
              `${fill(t.average, { average: decimal(average, locale) })}${
                previousAverage === undefined ? '' : ` (${before(decimal(previousAverage, locale))})`
              }.`,
            ]),
      ],
      bars: STARS.map((stars) => ({
        label: `${stars} ★`,
        value: digest.ratings.thisWeek[stars],
        note: before(digest.ratings.previousWeek[stars]),
        colour: BAR_COLOURS[stars] ?? '#1f4e79',
      })),
    });
  }

  const { response } = digest;
  const promise = formatDuration(site.respondWithin, locale);
  sections.push({
    heading: t.responseHeading,
    paragraphs:
      response.answered === 0 || response.medianMs === undefined
        ? [t.noResponses]
        : [
            fill(t.response, {
              median: elapsed(response.medianMs, locale),
              worst: elapsed(response.worst?.ms ?? response.medianMs, locale),
            }),
            fill(t.within, {
              within: String(response.withinPromise),
              answered: String(response.answered),
              promise,
            }),
          ],
  });

  const { recovery } = digest;
  const asked = recovery.recovered + recovery.notRecovered + recovery.unknown;
  sections.push({
    heading: t.recoveryHeading,
    paragraphs:
      asked === 0
        ? [t.noRecovery]
        : [
            [
              fill(t.recovery, { yes: String(recovery.recovered), no: String(recovery.notRecovered) }),
              recovery.unknown > 0
                ? fill(byCount(recovery.unknown, t.recoveryUnknown), {
                    unknown: String(recovery.unknown),
                  })
                : '',
            ]
              .filter(Boolean)
              .join(' '),
          ],
  });

  sections.push({
    heading: t.overdueHeading,
    paragraphs: waiting === 0 ? [t.noOverdue] : [t.overdueIntro],
    items: digest.overdue.slice(0, OVERDUE_SHOWN).map((item) => ({
      line: fill(t.overdueLine, {
        rating: String(item.rating),
        respondBy: formatDateTime(item.respondBy, locale, site.timeZone),
        owner: item.owner,
      }),
      quote: headerSafe(item.message, 90),
      link: item.link,
    })),
    after: waiting > OVERDUE_SHOWN ? [fill(t.more, { count: String(waiting - OVERDUE_SHOWN) })] : [],
  });

  const topicBars = (topics: Topic[], name: (label: string) => string = (label) => label): Bar[] =>
    topics.map((topic) => ({
      label: name(topic.label),
      value: topic.thisWeek,
      note: before(topic.previousWeek),
      colour: BAR_COLOURS.topic ?? '#1f4e79',
    }));
  if (digest.categories.length > 0) {
    sections.push({
      heading: t.categoriesHeading,
      bars: topicBars(digest.categories, (key) => categoryLabel(site, key, locale)),
    });
  }
  if (digest.pages.length > 0) sections.push({ heading: t.pagesHeading, bars: topicBars(digest.pages) });
  if (digest.incidents) sections.push(incidentSection(digest.incidents, locale, elapsed));
  if (count > 0) {
    sections.push({
      heading: t.riskHeading,
      bars: (['urgent', 'high', 'normal'] as const).map((level) => ({
        label: t.levels[level],
        value: digest.risk[level],
        colour: BAR_COLOURS[level] ?? '#1f4e79',
      })),
    });
  }
  if (digest.suspectedSpam > 0) {
    const spam = digest.suspectedSpam;
    sections.push({ paragraphs: [fill(byCount(spam, t.spam), { count: String(spam) })] });
  }
  sections.push({ paragraphs: [t.closing, t.signoff] });

  return {
    subject,
    text: sections.map((section) => sectionText(section, t)).join('\n\n'),
    html: layout(locale, subject, sections.map((section) => sectionHtml(section, t)).join('')),
  };
}

interface Section {
  heading?: string;
  paragraphs?: string[];
  bars?: Bar[];
  items?: { line: string; quote: string; link?: string }[];
  after?: string[];
}

function sectionText(section: Section, t: DigestCopy): string {
  const max = Math.max(1, ...(section.bars ?? []).map((bar) => bar.value));
  const width = Math.max(0, ...(section.bars ?? []).map((bar) => bar.label.length));
  return [
    ...(section.heading ? [section.heading.toUpperCase()] : []),
    ...(section.paragraphs ?? []),
    ...(section.bars ?? []).map((bar) => {
      const length = bar.value === 0 ? 0 : Math.max(1, Math.round((bar.value / max) * TEXT_BAR_WIDTH));
      const note = bar.note ? `  (${bar.note})` : '';
      return `${bar.label.padEnd(width)}  ${'█'.repeat(length)}${length ? ' ' : ''}${bar.value}${note}`;
    }),
    ...(section.items ?? []).flatMap((item) => [
      `- ${item.line}`,
      `  “${item.quote}”`,
      ...(item.link ? [`  ${t.open}: ${item.link}`] : []),
    ]),
    ...(section.after ?? []),
  ].join('\n');
}

const HEADING = 'font-size:17px;margin:24px 0 8px';
const MUTED = 'color:#5f6b76;font-size:14px';

function sectionHtml(section: Section, t: DigestCopy): string {
  const paragraphs = (section.paragraphs ?? [])
    .map((paragraph) => `<p style="margin:0 0 8px">${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
  const items = section.items?.length
    ? `<ul style="padding-left:20px;margin:8px 0">${section.items
        .map(
          (item) =>
            `<li style="margin-bottom:10px"><strong>${escapeHtml(item.line)}</strong><br><span style="${MUTED}">“${escapeHtml(item.quote)}”</span>${
              item.link ? `<br>${safeLink(item.link, t.open)}` : ''
            }</li>`,
        )
        .join('')}</ul>`
    : '';
  const after = (section.after ?? []).map((line) => `<p style="${MUTED}">${escapeHtml(line)}</p>`).join('');
  return `${section.heading ? `<h2 style="${HEADING}">${escapeHtml(section.heading)}</h2>` : ''}${paragraphs}${
    section.bars?.length ? barChart(section.bars) : ''
  }${items}${after}`;
}

/**
 * Bars as table cells with a width and a background colour: they render in every mail client,
 * including the ones that block images and ignore CSS beyond inline styles.
 */
function barChart(bars: Bar[]): string {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const rows = bars.map((bar) => {
    const percent = bar.value === 0 ? 0 : Math.max(2, Math.round((bar.value / max) * 100));
    const fillCell =
      percent > 0
        ? `<td width="${percent}%" style="width:${percent}%;background:${bar.colour};height:14px;font-size:0;line-height:0">&nbsp;</td>`
        : '';
    const rest = percent < 100 ? `<td style="font-size:0;line-height:0">&nbsp;</td>` : '';
    return `<tr><td style="padding:3px 12px 3px 0;white-space:nowrap;vertical-align:middle">${escapeHtml(bar.label)}</td><td width="60%" style="width:60%;padding:3px 0;vertical-align:middle"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse"><tr>${fillCell}${rest}</tr></table></td><td style="padding:3px 0 3px 12px;white-space:nowrap;vertical-align:middle"><strong>${bar.value}</strong>${
      bar.note ? ` <span style="${MUTED}">(${escapeHtml(bar.note)})</span>` : ''
    }</td></tr>`;
  });
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:8px 0 16px">${rows.join('')}</table>`;
}

/** "2 timer 10 minutter", "3 days 4 hours": the two largest units, for a wait time. */
export function elapsed(ms: number, locale: Locale): string {
  const units = UNITS[locale];
  const totalMinutes = Math.max(1, Math.round(ms / 60_000));
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const part = (amount: number, unit: keyof (typeof UNITS)[Locale]) =>
    `${amount} ${byCount(amount, units[unit])}`;
  if (days > 0) return [part(days, 'day'), ...(hours > 0 ? [part(hours, 'hour')] : [])].join(' ');
  if (hours > 0) return [part(hours, 'hour'), ...(minutes > 0 ? [part(minutes, 'minute')] : [])].join(' ');
  return part(minutes, 'minute');
}

function decimal(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}
