/**
 * The importer on the project's real sources: five newspaper-PDF extractions full of debris. Its raw
 * output, before any hand editing, must compile, keep every sentence (none twice) and leave no debris.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { visibleText } from '../../../src/lib/import/escape.ts';
import { frontmatterBlock } from '../../../src/lib/import/frontmatter.ts';
import { importText } from '../../../src/lib/import/import-text.ts';
import {
  checkFidelity,
  findDebris,
  frontmatterStrings,
  sourceFragments,
} from '../../../src/lib/text/fidelity.ts';
import { reportSchema } from '../../../src/schema/report.ts';
import { renderBlocks } from './render-mdx.ts';

const SOURCES = resolve(import.meta.dirname, '../../../content/sources');

/** Every raw text with something in it (a scaffold leaves an empty one until it is pasted in). */
const files = readdirSync(SOURCES)
  .filter((name) => name.endsWith('.txt') && readFileSync(join(SOURCES, name), 'utf8').trim() !== '')
  .sort();

/** What a reader would notice about a few of the drafts. */
const EXPECTED: Record<string, { title: string; subtitle?: string; date?: string }> = {
  '000_f6317aad329d9d84.txt': { title: '江津 工业经济跑出“量质齐升”加速度' },
  '001_ba9281ac6892e17c.txt': { title: '江津 唯实争先融入成渝中部地区一体化高质量发展' },
  '002_9cd75698ab1d9daa.txt': {
    title: '扬帆起航风正劲 砥砺奋进谱新篇',
    subtitle: '区经济信息委2023年工作回眸',
  },
  '003_648debd1703d104c.txt': {
    title: '挺起工业高质量发展脊梁',
    subtitle: '学习贯彻党的二十大精神主题报道之八',
  },
  '004_6441c16fbf911a20.txt': {
    title: '抓招商育动能 促高质量发展江津 大战大考炼真金 乘风扬帆结硕果',
    date: '2020-12-27',
  },
};

/** Half-width punctuation touching a Chinese character: debris the cleanup should have converted. */
const HALF_WIDTH_BY_HAN = /\p{Script=Han}[,:;?!()]|[,:;?!()]\p{Script=Han}/u;

it('finds the five source texts', () => {
  expect(files).toEqual(expect.arrayContaining(Object.keys(EXPECTED)));
});

describe.each(files)('importing %s', (file) => {
  const raw = readFileSync(join(SOURCES, file), 'utf8');
  const draft = importText(raw, { sourceFile: file, today: new Date('2025-01-01') });
  const mdx = `${frontmatterBlock(draft.fields, draft.notes)}\n${draft.body}`;
  const blocks = renderBlocks(mdx);
  const titleText = [draft.fields.title, draft.fields.subtitle ?? ''].join('\n');

  it('compiles into paragraphs, headings and captions only', () => {
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks.filter((block) => !['p', 'h2', 'h3', 'caption'].includes(block.kind))).toEqual([]);
  });

  it('keeps every sentence of the source, none twice', () => {
    expect(sourceFragments(raw).length).toBeGreaterThan(20);
    expect(
      checkFidelity(raw, `${titleText}\n${visibleText(draft.body)}`, frontmatterStrings(draft.fields)),
    ).toEqual({
      missing: [],
      duplicated: [],
    });
    // The same on the text as compiled, captions with their credits as the page prints them.
    const rendered = blocks.map((block) => block.text + (block.credit ?? '')).join('\n');
    expect(checkFidelity(raw, `${titleText}\n${rendered}`, frontmatterStrings(draft.fields))).toEqual({
      missing: [],
      duplicated: [],
    });
  });

  it('leaves no debris in any paragraph or caption', () => {
    const prose = blocks.filter((block) => block.kind === 'p' || block.kind === 'caption');
    expect(prose.flatMap((block) => findDebris(block.text))).toEqual([]);
    expect(prose.filter((block) => HALF_WIDTH_BY_HAN.test(block.text)).map((block) => block.text)).toEqual(
      [],
    );
  });

  it('keeps only the gap between the parts of a headline in headings', () => {
    const headings = [
      draft.fields.title,
      ...blocks.filter((block) => block.kind.startsWith('h')).map((block) => block.text),
    ];
    // The site sets the parts as separate spans (splitHeadline), so the gap is not a space on the page.
    const parts = headings.flatMap((heading) => heading.split(' '));
    expect(parts.flatMap((part) => findDebris(part))).toEqual([]);
    expect(parts.every((part) => part.length >= 2)).toBe(true);
  });

  it('writes frontmatter that passes the schema', () => {
    const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
    const result = reportSchema.safeParse(parseYaml(match?.[1] ?? ''));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.runIf(file in EXPECTED)('finds the headline, subtitle and date a reader would', () => {
    const expected = EXPECTED[file];
    expect(draft.fields.title).toBe(expected?.title);
    expect(draft.fields.subtitle).toBe(expected?.subtitle);
    if (expected?.date) expect(draft.fields.date).toBe(expected.date);
  });
});

describe('the cleanup on the narrow-column sources', () => {
  it('undoes the faux-bold doubling and keeps a photographer as a credit', () => {
    const read = (file: string) =>
      importText(readFileSync(join(SOURCES, file), 'utf8'), {
        sourceFile: file,
        today: new Date('2025-01-01'),
      });
    const investment = read('004_6441c16fbf911a20.txt');
    expect(investment.stats.runsUndone).toBeGreaterThan(0);
    expect(investment.body).toContain('2020年是极不平凡的一年，疫情汛情风险交织，战疫战贫“双考”叠加');
    expect(read('003_648debd1703d104c.txt').body).toContain(
      '<Caption credit="通讯员 谭文奇 摄">重庆枢纽港产业园（江津片区）珞璜港</Caption>',
    );
  });
});
