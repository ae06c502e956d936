/** Serving a built site on a free loopback port, as a static host would, for browser tests and benchmarks. */
import { readFileSync } from 'node:fs';
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import compression from 'compression';
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
  /**
   * Compress text responses (gzip or Brotli, as the client accepts) as static hosts do; off by default,
   * so that the tests' byte counts are the files' own sizes.
   */
  compress?: boolean;
}

/**
 * Serve `dir` (default dist/) on 127.0.0.1 at a free port, or at `port` (to serve a changed site at the
 * same origin: sirv reads the files' sizes once, at start); unknown paths get the site's 404 page, with
 * status 404.
 */
export async function serveStatic(dir = DIST, port = 0, options: ServeOptions = {}): Promise<StaticServer> {
  const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = sirv(dir, { dev: false });
  const base = options.base ?? '/';
  const compress = options.compress ? compression() : undefined;
  const server: Server = createServer((req, res) => {
    if (compress) {
      // The middleware's types are Express's; it needs only Node's request and response.
      compress(req as never, res as never, () => serve(req, res));
    } else {
      serve(req, res);
    }
  });
  const serve = (req: IncomingMessage, res: ServerResponse) => {
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
      // sirv sends every file it finds with 200; a host answers an unknown path with its 404 page *and*
      // status 404, which crawlers and Lighthouse read (a missing robots.txt is "none", not "invalid").
      const writeHead = res.writeHead.bind(res) as (
        code: number,
        headers?: OutgoingHttpHeaders,
      ) => ServerResponse;
      res.writeHead = ((_code: number, headers?: OutgoingHttpHeaders) =>
        writeHead(404, headers)) as typeof res.writeHead;
      notFound(req, res, () => {
        res.end('Not found');
      });
    });
  };
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

/**
 * The headers a built site's `_headers` file gives its pages (one block, `<base>*` then `Name: value`
 * lines), as a static host applies them.
 */
export function siteHeaders(dir = DIST): Record<string, string> {
  const lines = readFileSync(join(dir, '_headers'), 'utf8').split('\n');
  return Object.fromEntries(
    lines
      .slice(1)
      .filter((line) => line.trim())
      .map((line) => {
        const [name = '', ...value] = line.trim().split(': ');
        return [name, value.join(': ')];
      }),
  );
}
