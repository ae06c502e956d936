/**
 * The site's Content-Security-Policy, in one place: every page carries it as a `<meta http-equiv>`
 * (so it holds on any host), and the build writes the same policy as an HTTP header for static hosts
 * (`_headers`, and the nginx snippet in the README). Scripts and styles come only from the site's own
 * files: nothing inline, no `style=""` attributes, and no WebAssembly: search reads its own phrase index
 * with plain scripts (src/scripts/search/), so Pagefind's wasm engine is never loaded in the browser.
 *
 * Not Astro's `security.csp`: it computes per-page hashes of the scripts and styles Astro inlines, and
 * this site inlines none (`inlineStylesheets: 'never'`, `assetsInlineLimit: 0`), so one fixed policy,
 * the same in the meta tag and the header, is simpler to ship and to test.
 */

/** The directives both forms share, in order. */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/**
 * Directives a `<meta>` policy cannot carry (browsers ignore them there, with a console warning), so
 * they go in the header only: no other site may frame these pages.
 */
const HEADER_ONLY: readonly (readonly [string, string])[] = [['frame-ancestors', "'self'"]];

/** Joins directives into a policy string. */
function policy(directives: readonly (readonly [string, string])[]): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The policy for the `<meta http-equiv="content-security-policy">` of every page. */
export const CSP_META = policy(DIRECTIVES);

/** The policy for the `Content-Security-Policy` HTTP header: the meta policy plus `frame-ancestors`. */
export const CSP_HEADER = policy([...DIRECTIVES, ...HEADER_ONLY]);

/** Every header the site wants from its host, by name. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/**
 * The `_headers` file of Netlify, Cloudflare Pages and similar hosts: the headers for every address
 * under `base` (`/` or `/jj/`).
 */
export function headersFile(base: string): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `${base.replace(/\/?$/, '/')}*\n${lines.join('\n')}\n`;
}
