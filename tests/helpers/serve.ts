/** Serving a built site on a free loopback port, as a static host would, for browser tests and benchmarks. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { DIST } from './dist.ts';

/** A running static server. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serve `dir` (default dist/) on 127.0.0.1 at a free port, or at `port` (to serve a changed site at the
 * same origin: sirv reads the files' sizes once, at start); unknown paths get the site's 404 page.
 */
export async function serveStatic(dir = DIST, port = 0): Promise<StaticServer> {
  const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = sirv(dir, { dev: false });
  const server: Server = createServer((req, res) => {
    assets(req, res, () => {
      res.statusCode = 404;
      req.url = '/404.html';
      notFound(req, res, () => {
        res.end('Not found');
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold the port open; a closed server is a cut network.
        server.closeAllConnections();
      }),
  };
}
