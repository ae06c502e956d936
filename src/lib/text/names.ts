/**
 * Names a line must never split (巨湾技研, 西部陆海新通道): the topic list, the entity registry when there is
 * one, and the places and programmes the reports keep naming. Read once at build time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DATA = new URL('../../../content/data/', import.meta.url);

/** Places and programmes word segmentation cuts apart (成/渝, 西部/陆/海/新/通道). */
const KNOWN = [
  '江津',
  '重庆',
  '成渝',
  '成渝地区双城经济圈',
  '西部陆海新通道',
  '渝满俄',
  '中欧班列',
  '亩均论英雄',
  '专精特新',
  '小巨人',
  '单项冠军',
  '巨湾技研',
  '双福',
  '德感',
  '珞璜',
  '白沙',
  '综保区',
  '高新区',
  '区经济信息委',
  '二十大',
];

/** Every string value under a `name` or `aliases` key, at any depth. */
function namesIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'name' || key === 'aliases' ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => namesIn(item, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => namesIn(v, k));
  }
  return [];
}

function readNames(file: string): string[] {
  const path = fileURLToPath(new URL(file, DATA));
  return existsSync(path) ? namesIn(JSON.parse(readFileSync(path, 'utf8'))) : [];
}

/** The names, longest first, each at least two characters. */
export const PROTECTED_NAMES: readonly string[] = [
  ...new Set([...KNOWN, ...readNames('topics.json'), ...readNames('entities.json')]),
]
  .filter((name) => [...name].length >= 2)
  .sort((a, b) => b.length - a.length);
