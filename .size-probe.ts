// Throwaway: how big would the phrase index be without positions (pairs → pages only)?
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { phraseKey } from './src/lib/search/query.ts';
import { ByteWriter } from './src/lib/search/varint.ts';
const dir = join(process.argv[2]!, 'pagefind/fragment');
const texts: string[][] = [];
for (const file of await readdir(dir)) {
  const raw = gunzipSync(await readFile(join(dir, file))).toString().slice(12);
  texts.push(Array.from(phraseKey((JSON.parse(raw) as { content: string }).content.replace(/\u200b/g, ''))));
}
const pairs = new Map<string, number[]>();
const chars = new Map<string, number[]>();
texts.forEach((t, page) => {
  const seenP = new Set<string>(), seenC = new Set<string>();
  for (let i = 0; i < t.length; i++) {
    if (!seenC.has(t[i]!)) { seenC.add(t[i]!); (chars.get(t[i]!) ?? chars.set(t[i]!, []).get(t[i]!)!).push(page); }
    if (i + 1 < t.length) { const k = t[i]! + t[i + 1]!; if (!seenP.has(k)) { seenP.add(k); (pairs.get(k) ?? pairs.set(k, []).get(k)!).push(page); } }
  }
});
const size = (m: Map<string, number[]>) => { const w = new ByteWriter(); for (const [k, ids] of [...m].sort()) { w.bytes(new TextEncoder().encode(k)); w.uint(ids.length); let p = 0; for (const id of ids) { w.uint(id - p); p = id; } } const b = w.finish(); return [b.length, gzipSync(b, { level: 9 }).length]; };
console.log('pages', texts.length, 'chars', texts.reduce((s, t) => s + t.length, 0), 'unigrams raw/gz', size(chars), 'pairs raw/gz', size(pairs));
