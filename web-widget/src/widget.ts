import { type FeedbackBody, fetchConfig, postFeedback, Sent } from './api.ts';
import { field } from './components/field.ts';
import { createFrame, type Frame } from './components/frame.ts';
import { type CompactConfig, type Strings, T, TEXT_KEYS } from './config-format.ts';
import { face, h, icon } from './dom.ts';
import { capitalise, fill } from './i18n.ts';
import type { WidgetOptions } from './options.ts';
import { createQueue } from './queue.ts';
import { css } from './styles.ts';
import type { Locale, OpenOptions, SubmittedListener, TextOverrides } from './types.ts';
import { uuid } from './uuid.ts';
import { type Draft, type FieldErrors, fromServer, validate } from './validate.ts';

export type Overrides = Partial<Record<Locale | 'all', TextOverrides>>;

/** What the site has told the widget, kept by the module so it can arrive before init(). */
export interface Shared {
  draft: Draft;
  overrides: Overrides;
  listeners: Set<SubmittedListener>;
}

type Action = [label: string, run: () => void];

/**
 * The conversation: launcher, the steps (rating, details, a closing notice), the outbox and the API.
 * Each step is rendered afresh from the draft whenever it is shown, so there is no view state to keep
 * in step with it; module.ts is the API in front of this.
 */
