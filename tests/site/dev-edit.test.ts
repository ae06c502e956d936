/**
 * An editor's `npm run dev`: a report page is served from the content store (read from its file by
 * src/integrations/dev-data-store.ts), and an edit to a report reaches its page and the values derived
 * from the whole archive (the indicator page), without restarting the server.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixtureSite, startDev, type DevServer, type FixtureSite } from '../helpers/fixture-site.ts';

const REPORT = 'content/reports/2023-work-review.mdx';
const BEFORE = '<Fact metric="idle-land-reused" period="2023">409亩</Fact>';
const AFTER = '<Fact metric="idle-land-reused" period="2023">4321亩</Fact>';

let site: FixtureSite;
let dev: DevServer;

beforeAll(async () => {
  site = makeFixtureSite();
  dev = await startDev(site.root);
}, 120_000);

afterAll(() => {
  dev?.stop();
  site?.remove();
});

/** The text of a page's main content as the dev server renders it now. */
async function text(path: string): Promise<string> {
  const response = await fetch(`${dev.url}${path}`);
  expect(response.status).toBe(200);
  return parseHTML(await response.text()).document.querySelector('main')?.textContent ?? '';
}

/**
 * `path`'s text once `done` holds for it, polled: the page's MDX module follows the file at once, the
 * facts and what the archive derives from them once the loader has read the file again.
 */
async function eventually(path: string, done: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const now = await text(path);
    if (done(now) || Date.now() > deadline) return now;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('astro dev after an edit', () => {
  it('serves the report page and the indicator page, then both show the edited figure', async () => {
    const file = join(site.root, REPORT);
    const mdx = readFileSync(file, 'utf8');
    expect(mdx).toContain(BEFORE);
    // Both pages rendered once first, so every cache behind them is warm when the edit comes.
    expect(await text('reports/2023-work-review/')).toContain('409亩');
    expect(await text('indicators/idle-land-reused/')).toMatch(/409/);
    writeFileSync(file, mdx.replace(BEFORE, AFTER));
    const report = await eventually('reports/2023-work-review/', (now) => !now.includes('409亩'));
    expect(report).toContain('4321亩');
    expect(report).not.toContain('409亩');
    const stale = /(?<!\d)409(?!\d)/;
    const indicator = await eventually('indicators/idle-land-reused/', (now) => !stale.test(now));
    expect(indicator).toMatch(/4321/);
    expect(indicator).not.toMatch(stale);
  }, 120_000);
});
