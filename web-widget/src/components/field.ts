import { h } from '../dom.ts';

/**
 * A labelled input with its hint and its error, wired together for screen readers: the input is
 * described by both paragraphs, and an empty, hidden paragraph simply adds nothing.
 */
export function createField(name: string, text: string, optional?: string, multiline?: boolean) {
  const id = `es-${name}`;
  const label = h('label', { for: id }, text, optional && h('span', { class: 'op' }, ` (${optional})`));
  const hint = h('p', { id: `${id}-h`, class: 'hn' });
  const error = h('p', { id: `${id}-e`, class: 'er', hidden: true });
  const input = h(multiline ? 'textarea' : 'input', {
    id,
    name,
    type: name === 'email' ? 'email' : 'text',
    autocomplete: multiline ? 'off' : name,
    'aria-describedby': `${hint.id} ${error.id}`,
  });
  return {
    el: h('div', { class: 'fl' }, label, hint, error, input),
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