// Ids are short (tt title, re the rating's error, in the intro, nt the notice; a field's id is its
// name): they live in the widget's own shadow root, so nothing on the page can clash with them, and
// each costs bytes against issue 18's budget.
export function createWidget(options: WidgetOptions, { draft, overrides, listeners }: Shared) {
  const { siteId, apiUrl: api, trigger } = options;
  const host = h('div', { 'data-earshot': '' });
  const shadow = host.attachShadow({ mode: 'open' });
  const root = h('div', { class: 'es' });
  /** widget-config's compact answer: [displayName, locale, who, when, kept, ...strings]. */
  let config: CompactConfig;
  let t: Strings;
  let requestId: string | undefined;
  /** When the dialog first opened for this draft: a person takes seconds to write, a bot does not. */
  let openedAt: number | undefined;
  let category: string | undefined;
  /** Who will answer: the person routing gives this page and category to, as widget-config says. */
  let who: string | undefined;
  let opener: Element | null | undefined = null;
  /** The floating button that opens the dialog; none when the site brings its own (data-trigger). */
  let launcher: HTMLButtonElement | undefined;
  /** The open dialog; undefined while closed. */
  let frame: Frame | undefined;
  /** The step shown last (1 is the details), so reopening a half-written draft goes back to it. */
  let step = 0;
  let sending = false;

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
  void queue.flush();
  // flush() reads no `this` and its promise never rejects, so it can be the listener itself.
  addEventListener('online', queue.flush);

  /** The strings with the site's own wording over them; the launcher shows them now, the dialog on opening. */
  function render(): void {
    const locale = config[1] as Locale;
    t = TEXT_KEYS.map(
      (key, i) => overrides[locale]?.[key] ?? overrides.all?.[key] ?? config[i + 5],
    ) as unknown as Strings;
    root.lang = locale;
    launcher?.replaceChildren(icon('M4 5h16v11H9l-5 4z'), t[T.launcher]);
  }

  // Without query or fragment: those can hold tokens the business should never receive.
  const page = /^http/.test(location.protocol) ? location.origin + location.pathname : undefined;
  const load = (chosen?: string) =>
    fetchConfig(api, siteId, {
      // Every language tag the page and the browser give, best first; widget-config picks the first of ours.
      locale: [options.locale, document.documentElement.lang, ...navigator.languages]
        .filter((tag) => tag)
        .join(),
      page,
      category: chosen,
    });

  // The launcher waits for widget-config (small, cached, and it brings the visitor's language); it is
  // position: fixed, so appearing a moment later shifts nothing on the page.
  const ready = load().then((loaded) => {
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
      // No type="button" on buttons outside the form (here, the close button, the notice's): with no
      // form to submit they do nothing but their own click.
      launcher = h('button', {
        class: 'launcher',
        'aria-haspopup': 'dialog',
        onclick: () => open(),
      });
      root.append(launcher);
    }
    shadow.append(root);
    render();
    // Into <html>, after <body>, rather than into <body>: <html> is there from the first script, so
    // nothing waits for the page to finish parsing (content parsed later still goes into <body>,
    // before the launcher), and a page that swaps its <body> (Turbo, htmx) keeps the widget.
    document.documentElement.append(host);
    if (trigger) document.addEventListener('click', onTrigger);
    return true;
  });

  /** A click on the site's own button (data-trigger); data-earshot-category on it sets the category. */
  function onTrigger(event: MouseEvent): void {
    let button: HTMLElement | null | undefined;
    try {
      button = (event.target as Element).closest?.<HTMLElement>(trigger as string);
    } catch {
      // An invalid selector in data-trigger: nothing can match it.
    }
    if (!button) return;
    event.preventDefault();
    opener = button;
    void open({ category: button.getAttribute('data-earshot-category') });
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
      // querySelector, not getElementById: gzip has the name already from elsewhere (issue 18's budget).
      const why = shadow.querySelector('#why');
      if (why) why.textContent = fill(t[T.why], vars());
    });
  }

  /**
   * Puts a step in the dialog under its title and moves focus into it: to the first field with an
   * error, the chosen face, the first field, or else the main button.
   */
  function show(at: number, el: HTMLElement, title = t[T.title]): void {
    step = at;
    sending = false;
    if (!frame) return;
    frame.heading.textContent = title;
    frame.content.replaceChildren(el);
    (
      el.querySelector<HTMLElement>('[aria-invalid=true],:checked') ??
      el.querySelector('input,textarea,.primary')
    )?.focus();
  }

  const form = (submit: () => void, ...children: (Node | string)[]) =>
    h(
      'form',
      {
        noValidate: true,
        onsubmit: (event: Event) => {
          event.preventDefault();
          submit();
        },
      },
      ...children,
    );
  const actions = (...buttons: Node[]) => h('div', { class: 'ac' }, ...buttons);
  const button = (label: string, run?: () => void) =>
    h('button', run ? { type: 'button', class: 'btn', onclick: run } : { class: 'btn primary' }, label);

  /**
   * Step one: five faces as a real radio group, so arrow keys choose, each face has a name and Enter
   * moves on. Nothing advances by itself: arrowing through the faces must not count as a choice.
   */
  function rating(): void {
    const names = t[T.ratings].split('|');
    const caption = h('p', { class: 'cap', 'aria-hidden': true }, names[(draft.rating as number) - 1] ?? '');
    const error = h('p', { id: 're', class: 'er', hidden: true }, t[T.required_rating]);
    // Each input lies transparent over its face: a click on the face is a click on the input, so
    // test tools and assistive tools that click the focused control reach the real radio. The face
    // needs no <label>: the input is named by aria-label, and nothing but the input takes the click.
    const faces = names.map((name, i) =>
      h(
        'span',
        {},
        h('input', {
          type: 'radio',
          name: 'rating',
          checked: draft.rating === i + 1,
          'aria-label': name,
          onchange: () => {
            draft.rating = i + 1;
            error.hidden = true;
            caption.textContent = name;
          },
        }),
        face(i),
      ),
    );
    show(
      0,
      form(
        () => {
          if (draft.rating) return details();
          error.hidden = false;
          shadow.querySelector('input')?.focus();
        },
        h(
          'fieldset',
          { 'aria-describedby': error.id },
          h('legend', {}, t[T.ratingLegend]),
          h('div', { class: 'faces' }, ...faces),
          caption,
          error,
        ),
        actions(button(t[T.next])),
      ),
    );
  }

  /**
   * Step two, in the order the conversation goes: what happened, in their own words, under a line of
   * empathy fitted to the rating; what would make it right (only when it went badly); who would answer
   * and why we ask for an address; what we keep and for how long.
   */
  function details(errors: FieldErrors = {}): void {
    // Shown only once a face is chosen.
    const score = draft.rating as number;
    const low = score < 4;
    const optional = t[T.optional];
    show(
      1,
      form(
        () => void (sending || submit()),
        h('p', { id: 'in' }, t[score < 3 ? T.introLow : low ? T.introMid : T.introHigh]),
        // The empathy line is read with the first question, not skipped on the way to it.
        field(
          'message',
          draft,
          errors,
          t,
          t[low ? T.message : T.messageHigh],
          '',
          true,
          low ? t[T.messageHint] : '',
          'in ',
        ),
        low ? field('desiredOutcome', draft, errors, t, t[T.outcome], optional, true) : '',
        h(
          'fieldset',
          { class: 'rp', 'aria-describedby': 'why' },
          h('legend', {}, t[T.reply]),
          h('small', { id: 'why' }, fill(t[T.why], vars())),
          field('name', draft, errors, t, t[T.name], optional),
          field('email', draft, errors, t, t[T.email], optional),
        ),
        h('small', {}, fill(t[T.privacy], vars())),
        actions(button(t[T.back], rating), button(t[T.send])),
      ),
    );
  }

  /**
   * The thank-you and the error view: text in a live region (status, or alert for errors) and a way
   * on. Focus goes to the last action, the main one, which the text describes, so a screen reader
   * reads it out with the button.
   */
  function notice(title: string, paragraphs: string[], ways: Action[], role = 'status'): void {
    const buttons = ways.map(([label, run], i) =>
      i < ways.length - 1
        ? button(label, run)
        : h('button', { class: 'btn primary', 'aria-describedby': 'nt', onclick: run }, label),
    );
    show(
      2,
      h(
        'div',
        { class: 'vw' },
        h('div', { class: 'vw', id: 'nt', role }, ...paragraphs.map((text) => h('p', {}, text))),
        actions(...buttons),
      ),
      title,
    );
  }

  function body(): FeedbackBody {
    requestId ??= uuid();
    const given = (text: string) => text.trim() || undefined;
    // Sent only once validate() has found a rating.
    const score = draft.rating as number;
    return {
      siteId,
      rating: score,
      message: draft.message.trim(),
      email: given(draft.email),
      name: given(draft.name),
      // Asked only when it went badly; an answer left from an earlier, lower rating is not sent.
      desiredOutcome: score < 4 ? given(draft.desiredOutcome) : undefined,
      category,
      pageUrl: page,
      locale: config[1] as Locale,
      clientRequestId: requestId,
      // From the first opening of this draft, so closing and reopening a half-written one keeps its time.
      openMs: Date.now() - (openedAt as number),
    };
  }

  async function submit(): Promise<void> {
    const { rating: unrated, ...errors } = validate(draft);
    if (unrated) return rating();
    if (Object.keys(errors).length) return details(errors);
    const sent = body();
    const send = frame?.content.querySelector('.primary');
    if (send) {
      send.textContent = t[T.sending];
      send.setAttribute('aria-disabled', 'true');
    }
    sending = true;
    const result = await queue.send(sent);
    const closing: Action = [t[T.close], close];
    if (result.kind === Sent.rejected) {
      const fields = result.fields && fromServer(result.fields);
      if (fields) return details(fields);
      // 403/404: the embed is set up wrong, and trying again can never work, so it is not offered.
      const setup = result.status === 403 || result.status === 404;
      return notice(
        t[T.errorTitle],
        setup ? [t[T.setup], t[T.setupNext]] : [t[T.unknown], t[T.kept]],
        setup ? [closing] : [closing, [t[T.tryAgain], () => details()]],
        'alert',
      );
    }
    // Stored, or safe in the outbox: the draft has done its job. Name and email stay for next time.
    draft.rating = requestId = openedAt = undefined;
    draft.message = draft.desiredOutcome = '';
    notice(
      t[T.thanksTitle],
      [
        result.kind === Sent.retry
          ? t[T.queued]
          : sent.email
            ? capitalise(fill(t[T.thanksReply], vars()))
            : t[T.thanksNoEmail],
      ],
      [closing],
    );
  }

  // The category may be null: a site's own button without data-earshot-category.
  async function open(settings: { category?: string | null | undefined } = {}): Promise<void> {
    if (!(await ready) || frame) return;
    routeTo(settings.category?.slice(0, 50));
    const active = document.activeElement;
    opener ??= active === host || active === document.body ? launcher : active;
    openedAt ??= Date.now();
    frame = createFrame(t[T.close], config[0], close);
    // Before the launcher, which the stylesheet hides while a frame precedes it.
    root.prepend(frame.el);
    if (step === 1) details();
    else rating();
  }

  function close(): void {
    if (!frame) return;
    frame.el.remove();
    frame = undefined;
    ((opener?.isConnected ? opener : launcher) as HTMLElement | undefined)?.focus();
    opener = null;
  }

  return {
    open: (settings?: OpenOptions) => void open(settings),
    close,
    /** Shows the draft again (identify()) when the details are on screen. */
    refresh: () => frame && step === 1 && details(),
    render: () => void ready.then((ok) => ok && render()),
  };
}

export type Widget = ReturnType<typeof createWidget>;
