// The package's public types, self-contained (no imports), so the published .d.ts stands alone.

export type Locale = 'nb' | 'da' | 'sv' | 'en';

/** Every visible string's key; web-widget/src/texts.ts has them in all four languages. */
export type TextKey =
  | 'launcher'
  | 'title'
  | 'close'
  | 'ratingLegend'
  | 'ratings'
  | 'next'
  | 'back'
  | 'introLow'
  | 'introMid'
  | 'introHigh'
  | 'message'
  | 'messageHigh'
  | 'messageHint'
  | 'outcome'
  | 'optional'
  | 'reply'
  | 'why'
  | 'name'
  | 'email'
  | 'privacy'
  | 'send'
  | 'sending'
  | 'thanksTitle'
  | 'thanksReply'
  | 'thanksNoEmail'
  | 'queued'
  | 'we'
  | 'errorTitle'
  | 'setup'
  | 'setupNext'
  | 'unknown'
  | 'kept'
  | 'tryAgain'
  | 'required_rating'
  | 'required'
  | 'too_long'
  | 'email_invalid'
  | 'invalid';

export type Texts = Record<TextKey, string>;
export type TextOverrides = Partial<Texts>;

/** `init()`: the script tag's attributes as options (`data-site` is `siteId`, `data-api` is `apiUrl`). */
export interface InitOptions {
  /** The site id from earshot.config.json. */
  siteId: string;
  /** The Earshot API's origin, e.g. "https://feedback.example.no". */
  apiUrl: string;
  /** nb, da, sv or en (also no, nn, nb-NO, sv-FI, …); otherwise the page's and the browser's language. */
  locale?: string | undefined;
  /** The site's colour, #rgb or #rrggbb, for the launcher and the main buttons. */
  color?: string | undefined;
  /** 'bottom-right' (default) or 'bottom-left'. */
  position?: 'bottom-right' | 'bottom-left' | undefined;
  /** A CSS selector for the site's own button(s); then there is no floating launcher. */
  trigger?: string | undefined;
  /** For the <style> fallback under a strict CSP where constructable stylesheets are missing. */
  nonce?: string | undefined;
}

export interface OpenOptions {
  /** Travels with the feedback as its `category` (≤ 50 characters); routing rules can use it. */
  category?: string | undefined;
}

export interface Person {
  email?: string | undefined;
  name?: string | undefined;
}

export interface SubmittedDetail {
  id: string;
  clientRequestId: string;
  rating: number;
}

export type SubmittedListener = (detail: SubmittedDetail) => void;

/** `window.Earshot`, and the package's named exports. */
export interface EarshotApi {
  /** Starts the widget; a second call, or a call without `window` (on the server), does nothing. */
  init(options: InitOptions): void;
  open(options?: OpenOptions): void;
  close(): void;
  /** Prefills name and email for a visitor the site already knows. */
  identify(person: Person): void;
  /** 'submitted' fires once per feedback the API has stored. Returns a function that unsubscribes. */
  on(event: 'submitted', listener: SubmittedListener): () => void;
  /** The site's own wording for any visible string, for one locale or (without one) for all. */
  setStrings(overrides: TextOverrides, locale?: Locale): void;
}
