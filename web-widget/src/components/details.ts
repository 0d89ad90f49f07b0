import { type Strings, T } from '../config-format.ts';
import { h } from '../dom.ts';
import { type Draft, errorText, type FieldErrors, type TextField } from '../validate.ts';
import { createField } from './field.ts';

/**
 * Step two, in the order the conversation goes: what happened, in their own words; what would make
 * it right (only when it went badly); who to answer and why we ask; what we keep and for how long.
 * `why` gives "Leave your email so Kari can get back to you within 4 hours." (who may change).
 */
export function createDetailsView(
  t: Strings,
  draft: Draft,
  why: () => string,
  privacy: string,
  onBack: () => void,
  onSubmit: () => void,
) {
  const fields = {
    message: createField('message', t[T.message], '', true),
    desiredOutcome: createField('desiredOutcome', t[T.outcome], t[T.optional], true),
    name: createField('name', t[T.name], t[T.optional]),
    email: createField('email', t[T.email], t[T.optional]),
  };
  const list = Object.entries(fields) as [TextField, (typeof fields)['name']][];
  for (const [name, field] of list) field.input.oninput = () => (draft[name] = field.input.value);
  const intro = h('p', { id: 'es-intro' });
  const whyText = h('p', { id: 'es-why', className: 'hn' });
  // The empathy line is read with the first question, not skipped on the way to it.
  fields.message.input.setAttribute('aria-describedby', 'es-intro es-message-h es-message-e');
  const send = h('button', { className: 'btn primary' });
  let sending = false;
  const busy = (on: boolean) => {
    sending = on;
    send.textContent = t[on ? T.sending : T.send];
    send.setAttribute('aria-disabled', String(on));
  };
  const el = h(
    'form',
    {
      noValidate: true,
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (!sending) onSubmit();
      },
    },
    intro,
    fields.message.el,
    fields.desiredOutcome.el,
    h(
      'fieldset',
      { className: 'rp', 'aria-describedby': 'es-why' },
      h('legend', {}, t[T.reply]),
      whyText,
      fields.name.el,
      fields.email.el,
    ),
    h('p', { className: 'hn' }, privacy),
    h(
      'div',
      { className: 'ac' },
      h('button', { type: 'button', className: 'btn', onclick: onBack }, t[T.back]),
      send,
    ),
  );

  return {
    el,
    busy,
    /** Fits the questions to the rating: empathy and "what would make it right" when it went badly. */
    update() {
      const rating = draft.rating ?? 3;
      const low = rating < 4;
      intro.textContent = t[rating < 3 ? T.introLow : low ? T.introMid : T.introHigh];
      whyText.textContent = why();
      fields.message.label.textContent = t[low ? T.message : T.messageHigh];
      fields.message.hint.textContent = low ? t[T.messageHint] : '';
      fields.desiredOutcome.el.hidden = !low;
      for (const [name, field] of list) field.input.value = draft[name];
      busy(false);
    },
    /** Shows each problem next to its field and moves focus to the first one. */
    setErrors(errors: FieldErrors) {
      let first: HTMLElement | undefined;
      for (const [name, field] of list) {
        const code = errors[name];
        field.setError(code && errorText(code, name, t));
        if (code) first ??= field.input;
      }
      first?.focus();
    },
    focus: () => fields.message.input.focus(),
  };
}
