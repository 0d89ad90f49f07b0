import { h, icon } from '../dom.ts';

/** Keeps Tab and Shift+Tab inside the panel: the visitor cannot wander off behind a modal. */
function trapTab(event: KeyboardEvent, panel: HTMLElement): void {
  const items = [...panel.querySelectorAll<HTMLElement>('button,input,textarea')];
  // The key's target is what has focus. From the panel itself (after a click on its text) Tab goes
  // to the first control and Shift+Tab to the last, as from the last and the first.
  if (event.target === panel || event.target === items.at(event.shiftKey ? 0 : -1)) {
    event.preventDefault();
    items.at(event.shiftKey ? -1 : 0)?.focus();
  }
}

/**
 * The modal frame, built on each opening and removed on closing: backdrop, labelled panel, a header
 * with the site's name, the title and the close button, and the body each step renders into.
 */
export function createFrame(closeLabel: string, siteName: string, onClose: () => void) {
  const title = h('h2', { id: 'tt' });
  const body = h('div');
  // tabIndex -1: a click on the panel's text keeps focus inside it, so Esc and the trap still work.
  const panel: HTMLElement = h(
    'div',
    {
      class: 'panel',
      role: 'dialog',
      'aria-modal': true,
      'aria-labelledby': title.id,
      tabIndex: -1,
      onkeydown: (event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
        if (event.key === 'Tab') trapTab(event, panel);
      },
    },
    h(
      'div',
      // Not <header>: inside the page's body it would be a second banner landmark.
      { class: 'hd' },
      h('div', {}, h('small', {}, siteName), title),
      h(
        'button',
        { class: 'btn x', 'aria-label': closeLabel, onclick: onClose },
        icon('M6 6l12 12M18 6 6 18'),
      ),
    ),
    body,
  );
  return {
    el: h('div', {}, h('div', { class: 'dim', onclick: onClose }), panel),
    heading: title,
    content: body,
  };
}

export type Frame = ReturnType<typeof createFrame>;
