/**
 * What must never reach a log line: a one-click link's token (`/a/<token>` is a bearer token
 * valid for weeks, `/held/<token>` releases a site's held mail) and a per-case reply address
 * (`reply+s.<id>.<signature>@…`, which lets anyone write into the case as staff).
 */
const SECRETS: [RegExp, string][] = [
  [/\/(a|held)\/[^\s/?#"'<>]+/g, '/$1/[redacted]'],
  [/reply\+[^\s@"'<>]+@/gi, 'reply+[redacted]@'],
];

export function redactText(text: string): string {
  return SECRETS.reduce((value, [pattern, replacement]) => value.replace(pattern, replacement), text);
}

/** Every string inside a log line's attributes, errors included (message and stack). */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { name: value.name, message: redactText(value.message), stack: redactText(value.stack ?? '') };
  }
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redact(item, depth + 1)]));
}
