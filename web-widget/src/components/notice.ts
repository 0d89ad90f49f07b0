import { component, h } from '../dom.ts';

export type NoticeAction = [label: string, run: () => void];

/**
 * A view that tells the visitor something and offers a way on: the thank-you and the error view. The
 * text sits in a live region (status, or alert for errors) so it is read out when it appears, and
 * focus goes to the last action, the main way on.
 */
export function createNotice() {
  const text = h('div', { class: 'view' });
  const actions = h('div', { class: 'actions' });
  const view = component(h('div', { class: 'view' }, text, actions));
  return {
    ...view,
    set(paragraphs: string[], buttons: NoticeAction[], role = 'status') {
      text.setAttribute('role', role);
      text.replaceChildren(...paragraphs.map((paragraph) => h('p', {}, paragraph)));
      actions.replaceChildren(
        ...buttons.map(([label, run], i) =>
          h(
            'button',
            { type: 'button', class: i === buttons.length - 1 ? 'btn primary' : 'btn', onclick: run },
            label,
          ),
        ),
      );
    },
    focus: () => (actions.lastChild as HTMLElement | null)?.focus(),
  };
}
