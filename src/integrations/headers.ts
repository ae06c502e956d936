/**
 * Writes `_headers` into the build output: the site's Content-Security-Policy and other security
 * headers as HTTP headers, for static hosts that read that file (Netlify, Cloudflare Pages). The same
 * policy is in every page's `<meta>`; the header adds what a meta tag cannot (`frame-ancestors`).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security/csp.ts';

/** The Astro integration: `_headers` for the addresses under the site's base path. */
export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'jj:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(join(fileURLToPath(dir), '_headers'), headersFile(base));
        logger.info(`_headers: Content-Security-Policy for ${base}*`);
      },
    },
  };
}
