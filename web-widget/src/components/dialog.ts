import { component, h, icon } from '../dom.ts';

/** Keeps Tab and Shift+Tab inside the panel: the visitor cannot wander off behind a modal. */
function trapTab(event: KeyboardEvent, panel: HTMLElement): void {
  const items = [...panel.querySelectorAll<HTMLElement>('button,input,textarea')].filter(
    (el) => !el.closest('[hidden]'),
  );
  const active = (panel.getRootNode() as ShadowRoot).activeElement as HTMLElement;
  const target = event.shiftKey
    ? (!items.includes(active) || active === items[0]) && items.at(-1)
    : active === items.at(-1) && items[0];
  if (target) {
    event.preventDefault();
    target.focus();
  }
}

/** The modal frame: backdrop, labelled panel, a header with the site's name, title and close button. */
export function createDialog(closeLabel: string, siteName: string | undefined, onClose: () => void) {
  const title = h('h2', { id: 'es-title', tabindex: -1 });
  const body = h('div');
  // tabindex -1: a click on the panel's text keeps focus inside it, so Esc and the trap still work.
  const panel = h(
    'div',
    {
      class: 'panel',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'es-title',
      tabindex: -1,
      onkeydown: (event) => {
        const key = (event as KeyboardEvent).key;
        if (key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
        if (key === 'Tab') trapTab(event as KeyboardEvent, panel);
      },
    },
    h(
      'div',
      // Not <header>: inside the page's body it would be a second banner landmark.
      { class: 'hd' },
      h('div', {}, siteName && h('p', { class: 'st' }, siteName), title),
      h(
        'button',
        { type: 'button', class: 'btn x', 'aria-label': closeLabel, onclick: onClose },
        icon('M6 6l12 12M18 6 6 18'),
      ),
    ),
    body,
  );
  return {
    ...component(h('div', { hidden: true }, h('div', { class: 'dim', onclick: onClose }), panel)),
    title,
    body,
  };
}

export type Dialog = ReturnType<typeof createDialog>;
