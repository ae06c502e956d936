import { describe, expect, it } from 'vitest';
import { cleanText, emptyStats } from '../../../src/lib/import/clean.ts';
import { fullWidthPunctuation, undoubleMarks } from '../../../src/lib/import/punctuation.ts';
import { cleanHeadlineSpaces, removeDebrisSpaces } from '../../../src/lib/import/spacing.ts';

describe('removeDebrisSpaces', () => {
  it('removes spaces between Chinese characters and punctuation', () => {
    expect(removeDebrisSpaces('去 年 ， 区 经 济 信 息 委').text).toBe('去年，区经济信息委');
    expect(removeDebrisSpaces('筑 牢 “ 稳 中 求 进 ” 总').text).toBe('筑牢“稳中求进”总');
  });

  it('removes spaces between Chinese and numbers or Latin words', () => {
    expect(removeDebrisSpaces('2023 年').text).toBe('2023年');
    expect(removeDebrisSpaces('3GW 钙钛矿').text).toBe('3GW钙钛矿');
    expect(removeDebrisSpaces('同比增长 8%，规上 60家').text).toBe('同比增长8%，规上60家');
  });

  it('keeps spaces between two Latin words or numbers', () => {
    expect(removeDebrisSpaces('Model Y 车型').text).toBe('Model Y车型');
    expect(removeDebrisSpaces('1 370 个').text).toBe('1 370个');
  });

  it('counts what it removed', () => {
    expect(removeDebrisSpaces('去 年 ， 区').changes).toBe(3);
  });
});

describe('cleanHeadlineSpaces', () => {
  it('keeps the gap between the two parts of a headline', () => {
    expect(cleanHeadlineSpaces('企业提质增效 释放发展“新潜能”').text).toBe('企业提质增效 释放发展“新潜能”');
  });

  it('removes letter-spacing and the space before a number', () => {
    expect(cleanHeadlineSpaces('企 业 提 质').text).toBe('企业提质');
    expect(cleanHeadlineSpaces('2023 年工作亮点').text).toBe('2023年工作亮点');
  });
});

describe('fullWidthPunctuation', () => {
  it('makes ,:;?! full-width next to Chinese', () => {
    expect(fullWidthPunctuation('传来消息:2022年,江津区居全市前列;规上').text).toBe(
      '传来消息：2022年，江津区居全市前列；规上',
    );
    expect(fullWidthPunctuation('“制造业是江津的立区之本!”').text).toBe('“制造业是江津的立区之本！”');
    expect(fullWidthPunctuation('如何实现目标?!答案').text).toBe('如何实现目标？！答案');
  });

  it('converts a bracket pair together, even around Latin letters', () => {
    expect(fullWidthPunctuation('西部(重庆)科学城').text).toBe('西部（重庆）科学城');
    expect(fullWidthPunctuation('认证机构(WRCA)颁发').text).toBe('认证机构（WRCA）颁发');
  });

  it('leaves numbers, units, formulas and addresses alone', () => {
    for (const kept of [
      '1,000',
      'http://example.org/a?b=1,2',
      '3+3+X',
      '16GWh',
      '1797.4',
      '(a, b)',
      '12:30',
    ]) {
      expect(fullWidthPunctuation(kept).text).toBe(kept);
    }
  });
});

describe('undoubleMarks', () => {
  it('prints once a mark printed twice, but keeps ellipses and dashes', () => {
    expect(undoubleMarks('风险交织，，战疫。。').text).toBe('风险交织，战疫。');
    expect(undoubleMarks('第一位……创新型——专精特新').text).toBe('第一位……创新型——专精特新');
  });
});

describe('cleanText', () => {
  it('cleans a line the way an editor would, keeping numbers and Latin words intact', () => {
    const stats = emptyStats();
    const text = cleanText(
      '印发 《行动方案（2023－2027年）》 , 构建 “3+3+X” 体系, 年产能16GWh的XFC 电池, 设计产能10-15万辆, 缩减率达67%—79%',
      'paragraph',
      stats,
    );
    expect(text).toBe(
      '印发《行动方案（2023－2027年）》，构建“3+3+X”体系，年产能16GWh的XFC电池，设计产能10-15万辆，缩减率达67%—79%',
    );
    expect(stats.punctuationConverted).toBe(4);
    expect(stats.spacesRemoved).toBeGreaterThan(0);
  });

  it('is idempotent', () => {
    const once = cleanText('2023 年 ， 全 区 (含园区) 实现 , 产值');
    expect(cleanText(once)).toBe(once);
  });
});
