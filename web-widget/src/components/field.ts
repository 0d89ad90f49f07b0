import type { Strings } from '../config-format.ts';
import { h } from '../dom.ts';
import { type Draft, errorText, type FieldErrors, type TextField } from '../validate.ts';

/**
 * A labelled input with its hint and its error, showing the draft, wired together for screen
 * readers: the input is described by both paragraphs (after `describedBy`, ids read first); a hint
 * left out and an empty, hidden error simply add nothing. Typing goes straight into the draft.
 */
export function field(
  name: TextField,
  draft: Draft,
  errors: FieldErrors,
  t: Strings,
  label: string,
  optional: string,
  multiline?: boolean,
  hint = '',
  describedBy = '',
) {
  const code = errors[name];
  const input = h(multiline ? 'textarea' : 'input', {
    // The id is the name: the widget's shadow root holds one form at a time, so it is unique.
    id: name,
    name,
    value: draft[name],
    autocomplete: multiline ? 'off' : name,
    'aria-describedby': `${describedBy}${name}-h ${name}-e`,
    'aria-invalid': !!code,
    oninput: () => (draft[name] = input.value),
  });
  if (name === 'email') (input as HTMLInputElement).type = name;
  return h(
    'div',
    { class: 'fl' },
    h('label', { for: name }, label, optional && h('small', {}, ` (${optional})`)),
    hint && h('small', { id: `${name}-h` }, hint),
    h('p', { id: `${name}-e`, class: 'er', hidden: !code }, code ? errorText(code, name, t) : ''),
    input,
  );
}
