/**
 * A readable ASCII slug for a report from its period and title: `2022-industry-economy`. Without a pinyin
 * library the words come from the topic list (a topic's name or the terms of its description give the
 * topic's slug) and a small vocabulary of words these reports use; a title with none of them gets
 * `<period>-report`. Deterministic, so the same title always gets the same slug.
 */

/** A topic as content/data/topics.json lists it. */
export interface TopicEntry {
  name: string;
  slug: string;
  description: string;
}

/** Words of these reports' headlines and their English slug words. */
const VOCABULARY: Readonly<Record<string, string>> = {
  工业: 'industry',
  经济: 'economy',
  制造: 'manufacturing',
  招商: 'investment',
  项目: 'projects',
  改革: 'reform',
  创新: 'innovation',
  科技: 'technology',
  数字: 'digital',
  智能: 'smart',
  绿色: 'green',
  营商: 'business',
  开放: 'opening',
  通道: 'corridor',
  园区: 'parks',
  金融: 'finance',
  城市: 'city',
  成渝: 'chengyu',
  一体化: 'integration',
  回眸: 'review',
  回顾: 'review',
  高质量: 'quality',
};

/** Most words a derived slug takes from the title. */
const MAX_WORDS = 3;

/** Chinese keywords and the slug word each stands for, topics first. */
function keywords(topics: readonly TopicEntry[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const topic of topics) {
    pairs.push([topic.name, topic.slug]);
    for (const term of topic.description.split(/[、，,与和及“”\s]+/u)) {
      if (Array.from(term).length >= 2) pairs.push([term, topic.slug]);
    }
  }
  return [...pairs, ...Object.entries(VOCABULARY)];
}

/** `<period>-<words>`: the slug words of the keywords in the title, in the order the title has them. */
export function slugBase(title: string, period: number, topics: readonly TopicEntry[] = []): string {
  const found: { at: number; word: string }[] = [];
  for (const [keyword, word] of keywords(topics)) {
    const at = title.indexOf(keyword);
    if (at >= 0) found.push({ at, word });
  }
  for (const match of title.matchAll(/[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*/g)) {
    found.push({ at: match.index ?? 0, word: match[0].toLowerCase() });
  }
  found.sort((a, b) => a.at - b.at);
  const words = [...new Set(found.map((entry) => entry.word))].slice(0, MAX_WORDS);
  return `${period}-${words.length > 0 ? words.join('-') : 'report'}`;
}

/** `base`, or `base-2`, `base-3`… : the first that `taken` says is free. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
