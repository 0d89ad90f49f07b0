import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotifyPoster, isInternalAddress } from '../../functions/adapters/notify-http.ts';
import { OutboundRefusedError } from '../../functions/domain/notify/ports.ts';
import { type Receiver, startReceiver } from '../helpers/receiver.ts';

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver?.close());

const request = (url: string) => ({
  url,
  body: '{"text":"hi"}',
  headers: { 'content-type': 'application/json' },
});

describe('outbound notification calls', () => {
  it('reports a redirect as a status and never follows it', async () => {
    receiver.answer('/moved', { status: 301, headers: { location: receiver.url('/target') } });
    const result = await createNotifyPoster().post(request(receiver.url('/moved')));
    expect(result.status).toBe(301);
    expect(receiver.at('/target')).toHaveLength(0);
  });

  it('gives up on a receiver that does not answer in time', async () => {
    receiver.answer('/slow', 'hang');
    await expect(createNotifyPoster({ timeoutMs: 200 }).post(request(receiver.url('/slow')))).rejects.toThrow(
      'no answer within 200 ms',
    );
  });

  it('stops reading an endless answer at the cap, keeping its status', async () => {
    let written = 0;
    const endless = http.createServer((_, response) => {
      response.writeHead(200);
      const chunk = Buffer.alloc(64 * 1024, 120);
      const pump = () => {
        while (written < 50 * 1024 * 1024 && response.write(chunk)) written += chunk.length;
        if (written < 50 * 1024 * 1024) response.once('drain', pump);
        else response.end();
      };
      pump();
    });
    await new Promise<void>((resolve) => endless.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(endless.address() as AddressInfo).port}/`;
    const result = await createNotifyPoster({ maxResponseBytes: 100_000 }).post(request(url));
    expect(result.status).toBe(200);
    expect(written).toBeLessThan(50 * 1024 * 1024);
    endless.closeAllConnections();
    endless.close();
  });

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://127.0.0.1:9/',
    'http://[::1]:9/',
    'http://10.1.2.3/',
    'http://[::ffff:192.168.1.1]/',
  ])('in AWS refuses the internal address %s without calling it', async (url) => {
    await expect(createNotifyPoster({ refusePrivate: true }).post(request(url))).rejects.toBeInstanceOf(
      OutboundRefusedError,
    );
  });

  it('in AWS refuses a name that resolves to an internal address', async () => {
    const port = new URL(receiver.base).port;
    const before = receiver.at('/named').length;
    await expect(
      createNotifyPoster({ refusePrivate: true }).post(request(`http://localhost:${port}/named`)),
    ).rejects.toBeInstanceOf(OutboundRefusedError);
    expect(receiver.at('/named')).toHaveLength(before);
  });

  it('tells public addresses from internal ones', () => {
    expect(['8.8.8.8', '2a00:1450:400f:80d::200e', '185.199.108.153'].map(isInternalAddress)).toEqual([
      false,
      false,
      false,
    ]);
    expect(
      ['172.16.0.1', '100.64.0.1', 'fd00:ec2::254', 'fe80::1', '0.0.0.0'].map(isInternalAddress),
    ).toEqual([true, true, true, true, true]);
  });
});
