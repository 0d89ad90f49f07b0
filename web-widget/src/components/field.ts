import { h } from '../dom.ts';

/**
 * A labelled input with its hint and its error, wired together for screen readers: the input is
 * described by both paragraphs, and an empty, hidden paragraph simply adds nothing.
 */
export function createField(name: string, text: string, optional?: string, multiline?: boolean) {
  const id = `es-${name}`;
  const label = h('label', { htmlFor: id }, text);
  if (optional) label.append(h('span', { className: 'op' }, ` (${optional})`));
  const hint = h('p', { id: `${id}-h`, className: 'hn' });
  const error = h('p', { id: `${id}-e`, className: 'er', hidden: true });
  const input = h(multiline ? 'textarea' : 'input', {
    id,
    name,
    autocomplete: multiline ? 'off' : name,
    'aria-describedby': `${id}-h ${id}-e`,
  });
  if (name === 'email') (input as HTMLInputElement).type = name;
  return {
    el: h('div', { className: 'fl' }, label, hint, error, input),
    label,
    hint,
    input,
    setError(message?: string) {
      error.textContent = message ?? '';
      error.hidden = !message;
      input.setAttribute('aria-invalid', String(!!message));
    },
  };
}

export type Field = ReturnType<typeof createField>;
