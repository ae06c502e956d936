import { describe, expect, it } from 'vitest';
import { checkFidelity, findDebris, lineRuns, sourceFragments } from '../../../src/lib/text/fidelity.ts';
import { stripForCompare } from '../../../src/lib/text/han.ts';

const raw = [
  '去 年 ， 区 经 济 信 息 委 在 区 委 、 区',
  '政府的坚强领导下,全面贯彻落实。',
  '20202020年是极不平凡的一年年是极不平凡的一年，，',
  ' 抓招商育动能 促高质量发展',
].join('\n');

describe('lineRuns', () => {
  it('joins characters spaced out one by one', () => {
    expect(lineRuns('去 年 ， 区 经 济')).toEqual(['去年，区经济']);
  });

  it('cuts a line where the extractor ran text blocks together', () => {
    expect(lineRuns(' 抓招商育动能 促高质量发展江津 大战大考炼真金')).toEqual([
      '抓招商育动能',
      '促高质量发展江津',
      '大战大考炼真金',
    ]);
  });
});

describe('sourceFragments', () => {
  it('yields each line’s sentences without whitespace, punctuation or doubled runs', () => {
    expect(sourceFragments(raw)).toEqual([
      '去年区经济信息委在区委区',
      '政府的坚强领导下全面贯彻落实',
      '2020年是极不平凡的一年',
      '抓招商育动能',
      '促高质量发展',
    ]);
  });
});

describe('checkFidelity', () => {
  const page =
    '去年，区经济信息委在区委、区政府的坚强领导下，全面贯彻落实。2020年是极不平凡的一年，抓招商育动能　促高质量发展';

  it('passes a faithful page', () => {
    expect(checkFidelity(raw, page)).toEqual({ missing: [], duplicated: [] });
  });

  it('reports a fragment the page lacks', () => {
    expect(checkFidelity(raw, page.replace('全面贯彻落实', '全面落实')).missing).toEqual([
      '政府的坚强领导下全面贯彻落实',
    ]);
  });

  it('reports a sentence the page prints twice', () => {
    expect(checkFidelity(raw, page + page).duplicated).toEqual([
      '去年区经济信息委在区委区',
      '政府的坚强领导下全面贯彻落实',
      '2020年是极不平凡的一年',
    ]);
  });
});

describe('findDebris', () => {
  it('finds spaces between Chinese characters', () => {
    expect(findDebris('2023 年 ， 全 区').map((d) => d.kind)).toEqual(['space-between-han']);
  });

  it('finds runs printed twice', () => {
    expect(findDebris('江津区团结湖江津区团结湖规划图')).toEqual([
      { kind: 'doubled-run', text: '江津区团结湖江津区团结湖' },
    ]);
  });

  it('accepts clean text, with Latin words and numbers spaced as usual', () => {
    expect(
      findDebris(
        '签约引进了无锡众能光储科技年产3GW钙钛矿太阳能电池组件，获得WRCA颁发的 Best Charging 认证。',
      ),
    ).toEqual([]);
  });
});

describe('stripForCompare', () => {
  it('ignores width, punctuation and whitespace', () => {
    expect(stripForCompare('“重庆市（江津区）”, １７９７.4 亿元')).toBe(
      stripForCompare('"重庆市(江津区)"，1797.4亿元'),
    );
  });
});
