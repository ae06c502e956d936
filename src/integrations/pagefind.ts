/**
 * Builds the Pagefind search index from the finished HTML pages, after `astro build` has written them.
 * Pagefind's Node API runs the extended binary from its npm package (`pagefind_extended`), which segments
 * Chinese; the index is written to `<outDir>/pagefind/`, where the search code fetches it.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { writePhraseIndex } from './phrase-index.ts';

/** Fails the build with the list of errors Pagefind gave for one step. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** What marks a page for the index. Once any page carries it, Pagefind indexes only the pages that do. */
const BODY = Buffer.from('data-pagefind-body');

/** Characters with a meaning in a glob; a page whose path holds one is not listed by name. */
const GLOB_SYNTAX = /[{}[\]*?,!\\]/;

/**
 * The glob of the files Pagefind must read, given each HTML file (relative to the output folder) and
 * whether it carries data-pagefind-body: those pages by name. The pages indexed are the same, but
 * Pagefind no longer parses the hundreds of megabytes of data tables, lists, chart pages and further
 * pages of entities it would only skip. Everything when no page carries the mark (Pagefind then indexes
 * every page) or when a path cannot be written in a glob.
 */
export function indexedGlob(pages: Iterable<{ file: string; body: boolean }>): string | undefined {
  const files: string[] = [];
  for (const { file, body } of pages) {
    if (!body) continue;
    if (GLOB_SYNTAX.test(file)) return undefined;
    files.push(file);
  }
  if (files.length === 0) return undefined;
  files.sort();
  return files.length > 1 ? `{${files.join(',')}}` : files[0];
}

/** Each HTML file under `dir`, and whether it carries data-pagefind-body. */
async function htmlPages(dir: string): Promise<{ file: string; body: boolean }[]> {
  const files = ((await readdir(dir, { recursive: true })) as string[]).filter((file) =>
    file.endsWith('.html'),
  );
  const pages: { file: string; body: boolean }[] = [];
  // One file at a time: the site's HTML runs to hundreds of megabytes at 1,000 reports.
  for (const file of files) {
    pages.push({ file: file.split(sep).join('/'), body: (await readFile(join(dir, file))).includes(BODY) });
  }
  return pages;
}

/**
 * Indexes the HTML pages in `dir` (those with `data-pagefind-body`: the reports) and writes the bundle
 * to `dir/pagefind/`. Returns the number of pages in the index.
 */
export async function buildSearchIndex(dir: string): Promise<number> {
  const { index, errors } = await createIndex({});
  check('createIndex', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  const glob = indexedGlob(await htmlPages(dir));
  check('addDirectory', (await index.addDirectory({ path: dir, ...(glob ? { glob } : {}) })).errors);
  const outputPath = join(dir, 'pagefind');
  check('writeFiles', (await index.writeFiles({ outputPath })).errors);
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** The Astro integration: runs Pagefind once the pages are on disk (so it honours `--outDir`). */
export default function pagefind(): AstroIntegration {
  return {
    name: 'jj:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const pages = await buildSearchIndex(outDir);
          if (pages === 0) throw new Error('no page has data-pagefind-body: the index would be empty');
          logger.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
          const phrase = await writePhraseIndex(outDir);
          logger.info(
            `phrase index: ${phrase.pages} pages, ${phrase.chunks} chunks, ${Math.round(phrase.bytes / 1024)} kB`,
          );
        } catch (error) {
          throw new Error('Could not build the Pagefind search index', { cause: error });
        } finally {
          await close();
        }
      },
    },
  };
}
