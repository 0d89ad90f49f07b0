/**
 * A v4 UUID from `getRandomValues`, which every browser the widget supports has on every page
 * (`crypto.randomUUID` exists only on https and localhost, and would only add bytes): each x
 * becomes a random hex digit, the y a random one of 8, 9, a and b.
 */
export function uuid(source: Pick<Crypto, 'getRandomValues'> = crypto): string {
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const random = (source.getRandomValues(new Uint8Array(1))[0] ?? 0) & 15;
    return (c === 'x' ? random : (random & 3) | 8).toString(16);
  });
}
