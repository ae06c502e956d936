import { describe, expect, it } from 'vitest';
import { chromeFields, isChromeLine } from '../../../src/lib/import/chrome.ts';
import { importText } from '../../../src/lib/import/import-text.ts';

describe('page chrome', () => {
  it.each([
    '发布日期：2024年10月28日  信息来源：江津区人民政府',
    '【字体：大 中 小】【打印本页】【关闭窗口】',
    '作者：记者 罗思远',
    '江津日报 2024年11月6日 星期三 第02版：要闻',
    '原创 江津发布 2024年12月18日 20:15 重庆',
    '文丨李晓岚',
    '编辑丨周雨桐  审核丨江一帆',
    '预览时标签不可点',
    '阅读原文',
  ])('%s is chrome', (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([
    '时间紧、任务重，园区迎难而上。',
    '图：德感工业园内，工人在生产线上作业',
    '来源于企业的订单持续增长，园区产值稳步提升。',
    '2023年，全区规上工业总产值达1953亿元。',
  ])('%s is not', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });

  it('splits a line into its labelled fields', () => {
    expect(chromeFields('编辑丨周雨桐  审核丨江一帆')).toEqual([
      ['编辑', '周雨桐'],
      ['审核', '江一帆'],
    ]);
  });
});

describe('a post copied with the app’s own byline and footer', () => {
  const raw = [
    '江津：新能源汽车零部件产业链加速成形',
    '',
    '原创 江津发布 2025年3月2日 18:30 重庆',
    '',
    '开年以来，',
    '',
    '双福工业园的企业订单排得满满当当。',
    '',
    '文丨李晓岚',
    '图丨周雨桐',
    '',
    '阅读原文',
  ].join('\n');
  const draft = importText(raw, { sourceFile: 'x.txt', today: new Date('2026-01-01') });

  it('takes date, credits and footer out of the body', () => {
    expect(draft.shape).toBe('social');
    expect(draft.fields.date).toBe('2025-03-02');
    expect(draft.fields.credits).toEqual([
      { role: '文字', names: ['李晓岚'] },
      { role: '摄影', names: ['周雨桐'] },
    ]);
    expect(draft.body).toBe('开年以来，双福工业园的企业订单排得满满当当。\n');
  });
});

describe('a picture credit in brackets', () => {
  it('goes to the credits, as printed', () => {
    const draft = importText('正文。\n\n（本版图片由记者罗思远摄）', {
      sourceFile: 'x.txt',
      title: '题',
      today: new Date('2026-01-01'),
    });
    expect(draft.body).toBe('正文。\n');
    expect(draft.fields.credits).toEqual([{ role: '摄影', names: [], text: '本版图片由记者罗思远摄' }]);
  });
});
