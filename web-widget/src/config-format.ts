import type { TextKey, Texts } from './types.ts';

/**
 * widget-config's compact answer, which this widget asks for with `?v=2`: one JSON array,
 * `[displayName, locale, who, when, kept, ...strings]`, the strings in TEXT_KEYS order. Without the
 * keys the answer is a quarter smaller (issue 18's budget counts every byte a visitor downloads).
 * The server and the widget share this module, so they cannot disagree on the order; a request
 * without `v` (a cached or npm-installed older widget) still gets the keyed object.
 */
export const CONFIG_VERSION = '2';

/**
 * Every string's key, in the order of the compact answer. The order is measured, not meant: the one
 * in which the largest answer and this table gzip smallest together (40 B less than the order of
 * texts.ts). Only ever append to it now: the order is the contract with widgets already out there.
 */
export const TEXT_KEYS = (
  'title ratingLegend message too_long messageHigh launcher back outcome introLow unknown ratings name ' +
  'introMid next errorTitle required_rating setupNext kept we thanksTitle reply introHigh queued email ' +
  'thanksNoEmail why optional thanksReply invalid email_invalid send tryAgain sending setup close ' +
  'privacy messageHint required'
).split(' ') as TextKey[];

/**
 * The strings as the widget holds them, by position: `t[T.launcher]`. esbuild writes each use as its
 * number, so none of the key names but TEXT_KEYS' (for setStrings) ships. Same order as TEXT_KEYS.
 */
export enum T {
  title,
  ratingLegend,
  message,
  too_long,
  messageHigh,
  launcher,
  back,
  outcome,
  introLow,
  unknown,
  ratings,
  name,
  introMid,
  next,
  errorTitle,
  required_rating,
  setupNext,
  kept,
  we,
  thanksTitle,
  reply,
  introHigh,
  queued,
  email,
  thanksNoEmail,
  why,
  optional,
  thanksReply,
  invalid,
  email_invalid,
  send,
  tryAgain,
  sending,
  setup,
  close,
  privacy,
  messageHint,
  required,
}

/** One language's strings in TEXT_KEYS order, read by T. */
export type Strings = Readonly<Record<T, string>>;

export type CompactConfig = [
  displayName: string,
  locale: string,
  who: string,
  when: string,
  kept: string,
  ...strings: string[],
];

/** What the server sends for `?v=2`. */
export function toCompact(
  answer: { displayName: string; locale: string; who: string; when: string; kept: string },
  strings: Texts,
): CompactConfig {
  const { displayName, locale, who, when, kept } = answer;
  return [displayName, locale, who, when, kept, ...TEXT_KEYS.map((key) => strings[key])];
}
