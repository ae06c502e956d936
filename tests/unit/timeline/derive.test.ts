import { describe, expect, it } from 'vitest';
import { curatedEvents, topicsOf } from '../../../src/lib/timeline/curated.ts';
import { deriveEvents, sentenceDate } from '../../../src/lib/timeline/derive.ts';

const published = new Date('2023-06-26T00:00:00Z');

describe('sentenceDate', () => {
  it('gives a day without a year the year of the report', () => {
    expect(sentenceDate('6月15日，江津区签订投资协议。', published)).toEqual({
      date: '2023-06-15',
      precision: 'day',
    });
  });

  it('puts a day that would fall after publication in the year before', () => {
    expect(sentenceDate('12月30日，项目开工。', new Date('2024-01-05T00:00:00Z'))?.date).toBe('2023-12-30');
  });

  it('keeps a written year and a month-only date as a month', () => {
    expect(sentenceDate('2020年6月30日，万达广场签约。', published)?.date).toBe('2020-06-30');
    expect(sentenceDate('巨湾技研成立于2020年9月。', published)).toEqual({
      date: '2020-09',
      precision: 'month',
    });
  });

  it('does not date a sentence by a range or a loose month', () => {
    expect(sentenceDate('1月-6月，江津区引进项目73个。', published)).toBeUndefined();
    expect(sentenceDate('今年1至8月，产值1237.1亿元。', published)).toBeUndefined();
    expect(sentenceDate('截至今年5月底已累计开行。', published)).toBeUndefined();
  });
});

describe('deriveEvents', () => {
  it('keeps dated sentences that say something happened, linked to their anchors', () => {
    const events = deriveEvents(
      [
        { id: 's-1', text: '6月11日，首班冷链班列开行。' },
        { id: 's-2', text: '6月11日的天气很好。' },
        { id: 's-3', text: '江津区签订协议。' },
      ],
      published,
    );
    expect(events).toEqual([
      { date: '2023-06-11', precision: 'day', text: '6月11日，首班冷链班列开行。', anchor: 's-1' },
    ]);
  });
});

describe('curatedEvents', () => {
  const sentences = [{ id: 's-9', text: '去年全国首个农机智造产业园落户于此。' }];

  it('ties a hand-dated event to the sentence holding its quote', () => {
    const { events, problems } = curatedEvents('r', sentences, [
      { report: 'r', quote: '农机智造产业园落户', date: '2023', note: '原文作“去年”。' },
      { report: 'other', quote: '不相干的一句话', date: '2020' },
    ]);
    expect(problems).toEqual([]);
    expect(events).toEqual([
      { date: '2023', precision: 'year', text: sentences[0]?.text, anchor: 's-9', note: '原文作“去年”。' },
    ]);
  });

  it('names the file and field when the quote is in no sentence', () => {
    const { problems } = curatedEvents('r', sentences, [{ report: 'r', quote: '没有这句话', date: '2023' }]);
    expect(problems).toMatchInlineSnapshot(`
      [
        "content/data/timeline.json: events[0].quote “没有这句话”不在报道 r 的任何一句中 ("没有这句话" is in no sentence of the report r)",
      ]
    `);
  });
});

describe('topicsOf', () => {
  it('lists the topics whose words the sentence holds, in the list order', () => {
    expect(
      topicsOf('首班冷链班列签约开行。', { 招商引资: ['签约'], 开放通道: ['班列'], 城市建设: ['城市'] }),
    ).toEqual(['招商引资', '开放通道']);
  });
});
