import { type Strings, T } from '../config-format.ts';
import { face, h } from '../dom.ts';
import type { Draft } from '../validate.ts';

/**
 * Step one: five faces as a real radio group, so arrow keys choose, each face has a name and Enter
 * moves on. Nothing advances by itself: arrowing through the faces must not count as a choice.
 */
export function createRatingView(t: Strings, draft: Draft, onNext: () => void) {
  const names = t[T.ratings].split('|');
  const caption = h('p', { className: 'cap', 'aria-hidden': 'true' });
  const error = h('p', { id: 'es-rating-err', className: 'er', hidden: true }, t[T.required_rating]);
  // Each input lies transparent over its face: a click on the face is a click on the input, so
  // test tools and assistive tools that click the focused control reach the real radio.
  const inputs = names.map((name, i) =>
    h('input', {
      type: 'radio',
      name: 'es-rating',
      id: `es-r${i + 1}`,
      'aria-label': name,
      onchange: () => {
        draft.rating = i + 1;
        error.hidden = true;
        caption.textContent = name;
      },
    }),
  );
  const el = h(
    'form',
    {
      noValidate: true,
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (draft.rating) return onNext();
        error.hidden = false;
        inputs[0]?.focus();
      },
    },
    h(
      'fieldset',
      { 'aria-describedby': error.id },
      h('legend', {}, t[T.ratingLegend]),
      h(
        'div',
        { className: 'faces' },
        ...inputs.map((input, i) => h('span', {}, input, h('label', { htmlFor: input.id }, face(i + 1)))),
      ),
      caption,
      error,
    ),
    h('div', { className: 'ac' }, h('button', { className: 'btn primary' }, t[T.next])),
  );

  return {
    el,
    /** Shows the current rating (it is cleared after a submission) and puts focus on the group. */
    focus() {
      const rating = draft.rating ?? 0;
      for (const [i, input] of inputs.entries()) input.checked = i + 1 === rating;
      caption.textContent = names[rating - 1] ?? '';
      inputs[Math.max(0, rating - 1)]?.focus();
    },
  };
}
