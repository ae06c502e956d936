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

/** Serve `dir` (default dist/) on 127.0.0.1 at a free port; unknown paths get the site's 404 page. */
export async function serveStatic(dir = DIST): Promise<StaticServer> {
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
