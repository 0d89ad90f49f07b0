/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing silently. */
export function fill(template: string, vars: Record<string, unknown>): string {
  // replace() makes a string of what the callback returns: {max} is a number.
  return template.replace(
    /\{(\w+)\}/g,
    (whole, name: string) => (name in vars ? vars[name] : whole) as string,
  );
}

export function capitalise(text: string): string {
  return text.slice(0, 1).toUpperCase() + text.slice(1);
}
