// Free loopback ports for tests that start their own server, so parallel runs (other worktrees, CI jobs) never collide.
import net from 'node:net';

function onePort(): Promise<{ port: number; server: net.Server }> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as net.AddressInfo).port, server }));
  });
}

/** `count` distinct ports the OS reports free now; all are held open together so none is handed out twice. */
export async function freePorts(count: number): Promise<number[]> {
  const held = [];
  for (let i = 0; i < count; i++) held.push(await onePort());
  await Promise.all(held.map((h) => new Promise((r) => h.server.close(r))));
  return held.map((h) => h.port);
}
