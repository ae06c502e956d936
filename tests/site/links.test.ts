/**
 * Link check of the built site: every internal link, script, stylesheet and image points at a file of
 * dist/, and every link to an anchor (a fact's sentence, a heading) finds that anchor on its page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

/** Every HTML file of dist/, relative to it. */
function htmlFiles(): string[] {
  return (readdirSync(DIST, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).sort();
}

/** The file dist/ serves for a URL path, or undefined. */
function fileFor(path: string): string | undefined {
  const decoded = decodeURIComponent(path);
  const candidates = decoded.endsWith('/')
    ? [join(DIST, decoded, 'index.html')]
    : [join(DIST, decoded), join(DIST, decoded, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && !candidate.endsWith(sep));
}

const ids = new Map<string, Set<string>>();
/** The ids on a built page. */
function idsOf(file: string): Set<string> {
  let found = ids.get(file);
  if (!found) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    found = new Set([...document.querySelectorAll('[id]')].map((element) => element.id));
    ids.set(file, found);
  }
  return found;
}

describe('links in the built site', () => {
  it('all lead somewhere', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of htmlFiles()) {
      const file = join(DIST, page);
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      const base = new URL(`/${relative(DIST, file).split(sep).join('/')}`, 'http://site.invalid');
      const refs = [
        ...[...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
        ...[...document.querySelectorAll('link[href]')]
          .filter((link) => !/canonical|alternate/.test(link.getAttribute('rel') ?? ''))
          .map((link) => link.getAttribute('href') ?? ''),
        ...[...document.querySelectorAll('script[src], img[src]')].map((el) => el.getAttribute('src') ?? ''),
      ];
      for (const ref of refs) {
        const url = new URL(ref, base);
        if (url.origin !== base.origin) continue;
        checked++;
        const target = fileFor(url.pathname);
        if (!target) broken.push(`${page}: ${ref}`);
        else if (url.hash && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${page}: ${ref} (no such anchor)`);
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });
});
