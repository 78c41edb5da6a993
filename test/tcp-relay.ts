// A TCP relay in front of Neo4j that a test can cut and restore (to play "Neo4j is down"), or slow down
// (to keep a request in flight). Loopback only.
import net from 'node:net';
import { Transform } from 'node:stream';

export function relay(target: URL, options: { delayMs?: number } = {}) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  // Holds each chunk from Neo4j back for delayMs, in order.
  const slow = () =>
    new Transform({
      transform(chunk, _enc, done) {
        setTimeout(() => done(null, chunk), options.delayMs);
      },
    });
  const open = (port: number) =>
    new Promise<number>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('error', () => s.destroy());
          s.on('close', () => sockets.delete(s));
        }
        client.pipe(upstream);
        (options.delayMs ? upstream.pipe(slow()) : upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => resolve((server!.address() as net.AddressInfo).port));
    });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      if (server) server.close(() => resolve());
      else resolve();
    });
  return { open, close };
}
