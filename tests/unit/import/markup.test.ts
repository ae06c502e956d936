import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/lib/import/import-text.ts';
import { CONFIRM } from '../../../src/lib/import/markup.ts';

/** The body the importer writes for `raw`; with a title given, so that no heading is taken for it. */
function body(raw: string, title = '另有标题'): string {
  return importText(raw, { sourceFile: 'x.txt', today: new Date('2025-01-01'), title }).body;
}

describe('joining lines', () => {
  it('joins a sentence broken across lines and across a column break', () => {
    expect(
      body('前言。\n\n2022年，江津区全面启动“五大倍增”行动，通\n\n过重点实施五大行动，取得良好成效。'),
    ).toBe('前言。\n\n2022年，江津区全面启动“五大倍增”行动，通过重点实施五大行动，取得良好成效。\n');
  });

  it('does not join across a blank line after a finished sentence', () => {
    expect(body('第一段说完了。\n\n第二段另起一行，接着说。')).toBe(
      '第一段说完了。\n\n第二段另起一行，接着说。\n',
    );
  });

  it('ends a paragraph at a short line that ends a sentence in a narrow column', () => {
    const column = [
      '营商环境是一个地方',
      '经济社会发展的风向',
      '标。',
      '哪里营商环境好，客',
      '商就往哪走、资金就',
      '往哪流。',
    ].join('\n');
    expect(body(column)).toBe(
      '营商环境是一个地方经济社会发展的风向标。\n\n哪里营商环境好，客商就往哪走、资金就往哪流。\n',
    );
  });

  it('starts a paragraph at an indented line', () => {
    expect(body('上一段的最后一行，没有句号\n 新的一段从缩进开始。')).toBe(
      '上一段的最后一行，没有句号\n\n新的一段从缩进开始。\n',
    );
  });

  it('undoes lines printed twice and marks printed twice', () => {
    expect(
      body('前言。\n\n江津区疫情汛情风险交织江津区疫情汛情风险交织，，战疫战贫战疫战贫，，叠加叠加。。'),
    ).toBe('前言。\n\n江津区疫情汛情风险交织，战疫战贫，叠加。\n');
  });
});

describe('headings', () => {
  it('marks a short line standing alone as a heading, for the editor to confirm', () => {
    expect(body('前言。\n\n转型升级不断加快\n\n正文。')).toBe(
      `前言。\n\n${CONFIRM.heading}\n## 转型升级不断加快\n\n正文。\n`,
    );
  });

  it('does not take a short piece of a broken sentence for a heading', () => {
    expect(body('前言。\n\n随着产业集聚发展水平提升，江\n\n津工业园区的集聚作用不断显现。')).toBe(
      '前言。\n\n随着产业集聚发展水平提升，江津工业园区的集聚作用不断显现。\n',
    );
  });

  it('keeps the levels the source marks, raised so that the highest is ##, without a note', () => {
    expect(body('## 总标题\n\n### 一节\n\n正文。\n\n#### 小节\n\n正文。', '总标题')).toBe(
      '## 一节\n\n正文。\n\n### 小节\n\n正文。\n',
    );
  });

  it('writes a bar copied into a heading as the full-width column sign, not a break mark', () => {
    expect(body('## 总标题\n\n### 产业观察 | 一节\n\n正文。', '总标题')).toBe(
      '## 产业观察｜一节\n\n正文。\n',
    );
  });

  it('takes the headline out of the body when it becomes the title', () => {
    const draft = importText('扬帆起航风正劲 砥砺奋进谱新篇\n——区经济信息委2023年工作回眸\n\n正文。', {
      sourceFile: 'x.txt',
      today: new Date('2025-01-01'),
    });
    expect(draft.fields.title).toBe('扬帆起航风正劲 砥砺奋进谱新篇');
    expect(draft.fields.subtitle).toBe('区经济信息委2023年工作回眸');
    expect(draft.titleFrom).toBe('text');
    expect(draft.body).toBe('正文。\n');
  });
});

describe('captions and bylines', () => {
  it('marks 图为… as a caption and moves the photographer to the credit', () => {
    expect(body('正文。\n\n\n\n重庆枢纽港产业园(江津片区)珞璜港 通讯员 谭文奇 摄')).toBe(
      `正文。\n\n${CONFIRM.caption}\n<Caption credit="通讯员 谭文奇 摄">重庆枢纽港产业园（江津片区）珞璜港</Caption>\n`,
    );
    expect(body('正文。\n\n江津区力争培育500亿级光伏产业园。图为武骏光能厂区(效果图)')).toBe(
      `正文。\n\n${CONFIRM.caption}\n<Caption>江津区力争培育500亿级光伏产业园。图为武骏光能厂区（效果图）</Caption>\n`,
    );
  });

  it('takes a short line set apart by several blank lines for a caption', () => {
    expect(body('正文。\n\n\n\n耐世特数字化生产车间\n\n正文二。')).toBe(
      `正文。\n\n${CONFIRM.caption}\n<Caption>耐世特数字化生产车间</Caption>\n\n正文二。\n`,
    );
  });

  it('moves a byline and its picture credit to the frontmatter, names and words apart', () => {
    const draft = importText('正文。\n\n唐楸 马建保 图片由江津区委宣传部提供', {
      sourceFile: 'x.txt',
      today: new Date('2025-01-01'),
      title: '另有标题',
    });
    expect(draft.body).toBe('正文。\n');
    expect(draft.fields.credits).toEqual([
      { role: '文字', names: ['唐楸', '马建保'] },
      { role: '摄影', names: [], text: '图片由江津区委宣传部提供' },
    ]);
  });
});

describe('stats', () => {
  it('counts what the import changed', () => {
    const { stats } = importText('前言。\n\n2023 年 , 全区\n实现产值。\n\n小标题一\n\n正文。', {
      sourceFile: 'x.txt',
      today: new Date('2025-01-01'),
      title: '测试',
    });
    expect(stats).toMatchObject({
      linesJoined: 1,
      spacesRemoved: 3,
      punctuationConverted: 1,
      headings: 1,
      captions: 0,
    });
  });
});
