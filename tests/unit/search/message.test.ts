import { describe, expect, it } from 'vitest';
import { foundMessage } from '../../../src/scripts/search/message.ts';

/** A result on a 报道 page: exact and checked unless said. */
const result = (exact = true, checked = true) => ({
  exact,
  checked,
  page: { url: '/r/', title: 'r', fragment: 'f', filters: { kind: ['报道'] } },
});

describe('the sentence above the search results', () => {
  it('says how many pages hold the whole query and how many only its characters', () => {
    expect(foundMessage([], '专精特新')).toBe('没有找到含“专精特新”的页面。');
    expect(foundMessage([result(), result()], '专精特新')).toBe('找到2篇报道，都含“专精特新”。');
    expect(foundMessage([result(), result(false)], '专精特新')).toBe(
      '找到2篇报道：1个含完整的“专精特新”，其余只含其中部分字词。',
    );
    expect(foundMessage([result(false)], '专精特新')).toBe(
      '没有页面含完整的“专精特新”；以下1个页面含其中部分字词。',
    );
  });

  it('offline, never counts an unchecked page as holding the whole query', () => {
    expect(foundMessage([result(), result(true, false), result(false)], '专精特新')).toBe(
      '找到3篇报道：1个含完整的“专精特新”，1个含其全部字词，离线时无法核对是否连成“专精特新”，其余只含其中部分字词。',
    );
    expect(foundMessage([result(true, false)], '专精特新', '（已筛选）')).toBe(
      '找到1篇报道（已筛选）：1个含其全部字词，离线时无法核对是否连成“专精特新”。',
    );
  });
});
