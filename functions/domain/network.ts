import ipaddr from 'ipaddr.js';

/**
 * The unit one client controls: an IPv4 address, or an IPv6 /64 (the smallest network a
 * provider hands a customer, so one machine can pick any of 2^64 addresses in it and would
 * otherwise get a fresh rate-limit bucket for each). An IPv4 address written as IPv6
 * (`::ffff:192.0.2.1`) is the IPv4 address.
 */
export function rateLimitNetwork(ip: string): string {
  const text =
    ip
      .trim()
      .replace(/^\[|\]$/g, '')
      .split('%')[0] ?? '';
  if (!ipaddr.isValid(text)) return text;
  const address = ipaddr.process(text);
  if (address.kind() === 'ipv4') return address.toString();
  const parts = (address as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
}
