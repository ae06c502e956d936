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

/** How to serve a site beyond the defaults. */
export interface ServeOptions {
  /** The path the site lives under (`/jj/`), as a host serving a sub-path would; others get 404. */
  base?: string;
  /** Headers sent with every response (the site's `_headers`, as a static host applies them). */
  headers?: Record<string, string>;
}

/**
 * Serve `dir` (default dist/) on 127.0.0.1 at a free port, or at `port` (to serve a changed site at the
 * same origin: sirv reads the files' sizes once, at start); unknown paths get the site's 404 page.
 */
export async function serveStatic(dir = DIST, port = 0, options: ServeOptions = {}): Promise<StaticServer> {
  const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = sirv(dir, { dev: false });
  const base = options.base ?? '/';
  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
    if (!(req.url ?? '/').startsWith(base)) {
      res.statusCode = 404;
      res.end('Not found: outside the base path');
      return;
    }
    req.url = `/${(req.url ?? '/').slice(base.length)}`;
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
