import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Loopback by address, so that no lookup of "localhost" (::1 first, on some machines) is measured. */
export const loopback = (url: string) => url.replace('//localhost:', '//127.0.0.1:');
