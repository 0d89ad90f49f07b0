import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { type NotifyPoster, type NotifyRequest, OutboundRefusedError } from '../domain/notify/ports.ts';

export interface NotifyHttpOptions {
  /** Whole call, connect to last byte. A slow receiver costs this much and no more. */
  timeoutMs?: number;
  /** Bytes of the answer read at most; the rest is dropped (only the status matters). */
  maxResponseBytes?: number;
  /**
   * In AWS: resolve the host and refuse loopback, private, link-local (the metadata endpoint
   * 169.254.169.254 among them) and other internal ranges. The check runs on the very address
   * the socket connects to, so a name that resolves differently a second time gains nothing.
   */
  refusePrivate?: boolean;
}

/** Addresses a webhook must never reach from inside AWS. */
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 127],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['fd00:ec2::', 32],
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv6');

export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  // An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged by the IPv4 address inside it. (No
  // ::ffff:0:0/96 rule: BlockList checks every IPv4 address against that too, and would match all.)
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return INTERNAL.check(mapped, 'ipv4');
  return INTERNAL.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

const safeLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find((entry) => isInternalAddress(entry.address));
    if (refused || addresses.length === 0) {
      return callback(new OutboundRefusedError(`${hostname} resolves to an internal address`), '', 0);
    }
    if (options.all) return callback(null, addresses as unknown as string, 0);
    const first = addresses[0] as LookupAddress;
    callback(null, first.address, first.family);
  });
};

/**
 * POSTs a notification with node's own http client: no redirects followed (a 3xx is just a
 * status), the answer read up to a cap, one deadline for the whole call.
 */
export function createNotifyPoster(options: NotifyHttpOptions = {}): NotifyPoster {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const maxBytes = options.maxResponseBytes ?? 64 * 1024;
  return {
    post(request: NotifyRequest) {
      const url = new URL(request.url);
      const host = url.hostname.replace(/^\[|\]$/g, '');
      if (options.refusePrivate && isIP(host) && isInternalAddress(host)) {
        return Promise.reject(new OutboundRefusedError(`${host} is an internal address`));
      }
      const client = url.protocol === 'https:' ? https : http;
      return new Promise<{ status: number }>((resolve, reject) => {
        const req = client.request(url, {
          method: 'POST',
          headers: {
            ...request.headers,
            'content-length': Buffer.byteLength(request.body),
            'user-agent': 'Earshot',
          },
          agent: false,
          ...(options.refusePrivate ? { lookup: safeLookup } : {}),
        });
        const deadline = setTimeout(
          () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)),
          timeoutMs,
        );
        const done = () => clearTimeout(deadline);
        req.on('error', (error) => {
          done();
          reject(error);
        });
        req.on('response', (response) => {
          let read = 0;
          const status = response.statusCode ?? 0;
          response.on('data', (chunk: Buffer) => {
            read += chunk.length;
            // Enough: the status is all we need, and a receiver must not make us read forever.
            if (read > maxBytes) {
              done();
              response.destroy();
              resolve({ status });
            }
          });
          response.on('end', () => {
            done();
            resolve({ status });
          });
          response.on('error', (error) => {
            done();
            reject(error);
          });
        });
        req.end(request.body);
      });
    },
  };
}
