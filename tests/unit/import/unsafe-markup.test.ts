/** Web-page markup in a source text: escaped as text by the importer, found and reported to the editor. */
import { describe, expect, it } from 'vitest';
import { summaryLines } from '../../../src/cli/import-summary.ts';
import { importText } from '../../../src/lib/import/import-text.ts';
import { findUnsafeMarkup } from '../../../src/lib/import/unsafe-markup.ts';

describe('findUnsafeMarkup', () => {
  it('finds scripts, frames and styles, and tags that run code or set styles', () => {
    const raw = [
      '江津区工业总产值增长8%。<script>alert("x")</script>',
      '<iframe src="https://example.org/"></iframe>园区新增企业12家。',
      '<img src="x.png" onerror="alert(1)">图为厂区。<span style="color:red">红色</span>',
      '<a href="javascript:alert(1)">点此</a>查看<STYLE>p{}</STYLE>原文。',
    ].join('\n');
    expect(findUnsafeMarkup(raw)).toEqual([
      '<script>alert("x")</script>',
      '<iframe src="https://example.org/"></iframe>',
      '<STYLE>p{}</STYLE>',
      '<img src="x.png" onerror="alert(1)">',
      '<span style="color:red">',
      '<a href="javascript:alert(1)">',
    ]);
  });

  it('leaves text that only looks like markup', () => {
    expect(findUnsafeMarkup('增速<5%的企业，《江津日报》<江津>，a < b，2>1，<b>粗</b>。')).toEqual([]);
  });
});

describe('the importer', () => {
  it('keeps such markup as inert text and tells the editor to delete it', () => {
    const raw =
      '江津区工业经济稳步增长。<script>steal()</script>\n\n<img src=x onerror=alert(1)>全年新增企业12家。\n';
    const draft = importText(raw, { sourceFile: 'x.txt', today: new Date('2025-01-01'), title: '测试' });
    expect(draft.body).toContain('\\<script\\>steal()\\</script\\>');
    expect(draft.stats.unsafeMarkup).toBe(2);
    expect(summaryLines(draft).map(([zh]) => zh)).toContain(
      '原文含脚本、内嵌框架、样式或带事件属性的网页标签 2 处，已转义为文字，不会执行；发布前请删除',
    );
  });
});
