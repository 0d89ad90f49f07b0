import { h } from '../dom.ts';

export type NoticeAction = [label: string, run: () => void];

/**
 * A view that tells the visitor something and offers a way on: the thank-you and the error view.
 * Focus goes to the last action, the main way on, which the text describes, so a screen reader
 * reads it out with the button; the text is also a live region (status, or alert for errors).
 */
export function createNotice() {
  const text = h('div', { className: 'vw', id: 'es-notice' });
  const actions = h('div', { className: 'ac' });
  return {
    el: h('div', { className: 'vw' }, text, actions),
    set(paragraphs: string[], buttons: NoticeAction[], role = 'status') {
      text.setAttribute('role', role);
      text.replaceChildren(...paragraphs.map((paragraph) => h('p', {}, paragraph)));
      actions.replaceChildren(
        ...buttons.map(([label, run]) =>
          h('button', { type: 'button', className: 'btn', onclick: run }, label),
        ),
      );
      const main = actions.lastChild as HTMLElement;
      main.className += ' primary';
      main.setAttribute('aria-describedby', text.id);
    },
    focus: () => (actions.lastChild as HTMLElement).focus(),
  };
}
