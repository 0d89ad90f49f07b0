export { freePort } from '../../tests/helpers/net.ts';

/** Loopback by address, so that no lookup of "localhost" (::1 first, on some machines) is measured. */
export const loopback = (url: string) => url.replace('//localhost:', '//127.0.0.1:');
