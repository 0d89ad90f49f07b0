import { describe, expect, it } from 'vitest';
import { canonicalAddress } from '../../functions/domain/canonical-address.ts';
import { rateLimitNetwork } from '../../functions/domain/network.ts';

describe('canonicalAddress: one key per mailbox, for counting only', () => {
  it.each([
    ['Nora.Hansen+shop@GoogleMail.com', 'norahansen@gmail.com'],
    ['n.o.r.a.hansen@gmail.com', 'norahansen@gmail.com'],
    ['  Nora+a+b@Example.ORG ', 'nora@example.org'],
    // Dots matter at providers other than Gmail.
    ['nora.hansen@outlook.com', 'nora.hansen@outlook.com'],
    ['nora.hansen+x@fastmail.com', 'nora.hansen@fastmail.com'],
  ])('%s → %s', (typed, canonical) => {
    expect(canonicalAddress(typed)).toBe(canonical);
  });
});

describe('rateLimitNetwork: the unit one client controls', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:DB8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['2001:db8:1:3::1', '2001:db8:1:3::/64'],
    ['fe80::1%eth0', 'fe80::/64'],
    ['[2001:db8:0:0:1::1]', '2001:db8::/64'],
    ['::1', '::/64'],
    ['64:ff9b::192.0.2.1', '64:ff9b::/64'],
    ['::ffff:0:192.0.2.1', '::/64'],
    ['0:0:0:0:0:ffff:198.51.100.7', '198.51.100.7'],
    ['not an address', 'not an address'],
    ['2001:db8::1::2', '2001:db8::1::2'],
  ])('%s → %s', (ip, network) => {
    expect(rateLimitNetwork(ip)).toBe(network);
  });
});
