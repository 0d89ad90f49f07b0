import type { TextKey, Texts } from './types.ts';

/**
 * widget-config's compact answer, which this widget asks for with `?v=2`: one JSON array,
 * `[displayName, locale, who, when, kept, ...strings]`, the strings in TEXT_KEYS order. Without the
 * keys the answer is a quarter smaller (issue 18's budget counts every byte a visitor downloads).
 * The server and the widget share this module, so they cannot disagree on the order; a request
 * without `v` (a cached or npm-installed older widget) still gets the keyed object.
 */
export const CONFIG_VERSION = '2';

/** Every string's key, in the order of the compact answer. Only ever append: order is the contract. */
export const TEXT_KEYS = (
  'launcher title close ratingLegend ratings next back introLow introMid introHigh message messageHigh ' +
  'messageHint outcome optional reply why name email privacy send sending thanksTitle thanksReply ' +
  'thanksNoEmail queued we errorTitle setup setupNext unknown kept tryAgain required_rating required ' +
  'too_long email_invalid invalid'
).split(' ') as TextKey[];

/**
 * The strings as the widget holds them, by position: `t[T.launcher]`. esbuild writes each use as its
 * number, so none of the key names but TEXT_KEYS' (for setStrings) ships. Same order as TEXT_KEYS.
 */
export enum T {
  launcher,
  title,
  close,
  ratingLegend,
  ratings,
  next,
  back,
  introLow,
  introMid,
  introHigh,
  message,
  messageHigh,
  messageHint,
  outcome,
  optional,
  reply,
  why,
  name,
  email,
  privacy,
  send,
  sending,
  thanksTitle,
  thanksReply,
  thanksNoEmail,
  queued,
  we,
  errorTitle,
  setup,
  setupNext,
  unknown,
  kept,
  tryAgain,
  required_rating,
  required,
  too_long,
  email_invalid,
  invalid,
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
