/**
 * The unit one client controls: an IPv4 address, or an IPv6 /64 (the smallest network a
 * provider hands a customer, so one machine can pick any of 2^64 addresses in it and would
 * otherwise get a fresh rate-limit bucket for each). An IPv4 address written as IPv6
 * (`::ffff:192.0.2.1`) is the IPv4 address. Text that is no address is its own bucket.
 *
 * Hand-written rather than ipaddr.js: this is all the API needs of it, and the library would
 * add 12 KB to the bundle a customer's first request waits for.
 */
export function rateLimitNetwork(ip: string): string {
  const text = (
    ip
      .trim()
      .replace(/^\[|\]$/g, '')
      .split('%')[0] ?? ''
  ).toLowerCase();
  const mapped = /^(?:0{0,4}:){0,5}(?::|0{0,4}:)ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (mapped?.[1] && isIpv4(mapped[1])) return mapped[1];
  if (isIpv4(text)) return text;
  const groups = ipv6Groups(text);
  if (!groups) return text;
  return `${compress([...groups.slice(0, 4), 0, 0, 0, 0])}/64`;
}

function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}

/** The eight 16-bit groups of an IPv6 address (an embedded IPv4 tail is two), or undefined. */
function ipv6Groups(text: string): number[] | undefined {
  let address = text;
  const tail = /:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (tail?.[1]) {
    if (!isIpv4(tail[1])) return undefined;
    const [a, b, c, d] = tail[1].split('.').map(Number) as [number, number, number, number];
    address = `${address.slice(0, tail.index + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const part = (half: string | undefined) => (half ? half.split(':') : []);
  const head = part(halves[0]);
  const rest = part(halves[1]);
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...Array<string>(halves.length === 1 ? 0 : missing).fill('0'), ...rest];
  if (!all.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return undefined;
  return all.map((group) => Number.parseInt(group, 16));
}

/** RFC 5952 text: lowercase, no leading zeros, the longest run of zero groups as `::`. */
function compress(groups: number[]): string {
  let best = { start: -1, length: 0 };
  for (let start = 0; start < groups.length; start++) {
    let length = 0;
    while (groups[start + length] === 0) length++;
    if (length > best.length && length > 1) best = { start, length };
  }
  const hex = groups.map((group) => group.toString(16));
  if (best.start < 0) return hex.join(':');
  return `${hex.slice(0, best.start).join(':')}::${hex.slice(best.start + best.length).join(':')}`;
}
