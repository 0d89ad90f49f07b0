import { component, h } from '../dom.ts';

export type NoticeAction = [label: string, run: () => void];

/**
 * A view that tells the visitor something and offers a way on: the thank-you and the error view.
 * Focus goes to the last action, the main way on, which the text describes, so a screen reader
 * reads it out with the button; the text is also a live region (status, or alert for errors).
 */
export function createNotice() {
  const text = h('div', { class: 'vw', id: 'es-notice' });
  const actions = h('div', { class: 'ac' });
  const view = component(h('div', { class: 'vw' }, text, actions));
  return {
    ...view,
    set(paragraphs: string[], buttons: NoticeAction[], role = 'status') {
      text.setAttribute('role', role);
      text.replaceChildren(...paragraphs.map((paragraph) => h('p', {}, paragraph)));
      actions.replaceChildren(
        ...buttons.map(([label, run], i) =>
          h(
            'button',
            i === buttons.length - 1
              ? { type: 'button', class: 'btn primary', onclick: run, 'aria-describedby': text.id }
              : { type: 'button', class: 'btn', onclick: run },
            label,
          ),
        ),
      );
    },
    focus: () => (actions.lastChild as HTMLElement | null)?.focus(),
  };
}
