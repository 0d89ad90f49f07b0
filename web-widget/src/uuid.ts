/**
 * A v4 UUID. `crypto.randomUUID` exists only on https and localhost pages, so a shop on plain http
 * gets the same thing built from `getRandomValues`, which every browser the widget supports has.
 */
export function uuid(
  source: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto,
): string {
  if (source.randomUUID) return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(36));
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit, at: number) => {
    const d = Number(digit);
    return (d ^ ((bytes[at] ?? 0) & (15 >> (d / 4)))).toString(16);
  });
}
