import { widgetOptions } from './options.ts';
import type { InitOptions, Locale, OpenOptions, Person, SubmittedListener, TextOverrides } from './types.ts';
import type { Draft } from './validate.ts';
import { createWidget, type Overrides, type Widget } from './widget.ts';

export type * from './types.ts';

// The one widget of the page and what the site has told it. It lives here rather than in the widget,
// so on(), identify() and setStrings() work before init() as well as after.
const listeners = new Set<SubmittedListener>();
const draft: Draft = { message: '', desiredOutcome: '', name: '', email: '' };
const overrides: Overrides = {};
let widget: Widget | undefined;

/** Starts the widget; a second call, or a call without `window` (on the server), does nothing. */
export const init = (options: InitOptions): void => {
  if (widget || typeof window === 'undefined') return;
  const checked = widgetOptions(options);
  if (checked) widget = createWidget(checked, { draft, overrides, listeners });
  else console.warn('[Earshot] init() needs a siteId and an apiUrl');
};

/** Opens the dialog; `category` (e.g. "delivery") travels with the feedback and can route it. */
export const open = (options?: OpenOptions): void => widget?.open(options);

export const close = (): void => widget?.close();

/** Prefills name and email for a visitor the site already knows. */
export const identify = ({ email, name }: Person): void => {
  if (email) draft.email = email.trim();
  if (name) draft.name = name.trim();
  widget?.refresh();
};

/** 'submitted' fires once per feedback the API has stored. Returns a function that unsubscribes. */
export const on = (_event: 'submitted', listener: SubmittedListener): (() => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** The site's own wording for any visible string, for one locale or (without one) for all. */
export const setStrings = (strings: TextOverrides, locale?: Locale): void => {
  const key = locale ?? 'all';
  overrides[key] = { ...overrides[key], ...strings };
  widget?.render();
};
