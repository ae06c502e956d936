/** The timeline in dist/: dated events in order, each linked to its sentence, filtered by year and topic. */
import { beforeAll, describe, expect, it } from 'vitest';
import { sentenceKey } from '../../src/lib/entities/sentence-id.ts';
import { sortKey } from '../../src/lib/timeline/order.ts';
import { TOPICS } from '../../src/schema/topics.ts';
import { loadPage, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

/** The events of a timeline page: date, sentence, and the link to it. */
function events(path: string) {
  return [...loadPage(path).querySelectorAll('.timeline-event')].map((item) => ({
    date: item.querySelector('time')?.getAttribute('datetime') ?? '',
    text: (item.querySelector('.timeline-text')?.textContent ?? '').replace(/原文\s*$/u, ''),
    link: item.querySelector('a.timeline-source')?.getAttribute('href') ?? '',
    topics: (item.getAttribute('data-topics') ?? '').split(' ').filter(Boolean),
  }));
}

describe('/timeline/', () => {
  const all = events('/timeline/');

  it('lists the dated events the reports state, resolving a day without a year by the report', () => {
    const dates = all.map((event) => event.date);
    expect(dates).toEqual(
      expect.arrayContaining(['2020-06-30', '2020-09-21', '2023-06-05', '2023-06-11', '2023-06-15']),
    );
    expect(all.find((event) => event.date === '2023-06-15')?.text).toContain('巨湾技研');
    expect(all.find((event) => event.date === '2019-07')?.text).toContain('西部陆海新通道江津班列');
  });

  it('keeps them in date order', () => {
    const keys = all.map((event) => sortKey(event.date));
    expect(keys).toEqual([...keys].sort());
  });

  it('links each event to the very sentence stating it', () => {
    for (const event of all) {
      const [path, anchor] = event.link.split('#');
      const sentence = loadPage(path ?? '').getElementById(anchor ?? '');
      expect(sentence, event.link).not.toBeNull();
      expect(sentenceKey(sentence?.textContent ?? '')).toBe(sentenceKey(event.text));
    }
  });
});

describe('timeline filters (pages, so they work with JavaScript off)', () => {
  it('has a page per year holding exactly that year’s events', () => {
    const all = events('/timeline/');
    for (const year of new Set(all.map((event) => event.date.slice(0, 4)))) {
      const page = events(`/timeline/${year}/`);
      expect(page.length).toBe(all.filter((event) => event.date.startsWith(year)).length);
      expect(page.every((event) => event.date.startsWith(year))).toBe(true);
    }
  });

  it('has a page per topic holding that topic’s events, linked from every timeline page', () => {
    const corridors = TOPICS.find((topic) => topic.name === '开放通道');
    const page = events(`/timeline/${corridors?.slug}/`);
    expect(page.length).toBeGreaterThan(0);
    expect(page.every((event) => event.topics.includes('开放通道'))).toBe(true);
    expect(page.some((event) => event.text.includes('中老泰冷链班列'))).toBe(true);
    const nav = loadPage('/timeline/2023/').querySelector('.timeline-filters');
    expect(nav?.querySelector(`a[href="/timeline/${corridors?.slug}/"]`)).not.toBeNull();
    expect(nav?.querySelector('a[aria-current="page"]')?.textContent).toBe('2023');
  });
});
