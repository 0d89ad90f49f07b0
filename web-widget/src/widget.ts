import { type FeedbackBody, fetchConfig, postFeedback } from './api.ts';
import { createDetailsView } from './components/details.ts';
import { createDialog } from './components/dialog.ts';
import { createNotice, type NoticeAction } from './components/notice.ts';
import { createRatingView } from './components/rating.ts';
import { type CompactConfig, type Strings, T, TEXT_KEYS } from './config-format.ts';
import { h, icon } from './dom.ts';
import { capitalise, fill } from './i18n.ts';
import type { WidgetOptions } from './options.ts';
import { createQueue } from './queue.ts';
import { css } from './styles.ts';
import type { Locale, OpenOptions, SubmittedListener, TextOverrides } from './types.ts';
import { uuid } from './uuid.ts';
import { type Draft, fromServer, validate } from './validate.ts';

export type Overrides = Partial<Record<Locale | 'all', TextOverrides>>;

/** What the site has told the widget, kept by the module so it can arrive before init(). */
export interface Shared {
  draft: Draft;
  overrides: Overrides;
  listeners: Set<SubmittedListener>;
}

/** The views by position: 0 rating, 1 details, 2 notice. */
type View = 0 | 1 | 2;

/** Wires the views, the outbox and the API together; module.ts is the API in front of it. */
export function createWidget(options: WidgetOptions, { draft, overrides, listeners }: Shared) {
  const { siteId, api, trigger } = options;
  const host = h('div', { 'data-earshot': '' });
  const shadow = host.attachShadow({ mode: 'open' });
  const root = h('div', { className: 'es' });
  /** widget-config's compact answer: [displayName, locale, who, when, kept, ...strings]. */
  let config: CompactConfig;
  let t: Strings;
  let requestId: string | undefined;
  /** When the dialog first opened for this draft: a person takes seconds to write, a bot does not. */
  let openedAt: number | undefined;
  let category: string | undefined;
  /** Who will answer: the person routing gives this page and category to, as widget-config says. */
  let who: string | undefined;
  let opener: HTMLElement | null = null;
  /** The floating button that opens the dialog; none when the site brings its own (data-trigger). */
  let launcher: HTMLButtonElement | undefined;
  let ui: ReturnType<typeof build> | undefined;
  let isOpen = false;

  let storage: Storage | null = null;
  try {
    storage = localStorage;
  } catch {
    // Storage blocked by the browser: the outbox then lives as long as the page.
  }
  const queue = createQueue({
    storage,
    key: `earshot:${siteId}:outbox`,
    now: Date.now,
    send: (body) => postFeedback(api, body),
    later: (run, ms) => setTimeout(run, ms),
    // Each listener in its own task, so a failing one cannot break the widget or the others.
    onSent: ({ clientRequestId, rating }, id) => {
      for (const listener of listeners) setTimeout(listener, 0, { id, clientRequestId, rating });
    },
  });
  const flush = () => void queue.flush();
  flush();
  addEventListener('online', flush);

  /** (Re)renders what shows text: the launcher now, the dialog when it next opens. */
  function render(): void {
    const locale = config[1] as Locale;
    t = TEXT_KEYS.map(
      (key, i) => overrides[locale]?.[key] ?? overrides.all?.[key] ?? config[i + 5],
    ) as unknown as Strings;
    root.lang = locale;
    launcher?.replaceChildren(icon('M4 5h16v11H9l-5 4z'), t[T.launcher]);
    if (!isOpen) {
      ui?.dialog.el.remove();
      ui = undefined;
    }
  }

  // Without query or fragment: those can hold tokens the business should never receive.
  const page = /^http/.test(location.protocol) ? location.origin + location.pathname : undefined;
  const load = (chosen?: string) =>
    fetchConfig(api, siteId, {
      // Every language tag the page and the browser give, best first; widget-config picks the first of ours.
      locale: [options.locale, document.documentElement.lang, ...navigator.languages].filter(Boolean).join(),
      page,
      category: chosen,
    });

  // The launcher waits for widget-config (small, cached, and it brings the visitor's language); it is
  // position: fixed, so appearing a moment later shifts nothing on the page.
  const ready = Promise.all([
    load(),
    new Promise((resolve) =>
      document.readyState === 'loading' ? addEventListener('DOMContentLoaded', resolve) : resolve(0),
    ),
  ]).then(([loaded]) => {
    // The strings come with widget-config; without them there is nothing to show, and without the
    // API nothing could be sent either. The outbox above still delivers earlier feedback.
    if (!loaded?.[5]) return console.warn('[Earshot] widget-config did not load; the widget stays hidden');
    config = loaded;
    who = loaded[2];
    const styles = css(options.color, options.position);
    try {
      // A constructable stylesheet needs no CSP exception at all; the nonce'd <style> is the fallback.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(styles);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      shadow.append(h('style', { nonce: options.nonce ?? '' }, styles));
    }
    if (!trigger) {
      launcher = h('button', { type: 'button', className: 'launcher', 'aria-haspopup': 'dialog' });
      launcher.onclick = () => open();
      root.append(launcher);
    }
    shadow.append(root);
    render();
    document.body.append(host);
    if (trigger) document.addEventListener('click', onTrigger);
    return true;
  });

  /** A click on the site's own button (data-trigger); data-earshot-category on it sets the category. */
  function onTrigger(event: MouseEvent): void {
    let button: HTMLElement | null | undefined;
    try {
      button = (event.target as Element).closest?.<HTMLElement>(trigger ?? '');
    } catch {
      // An invalid selector in data-trigger: nothing can match it.
    }
    if (!button) return;
    event.preventDefault();
    opener = button;
    void open({ category: button.dataset.earshotCategory });
  }

  const vars = () => ({ who: who || t[T.we], when: config[3], kept: config[4] });

  /**
   * A category chosen on opening can route the case to someone else: ask widget-config again (one
   * cached request) and, until it answers or if it cannot, say "we" rather than a name that may be wrong.
   */
  function routeTo(chosen: string | undefined): void {
    if (chosen === category) return;
    category = chosen;
    who = undefined;
    void load(chosen).then((routed) => {
      if (category !== chosen) return;
      who = routed?.[2];
      refresh();
    });
  }

  /** Shows the draft again (identify() or a new name to promise) when the details are on screen. */
  function refresh(): void {
    if (ui?.view === 1) ui.views[1].update();
  }

  function build() {
    const dialog = createDialog(t[T.close], config[0], close);
    const views = [
      createRatingView(t, draft, () => show(1)),
      createDetailsView(
        t,
        draft,
        () => fill(t[T.why], vars()),
        fill(t[T.privacy], vars()),
        () => show(0),
        () => void submit(),
      ),
      createNotice(),
    ] as const;
    dialog.body.append(...views.map((view) => view.el));
    root.append(dialog.el);
    return { dialog, views, view: 0 as View };
  }

  function show(view: View, title = t[T.title]): void {
    if (!ui) return;
    ui.view = view;
    ui.dialog.title.textContent = title;
    for (const [i, component] of ui.views.entries()) component.el.hidden = i !== view;
    if (view === 1) ui.views[1].update();
    ui.views[view].focus();
  }

  function body(): FeedbackBody {
    requestId ??= uuid();
    const given = (text: string) => text.trim() || undefined;
    const rating = draft.rating ?? 0;
    return {
      siteId,
      rating,
      message: draft.message.trim(),
      email: given(draft.email),
      name: given(draft.name),
      // Asked only when it went badly; an answer left from an earlier, lower rating is not sent.
      desiredOutcome: rating < 4 ? given(draft.desiredOutcome) : undefined,
      category,
      pageUrl: page,
      locale: config[1] as Locale,
      clientRequestId: requestId,
      // From the first opening of this draft, so closing and reopening a half-written one keeps its time.
      openMs: Math.min(86_400_000, Date.now() - (openedAt ?? 0)),
    };
  }

  async function submit(): Promise<void> {
    if (!ui) return;
    const [, details, notice] = ui.views;
    const { rating, ...errors } = validate(draft);
    if (rating) return show(0);
    details.setErrors(errors);
    if (Object.keys(errors).length) return;
    const sent = body();
    details.busy(true);
    const result = await queue.send(sent);
    details.busy(false);
    const closing: NoticeAction = [t[T.close], close];
    if (result.kind === 'rejected') {
      const fields = result.fields && fromServer(result.fields, draft);
      if (fields) return details.setErrors(fields);
      // 403/404: the embed is set up wrong, and trying again can never work, so it is not offered.
      const setup = result.status === 403 || result.status === 404;
      notice.set(
        setup ? [t[T.setup], t[T.setupNext]] : [t[T.unknown], t[T.kept]],
        setup ? [closing] : [closing, [t[T.tryAgain], () => show(1)]],
        'alert',
      );
      return show(2, t[T.errorTitle]);
    }
    // Stored, or safe in the outbox: the draft has done its job. Name and email stay for next time.
    draft.rating = requestId = openedAt = undefined;
    draft.message = draft.desiredOutcome = '';
    notice.set(
      [
        result.kind === 'retry'
          ? t[T.queued]
          : sent.email
            ? capitalise(fill(t[T.thanksReply], vars()))
            : t[T.thanksNoEmail],
      ],
      [closing],
    );
    show(2, t[T.thanksTitle]);
  }

  async function open(settings: OpenOptions = {}): Promise<void> {
    if (!(await ready) || isOpen) return;
    routeTo(settings.category?.slice(0, 50));
    const active = document.activeElement as HTMLElement | null;
    opener ??= active === host || active === document.body ? (launcher ?? null) : active;
    ui ??= build();
    openedAt ??= Date.now();
    isOpen = true;
    if (launcher) launcher.hidden = true;
    ui.dialog.el.hidden = false;
    show(ui.view === 1 ? 1 : 0);
  }

  function close(): void {
    if (!ui || !isOpen) return;
    isOpen = false;
    ui.dialog.el.hidden = true;
    if (launcher) launcher.hidden = false;
    (opener?.isConnected ? opener : launcher)?.focus();
    opener = null;
  }

  return {
    open: (settings?: OpenOptions) => void open(settings),
    close,
    refresh,
    render: () => void ready.then((ok) => ok && render()),
  };
}

export type Widget = ReturnType<typeof createWidget>;
