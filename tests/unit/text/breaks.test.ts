/**
 * Editor-marked headline breaks: the mark `|` is read, checked and removed the same way wherever a
 * headline appears, and a misplaced one gets a bilingual message naming the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reportProblems } from '../../../src/lib/errors/frontmatter.ts';
import { readReport } from '../../../src/lib/facts/report-facts.ts';
import {
  breakMarkProblems,
  plainHeadline,
  splitAtBreakMarks,
  stripBreakMarks,
} from '../../../src/lib/text/breaks.ts';
import { headlineRuns, printedHeadings } from '../../../src/lib/text/headline.ts';

const FILE = 'content/reports/x.mdx';
const FRONTMATTER = `date: 2023-06-25
period: 2022
source:
  file: 000_f6317aad329d9d84.txt
summary: 2022年江津区规上工业总产值达1797.4亿元。`;

/** The problems of a report whose title line is `title`. */
function titleProblems(title: string): string[] {
  const yaml = `title: ${title}\n${FRONTMATTER}`;
  return reportProblems(FILE, `---\n${yaml}\n---\n\n正文。\n`, parse(yaml) as unknown);
}

describe('break marks', () => {
  it('cut a headline where the editor marked it and nowhere else', () => {
    expect(splitAtBreakMarks('江津唯实争先|融入成渝中部地区')).toEqual(['江津唯实争先', '融入成渝中部地区']);
    expect(headlineRuns('江津唯实争先|融入成渝中部地区一体化高质量发展')).toEqual([
      ['江津唯实争先', '融入成渝中部地区一体化高质量发展'],
    ]);
  });

  it('keep a marked headline’s unmarked part whole, and break an unmarked one between words', () => {
    expect(headlineRuns('扬帆起航|风正劲 砥砺奋进谱新篇')).toEqual([
      ['扬帆起航', '风正劲'],
      ['砥砺奋进谱新篇'],
    ]);
    expect(headlineRuns('挺起工业高质量发展脊梁').flat().length).toBeGreaterThan(1);
  });

  it('are removed from every other surface', () => {
    expect(stripBreakMarks('江津|大战大考|炼真金 乘风扬帆|结硕果')).toBe('江津大战大考炼真金 乘风扬帆结硕果');
    expect(plainHeadline({ title: '挺起|工业高质量发展|脊梁', subtitle: '学习贯彻|主题报道之八' })).toEqual({
      title: '挺起工业高质量发展脊梁',
      subtitle: '学习贯彻主题报道之八',
    });
    expect(plainHeadline({ title: '江津' })).toEqual({ title: '江津' });
  });

  it('key the table of contents by the heading without its marks', () => {
    const printed = printedHeadings('## 重点项目|好戏连台 加快打造|先进制造业基地\n');
    expect(printed.get('重点项目好戏连台加快打造先进制造业基地')).toBe(
      '重点项目|好戏连台 加快打造|先进制造业基地',
    );
  });

  it('accept well-placed marks and text without any', () => {
    expect(breakMarkProblems('江津工业经济|跑出“量质齐升”|加速度', ['江津'])).toEqual([]);
    expect(breakMarkProblems('XFC 电池｜江津')).toEqual([]);
  });

  it('refuse a mark first, last, doubled, beside a space, inside a Latin word, a number or a name', () => {
    const en = (text: string, names: string[] = []) => breakMarkProblems(text, names).map((p) => p.en);
    expect(en('|江津工业')).toEqual(['a break mark | cannot come first or last']);
    expect(en('江津工业|')).toEqual(['a break mark | cannot come first or last']);
    expect(en('江津||工业')).toEqual(['a break mark | is doubled']);
    expect(en('江津 |工业')).toEqual(['a break mark | must not touch a space']);
    expect(en('XF|C电池')).toEqual(['a break mark | cannot split a Latin word or number (F|C)']);
    expect(en('协议引资超5|70亿元')).toEqual(['a break mark | cannot split a Latin word or number (5|7)']);
    expect(en('融入成|渝地区', ['成渝'])).toEqual(['a break mark | cannot split the name 成渝']);
  });
});

describe('misplaced marks in a report', () => {
  it('name the file and the field of a title, in Chinese and English', () => {
    expect(titleProblems('江津||工业经济')).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx: title 断行标记 | 重复了 (a break mark | is doubled)",
      ]
    `);
    expect(titleProblems('江津工业XF|C')).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx: title 断行标记 | 不能放在英文单词或数字中间（F|C） (a break mark | cannot split a Latin word or number (F|C))",
      ]
    `);
  });

  it('name the kicker and subtitle fields too', () => {
    const yaml = `title: 江津工业\nkicker: 抓招商|\nsubtitle: '|区经济信息委'\n${FRONTMATTER}`;
    expect(reportProblems(FILE, `---\n${yaml}\n---\n`, parse(yaml) as unknown)).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx: kicker 断行标记 | 不能放在开头或结尾 (a break mark | cannot come first or last)",
        "content/reports/x.mdx: subtitle 断行标记 | 不能放在开头或结尾 (a break mark | cannot come first or last)",
      ]
    `);
  });

  it('name the file, line and heading of a body heading', () => {
    const source = `---\ntitle: 江津\n---\n\n## 招大招强|实现新突破\n\n正文。\n\n## 上半年引资超5|70亿元\n`;
    const pass = readReport(source, { file: FILE, date: new Date('2023-06-25') });
    expect(pass.problems).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx:9:1: 小标题“上半年引资超5|70亿元” 断行标记 | 不能放在英文单词或数字中间（5|7） (heading: a break mark | cannot split a Latin word or number (5|7))",
      ]
    `);
  });
});
