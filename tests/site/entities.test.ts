/**
 * The entity registry against the five reports, and the entity pages in dist/: every alias is found in
 * the texts, every company/park/platform-like name the texts use is an entity or listed as not one,
 * and every sentence naming an entity is on its page with a link that lands on that sentence.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/lib/entities/match.ts';
import { ENTITY_REGISTRY } from '../../src/lib/entities/registry.ts';
import { uncoveredEndings } from '../../src/lib/entities/scan.ts';
import { sentenceKey } from '../../src/lib/entities/sentence-id.ts';
import { readReportFiles } from '../../src/lib/facts/from-files.ts';
import { loadPage, requireDist } from '../helpers/dist.ts';

const matcher = createMatcher(ENTITY_REGISTRY.entities);
// The sentences of the same one parse the loader makes (headings carry no anchor, so no mention).
const reports = readReportFiles().map((report) => ({
  slug: report.slug,
  sentences: report.sentences
    .filter((sentence) => sentence.id)
    .map((sentence) => ({ ...sentence, mentions: matcher.find(sentence.text) })),
}));
const allSentences = reports.flatMap((report) =>
  report.sentences.map((sentence) => ({ ...sentence, slug: report.slug })),
);

describe('the entity registry against the reports', () => {
  it('finds every alias of every entity as a mention in some report', () => {
    const found = new Set(
      allSentences.flatMap((sentence) => sentence.mentions.map((m) => `${m.entity}\n${m.name}`)),
    );
    const missing = ENTITY_REGISTRY.entities.flatMap((entity) =>
      entity.aliases
        .filter((alias) => !found.has(`${entity.id}\n${alias}`))
        .map((alias) => `${entity.id}: ${alias}`),
    );
    expect(missing).toEqual([]);
  });

  it('covers every name ending in 公司, 集团, 园, 基地, 港 or 通道 by an entity or the not-an-entity list', () => {
    const uncovered = allSentences.flatMap((sentence) =>
      uncoveredEndings(sentence.text, sentence.mentions, ENTITY_REGISTRY.notEntities).map(
        (hit) => `${sentence.slug}: …${hit.context}`,
      ),
    );
    expect(uncovered).toEqual([]);
  });

  it('lists only phrases the reports use as not entities', () => {
    const text = allSentences.map((sentence) => sentence.text).join('\n');
    expect(ENTITY_REGISTRY.notEntities.filter((phrase) => !text.includes(phrase))).toEqual([]);
  });

  it('merges the spellings the texts use for one company or park', () => {
    const entityOf = (name: string) => matcher.find(name)[0]?.entity;
    expect(entityOf('重齿')).toBe(entityOf('重庆齿轮箱有限责任公司'));
    expect(entityOf('哈维斯特铝业')).toBe(entityOf('哈韦斯特铝'));
    expect(entityOf('双福工业园')).toBe(entityOf('科学城江津片区'));
  });
});

describe('sentence anchors in the built report pages', () => {
  beforeAll(requireDist);

  it('gives every sentence of every report the anchor the text side computes, around that sentence', () => {
    for (const report of reports) {
      const page = loadPage(`/reports/${report.slug}/`);
      for (const sentence of report.sentences) {
        const element = page.getElementById(sentence.id);
        expect(element, `${report.slug}#${sentence.id} ${sentence.text}`).not.toBeNull();
        expect(sentenceKey(element?.textContent ?? '')).toBe(sentenceKey(sentence.text));
      }
    }
  });
});

describe('entity pages', () => {
  beforeAll(requireDist);

  it('list every sentence naming the entity, each linking to that sentence in its report', () => {
    for (const entity of ENTITY_REGISTRY.entities) {
      const page = loadPage(`/entities/${entity.id}/`);
      const links = [...page.querySelectorAll('.entity-mentions a.entity-source')].map((a) =>
        a.getAttribute('href'),
      );
      const expected = allSentences
        .filter((sentence) => sentence.mentions.some((mention) => mention.entity === entity.id))
        .map((sentence) => `/reports/${sentence.slug}/#${sentence.id}`);
      for (const link of expected) expect(links, `${entity.id} lacks ${link}`).toContain(link);
    }
  });

  it('are filed under their kind for search, with every alias in the indexed text', () => {
    const page = loadPage('/entities/chongqing-gearbox/');
    expect(page.querySelector('[data-pagefind-filter="kind[content]"]')?.getAttribute('content')).toBe(
      '企业',
    );
    const indexed = page.querySelector('[data-pagefind-body]')?.textContent ?? '';
    for (const alias of ['重齿', '重齿公司', '重庆齿轮箱']) expect(indexed).toContain(alias);
  });

  it('show the figures stated in the sentences that name the entity', () => {
    const page = loadPage('/entities/chongqing-gearbox/');
    const rows = [...page.querySelectorAll('.entity-figures tbody tr')].map((row) => row.textContent ?? '');
    expect(rows.some((row) => row.includes('1237.1亿元'))).toBe(true);
  });

  it('are all reached from /entities/, grouped by kind', () => {
    const index = loadPage('/entities/');
    for (const entity of ENTITY_REGISTRY.entities) {
      const link = index.querySelector(`a[href="/entities/${entity.id}/"]`);
      expect(link, entity.id).not.toBeNull();
      expect(link?.closest('section')?.querySelector('h2')?.textContent).toBe(entity.kind);
    }
  });
});
