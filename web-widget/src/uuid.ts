/**
 * A v4 UUID from `getRandomValues`, which every browser the widget supports has on every page
 * (`crypto.randomUUID` exists only on https and localhost, and would only add bytes). In the
 * template 10000000-1000-4000-8000-100000000000, each 0 and 1 becomes a random hex digit and the 8
 * one of 8, 9, a and b; the 4 (the version) stays.
 */
export function uuid(source: Pick<Crypto, 'getRandomValues'> = crypto): string {
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ ((source.getRandomValues(new Uint8Array(1))[0] as number) & (15 >> (+c / 4)))).toString(16),
  );
}
