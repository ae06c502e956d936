import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { frontmatterBlock, SUMMARY_PLACEHOLDER } from '../../../src/lib/import/frontmatter.ts';
import { importText } from '../../../src/lib/import/import-text.ts';
import { scaffoldReport } from '../../../src/lib/import/scaffold.ts';
import { reportSchema } from '../../../src/schema/report.ts';
import { renderBlocks } from './render-mdx.ts';

/** The frontmatter of an MDX file, parsed. */
function frontmatterOf(mdx: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  return parseYaml(match?.[1] ?? '');
}

describe('the scaffold', () => {
  const mdx = scaffoldReport({
    title: '江津: “工业” #1 回眸',
    date: '2023-06-25',
    period: 2023,
    sourceFile: 'x.txt',
    sourceHasText: false,
  });

  it('passes the report schema as it is', () => {
    const result = reportSchema.safeParse(frontmatterOf(mdx));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toMatchObject({
      title: '江津: “工业” #1 回眸',
      period: 2023,
      source: { file: 'x.txt' },
      topics: [],
    });
  });

  it('marks every field an editor has to fill', () => {
    for (const field of ['credits', 'source', 'summary', 'topics']) {
      expect(mdx).toMatch(new RegExp(`# 待填写[^\\n]*\\n(?:#[^\\n]*\\n)*${field}:`));
    }
    expect(mdx).toMatch(/# 可选 subtitle:/);
    expect(mdx).toMatch(/# 可选 issuer:/);
    expect(mdx).toContain(`summary: ${SUMMARY_PLACEHOLDER}`);
  });

  it('compiles, with a body that shows nothing until written', () => {
    expect(renderBlocks(mdx)).toEqual([]);
  });
});

describe('an imported draft', () => {
  it('passes the report schema whatever the text', () => {
    for (const raw of ['正文。', '## 标题: "引号" #号\n\n正文。', '没有日期，也没有标题。']) {
      const draft = importText(raw, { sourceFile: 'x.txt', today: new Date('2025-03-04') });
      const result = reportSchema.safeParse(frontmatterOf(frontmatterBlock(draft.fields, draft.notes)));
      expect(result.error?.issues ?? []).toEqual([]);
    }
  });

  it('notes where the date came from when it was not given', () => {
    const draft = importText('正文。', { sourceFile: 'x.txt', today: new Date('2025-03-04') });
    expect(draft.fields).toMatchObject({ date: '2025-03-04', period: 2025, title: '待填写：标题' });
    // Never silent: the note is a placeholder, so the report cannot be published until it is fixed.
    expect(draft.fields.dateNote).toMatch(/^待填写：原文没有任何日期，暂用导入当天的日期/);
    expect(draft.dateFrom).toBe('today');
  });

  it('takes the date and period it is given, with no note', () => {
    const draft = importText('2020年12月27日正文。', {
      sourceFile: 'x.txt',
      today: new Date('2025-03-04'),
      date: '2021-01-05',
    });
    expect(draft.fields).toMatchObject({ date: '2021-01-05', period: 2021 });
    expect(draft.fields.dateNote).toBeUndefined();
  });
});
