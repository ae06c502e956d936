/**
 * One number style on every surface a reader meets (src/lib/format/, the editors' guide 数字的写法):
 * the pages' text and the labels, tooltips and titles in their attributes, chart SVG files, the data
 * downloads' texts, the feed, and the messages the search scripts write. No grouped digits (1,797.4),
 * no space between a number and its unit or a word (找到 9 个页面).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { numberStyleErrors } from '../../src/lib/format/number.ts';
import { DIST, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && ending.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(DIST, path).startsWith('pagefind'));
}

/** What a reader can read of an HTML or SVG file: its text, and the attributes a reader is shown. */
export function readableText(markup: string): string[] {
  const attributes = [
    ...markup.matchAll(/\s(?:title|aria-label|alt|placeholder|data-tip[\w-]*|data-label[\w-]*)="([^"]*)"/g),
  ].map((match) => match[1] ?? '');
  const text = markup
    // Code is quoted as typed (file names, field values), not set in the number style.
    .replace(/<(script|style|code|kbd)\b[\s\S]*?<\/\1>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
  return [text, ...attributes];
}

function errorsIn(paths: string[], read: (text: string) => string[]): string[] {
  return paths.flatMap((path) =>
    read(readFileSync(path, 'utf8')).flatMap((text) =>
      numberStyleErrors(text).map((error) => `${relative(DIST, path)}: ${error}`),
    ),
  );
}

describe('the number style across dist/', () => {
  it('holds in every page and chart: text, labels, tooltips', () => {
    const pages = files(DIST, /\.(html|svg)$/);
    expect(pages.length).toBeGreaterThan(10);
    expect(errorsIn(pages, readableText)).toEqual([]);
  });

  it('holds in the feed and the data downloads meant for reading', () => {
    const feed = files(DIST, /^rss\.xml$/);
    const readme = files(join(DIST, 'data'), /\.md$/);
    const json = files(join(DIST, 'data'), /\.json$/);
    const prose = (text: string) => [text.replace(/`[^`\n]*`/g, ' ')];
    expect(errorsIn([...feed, ...readme], prose)).toEqual([]);
    const strings = (text: string) =>
      [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => JSON.parse(`"${match[1]}"`) as string);
    expect(errorsIn(json, strings)).toEqual([]);
  });

  it('holds in what the scripts write (search counts and messages)', () => {
    const scripts = files(join(DIST, '_astro'), /\.js$/);
    expect(scripts.length).toBeGreaterThan(0);
    // A space between a Chinese word and an interpolated number: `找到 ${n} 个`, "找到 "+n.
    const spaced = /[\u4e00-\u9fff] (?:\$\{|["'`]\s*\+)|(?:\}|\+\s*["'`]) [\u4e00-\u9fff]/g;
    const found = scripts.flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(spaced)].map(
        (match) => `${relative(DIST, path)}: ${match.input.slice(match.index - 12, match.index + 12)}`,
      ),
    );
    expect(found).toEqual([]);
    expect(scripts.filter((path) => /toLocaleString\(/.test(readFileSync(path, 'utf8')))).toEqual([]);
  });
});
