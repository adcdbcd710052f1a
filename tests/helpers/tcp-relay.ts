// A TCP relay to a real server (Redis here) that a test can cut and restore: a
// real outage as the client sees it (connections reset, new ones refused),
// without stopping the machine's server, which other tests may be using.
import net from "node:net";

export interface TcpRelay {
  /** The relay's address, with the target's scheme: redis://127.0.0.1:<port>. */
  url: string;
  /** Resets every connection and refuses new ones. */
  cut(): Promise<void>;
  /** Accepts connections again, on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export function startTcpRelay(targetUrl: string): Promise<TcpRelay> {
  const target = new URL(targetUrl);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 6379), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => undefined);
      socket.on("close", () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  const closeServer = () =>
    new Promise<void>((done) => {
      if (!server.listening) return done();
      server.close(() => done());
      for (const socket of sockets) socket.destroy();
    });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      resolve({
        url: `${target.protocol}//127.0.0.1:${port}`,
        cut: closeServer,
        restore: () => new Promise<void>((done) => server.listen(port, "127.0.0.1", () => done())),
        close: closeServer,
      });
    });
  });
}
