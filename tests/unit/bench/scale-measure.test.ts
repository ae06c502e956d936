/** The benchmark's measuring: a Pagefind run's cost includes Pagefind's binary, which Node never waits for. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measurePagefind } from '../../bench/scale-measure.ts';
import { ROOT } from '../../helpers/dist.ts';

const root = mkdtempSync(join(tmpdir(), 'jj-scale-measure-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('scale measuring', () => {
  it("counts the Pagefind binary's CPU and memory in a Pagefind run", async () => {
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
    mkdirSync(join(root, 'dist'));
    const text = '江津区工业经济稳步增长，专精特新企业不断涌现。'.repeat(200);
    for (let page = 0; page < 20; page++) {
      writeFileSync(
        join(root, 'dist', `${page}.html`),
        `<!doctype html><html lang="zh-CN"><body><main data-pagefind-body><h1>第${page}页</h1><p>${text}</p></main></body></html>`,
      );
    }
    const cost = await measurePagefind(root);
    expect(cost.code).toBe(0);
    // One binary, timed on its own: without the wrapper GNU time never sees it (the old 0.0 s).
    expect(cost.pagefind).toHaveLength(1);
    const binary = cost.pagefind?.[0];
    expect(binary?.peakBytes).toBeGreaterThan(1024 * 1024);
    expect(cost.peakBytes).toBeGreaterThanOrEqual(binary?.peakBytes ?? Infinity);
    expect(cost.cpuMs).toBeGreaterThanOrEqual(binary?.cpuMs ?? Infinity);
  }, 60_000);
});
