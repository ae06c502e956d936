/**
 * The link check of a built site: every internal link, script, stylesheet and image points at a file
 * of the site, under its base path, and every link to an anchor finds that anchor on its page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

/** What the link check found: how many references it followed, and the broken ones. */
export interface LinkReport {
  checked: number;
  broken: string[];
}

/** Checks the site built in `dir`, served under `base` (`/` or `/jj/`). */
export function checkLinks(dir: string, base = '/'): LinkReport {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let found = ids.get(file);
    if (!found) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      found = new Set([...document.querySelectorAll('[id]')].map((element) => element.id));
      ids.set(file, found);
    }
    return found;
  };
  /** The file the site serves for a URL path, or undefined (also for a path outside the base). */
  const fileFor = (path: string): string | undefined => {
    if (!path.startsWith(base)) return undefined;
    const decoded = `/${decodeURIComponent(path).slice(base.length)}`;
    const candidates = decoded.endsWith('/')
      ? [join(dir, decoded, 'index.html')]
      : [join(dir, decoded), join(dir, decoded, 'index.html')];
    return candidates.find((candidate) => existsSync(candidate) && !candidate.endsWith(sep));
  };
  const broken: string[] = [];
  let checked = 0;
  const pages = (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .sort();
  for (const page of pages) {
    const file = join(dir, page);
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const pageUrl = new URL(`${base}${relative(dir, file).split(sep).join('/')}`, 'http://site.invalid');
    const refs = [
      ...[...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
      ...[...document.querySelectorAll('link[href]')]
        .filter((link) => !/canonical|alternate/.test(link.getAttribute('rel') ?? ''))
        .map((link) => link.getAttribute('href') ?? ''),
      ...[...document.querySelectorAll('script[src], img[src], source[srcset]')].map(
        (element) => element.getAttribute('src') ?? element.getAttribute('srcset') ?? '',
      ),
      ...[...document.querySelectorAll('form[action]')].map((form) => form.getAttribute('action') ?? ''),
    ];
    for (const ref of refs) {
      const url = new URL(ref, pageUrl);
      if (url.origin !== pageUrl.origin) continue;
      checked++;
      const target = fileFor(url.pathname);
      if (!target) broken.push(`${page}: ${ref}`);
      else if (url.hash && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${page}: ${ref} (no such anchor)`);
      }
    }
  }
  return { checked, broken };
}
