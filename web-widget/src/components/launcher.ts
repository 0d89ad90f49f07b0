import { component, h, icon } from '../dom.ts';

/** The floating button that opens the dialog; left out when the site brings its own (data-trigger). */
export function createLauncher(label: string, onOpen: () => void) {
  return component(
    h(
      'button',
      { type: 'button', class: 'launcher', 'aria-haspopup': 'dialog', onclick: onOpen },
      icon('M4 5h16v11H9l-5 4z'),
      label,
    ),
  );
}
