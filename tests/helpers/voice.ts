import type { Locale } from '../../functions/config/schema.ts';
import { INTL_LOCALE } from '../../functions/emails/format.ts';

/** One text a customer reads, with what a machine needs to judge it. */
export interface VoiceText {
  locale: Locale;
  subject?: string;
  /** Plain text; paragraphs separated by a blank line. */
  text: string;
  /** The first name it is signed with, when a person signs it. */
  signer?: string;
  /** When the customer reads it: every time it names must be later than this. */
  now: Date;
  timeZone: string;
  /** Staff emails carry the whole case, so only customer texts are held to the word limit. */
  maxWords?: number;
}

export const MAX_WORDS = 120;

/**
 * English words that have no business in a Norwegian, Danish or Swedish text. Only words that are
 * not also Nordic words ("link" and "stop" are Danish; "send" and "sender" are Norwegian and Danish verbs).
 */
const ENGLISH = new Set(
  'the you your please thank thanks click feedback email mail review reviews done choose colleague staff hello reply answer sorry invalid expired unsubscribe with will would this that what case cases customer'.split(
    ' ',
  ),
);

const GREETING = /^(Hei|Hej|Hi|Hello)\b/;
/** How a signer names herself in the first person: the only place her name may stand in the body. */
const SELF_INTRODUCTION = /\b(Jeg heter|Jeg hedder|Jag heter|My name is) \p{L}+/gu;
const URL = /https?:\/\/\S+|[\w.+-]+@[\w.-]+/g;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Everything a machine can check about a customer text; an empty list means it passes. */
export function voiceProblems(text: VoiceText): string[] {
  const problems: string[] = [];
  const whole = `${text.subject ?? ''}\n${text.text}`;
  const unfilled = whole.match(/\{\w+\}/g);
  if (unfilled) problems.push(`unfilled placeholder ${unfilled.join(', ')}`);

  const words = text.text.replace(URL, ' ').match(WORD) ?? [];
  const limit = text.maxWords ?? MAX_WORDS;
  if (words.length > limit) problems.push(`${words.length} words, more than ${limit}`);

  if (text.locale !== 'en') {
    const english = (whole.replace(URL, ' ').match(WORD) ?? []).filter((word) =>
      ENGLISH.has(word.toLowerCase()),
    );
    if (english.length) problems.push(`English in ${text.locale}: ${[...new Set(english)].join(', ')}`);
  }

  const paragraphs = text.text.split(/\n{2,}/).map((paragraph) => paragraph.trim());
  const [first = '', second = ''] = paragraphs;
  if (GREETING.test(first)) {
    if (first.includes('\n')) problems.push('the greeting is not on a line of its own');
    if (text.locale !== 'en' && /^(Hei|Hej),$/.test(first)) problems.push(`a lone "${first}" with a comma`);
    if (!/^\p{Lu}/u.test(second))
      problems.push(`the paragraph after the greeting starts "${second.slice(0, 12)}"`);
  }

  if (text.signer) {
    const signoff = paragraphs.findIndex((paragraph) => paragraph.split('\n').includes(text.signer ?? ''));
    const body = [text.subject ?? '', ...paragraphs.filter((_, index) => index !== signoff)]
      .join('\n\n')
      .replace(SELF_INTRODUCTION, '');
    if (signoff < 0) problems.push(`not signed by ${text.signer}`);
    if (new RegExp(`(^|[^\\p{L}])${text.signer}([^\\p{L}]|$)`, 'u').test(body)) {
      problems.push(`${text.signer} signs it but is named in the third person`);
    }
  }

  for (const when of timesIn(whole, text.locale, text.timeZone, text.now)) {
    if (when.wall <= when.now) problems.push(`promises ${when.phrase}, which is not in the future`);
  }
  return problems;
}

const PATTERNS: Record<Locale, RegExp> = {
  nb: /(\d{1,2})\. (\p{L}+) kl\. (\d{2})\.(\d{2})/gu,
  da: /(\d{1,2})\. (\p{L}+) kl\. (\d{2})\.(\d{2})/gu,
  sv: /(\d{1,2}) (\p{L}+) kl\. (\d{2})\.(\d{2})/gu,
  en: /(\d{2}):(\d{2}) on \p{L}+ (\d{1,2}) (\p{L}+)/gu,
};

/** Times written in the text, as comparable wall-clock numbers in the site's zone (YYYYMMDDhhmm). */
function timesIn(text: string, locale: Locale, timeZone: string, now: Date) {
  const months = Array.from({ length: 12 }, (_, month) =>
    new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2026, month, 15),
    ),
  );
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    })
      .formatToParts(now)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  const wallOf = (year: number, month: number, day: number, hour: number, minute: number) =>
    (((year * 100 + month) * 100 + day) * 100 + hour) * 100 + minute;
  const nowWall = wallOf(
    parts.year ?? 0,
    parts.month ?? 0,
    parts.day ?? 0,
    parts.hour ?? 0,
    parts.minute ?? 0,
  );
  return [...text.matchAll(PATTERNS[locale])].map((match) => {
    const [day, month, hour, minute] =
      locale === 'en' ? [match[3], match[4], match[1], match[2]] : [match[1], match[2], match[3], match[4]];
    const monthNumber = months.indexOf(month ?? '') + 1;
    // A December letter naming January means next year.
    const year = (parts.year ?? 0) + (monthNumber < (parts.month ?? 0) - 6 ? 1 : 0);
    return {
      phrase: match[0],
      wall: wallOf(year, monthNumber, Number(day), Number(hour), Number(minute)),
      now: nowWall,
    };
  });
}
