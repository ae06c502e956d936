/**
 * Writes the phrase index (src/lib/search/phrase-format.ts) beside Pagefind's bundle, from the text
 * Pagefind indexed: each fragment holds a page's indexed text, URL, metadata and filters, so search and
 * the phrase check read the same text. Chunks are gzip-compressed and named by content hash.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildPhraseIndex, dateSortKey, type PageSource } from '../lib/search/phrase-build.ts';
import {
  PHRASE_DIR,
  PHRASE_ENTRY,
  fragmentText,
  parseFragment,
  type PageInfo,
  type PhraseEntry,
} from '../lib/search/phrase-format.ts';

/** Reads every fragment of the Pagefind bundle in `pagefindDir` as a page to index. */
async function readFragments(pagefindDir: string): Promise<PageSource[]> {
  const files = (await readdir(join(pagefindDir, 'fragment'))).filter((file) =>
    file.endsWith('.pf_fragment'),
  );
  return Promise.all(
    files.map(async (file): Promise<PageSource> => {
      const raw = gunzipSync(await readFile(join(pagefindDir, 'fragment', file))).toString('utf8');
      const fragment = parseFragment(raw);
      const meta = fragment.meta ?? {};
      const filters = fragment.filters ?? {};
      const info: PageInfo = {
        url: fragment.url,
        title: meta.title ?? fragment.url,
        fragment: `fragment/${file}`,
        filters,
        ...(meta.date ? { date: meta.date } : {}),
        ...(meta.label ? { label: meta.label } : {}),
      };
      return { info, sort: dateSortKey(meta.date, filters.year?.[0]), text: fragmentText(fragment.content) };
    }),
  );
}

/** Every filter's values, most used first. */
function filterValues(pages: PageInfo[]): Record<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const page of pages) {
    for (const [name, values] of Object.entries(page.filters)) {
      const count = counts.get(name) ?? new Map<string, number>();
      for (const value of values) count.set(value, (count.get(value) ?? 0) + 1);
      counts.set(name, count);
    }
  }
  return Object.fromEntries(
    [...counts].map(([name, count]) => [
      name,
      [...count].sort((a, b) => b[1] - a[1]).map(([value]) => value),
    ]),
  );
}

/** Writes `bytes` gzip-compressed as `<prefix>-<hash>.bin` in `dir`; returns the file name. */
async function writeHashed(dir: string, prefix: string, bytes: Uint8Array): Promise<string> {
  const name = `${prefix}-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.bin`;
  await writeFile(join(dir, name), gzipSync(bytes, { level: 9 }));
  return name;
}

/**
 * Builds the phrase index of the site in `dir` (whose Pagefind bundle is written) into
 * `dir/phrase-index/`. Returns the number of pages, chunks and bytes written.
 */
export async function writePhraseIndex(
  dir: string,
): Promise<{ pages: number; chunks: number; bytes: number }> {
  const sources = await readFragments(join(dir, 'pagefind'));
  const built = buildPhraseIndex(sources);
  const out = join(dir, PHRASE_DIR);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const pagesFile = await writeHashed(out, 'pages', new TextEncoder().encode(JSON.stringify(built.pages)));
  const chunks: PhraseEntry['chunks'] = [];
  for (const chunk of built.chunks) {
    const sets = await writeHashed(out, 'sets', chunk.sets);
    chunks.push([chunk.first, sets, await writeHashed(out, 'pos', chunk.positions)]);
  }
  const entry: PhraseEntry = { version: 1, pages: pagesFile, chunks, filters: filterValues(built.pages) };
  await writeFile(join(out, PHRASE_ENTRY), JSON.stringify(entry));
  const files = await readdir(out);
  let bytes = 0;
  for (const file of files) bytes += (await readFile(join(out, file))).length;
  return { pages: built.pages.length, chunks: chunks.length, bytes };
}
