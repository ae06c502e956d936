/**
 * `astro dev` hands pages the content store through a module that reads `.astro/data-store.json` when it
 * runs: the module Vite transforms stays a few lines however large the archive (Astro's own holds the whole
 * file as a string, about 25 MB at 1,000 reports, which Vite parsed on the first page).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import devDataStore, {
  DATA_STORE_MODULE_ID,
  dataStoreModule,
  devDataStorePlugin,
} from '../../../src/integrations/dev-data-store.ts';
import { ROOT } from '../../helpers/dist.ts';

const folder = mkdtempSync(join(tmpdir(), 'jj-store-'));
const file = join(folder, 'data-store.json');
// A store of the shape Astro writes (devalue's flat array), large enough that inlining it would show.
const store = [[1, 2], 'reports', { body: 'x'.repeat(200_000) }];
writeFileSync(file, JSON.stringify(store));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The plugin's load hook, as Vite calls it. */
function load(plugin: Plugin, id: string, consumer = 'server'): unknown {
  const hook = plugin.load as { order?: string; handler: (id: string) => unknown };
  return hook.handler.call({ environment: { config: { consumer } } }, id);
}

describe('the content store in astro dev', () => {
  it('is the id Astro resolves astro:data-layer-content to', async () => {
    // Astro's constant, read from the installed package: an Astro that renames it fails here.
    const consts = (await import(
      pathToFileURL(join(ROOT, 'node_modules/astro/dist/content/consts.js')).href
    )) as { RESOLVED_DATA_STORE_VIRTUAL_ID: string; DATA_STORE_FILE: string };
    expect(DATA_STORE_MODULE_ID).toBe(consts.RESOLVED_DATA_STORE_VIRTUAL_ID);
    expect(consts.DATA_STORE_FILE).toBe('data-store.json');
  });

  it('is loaded as a few lines that read the file, before Astro’s loader, in dev only', () => {
    const plugin = devDataStorePlugin(file);
    expect(plugin.apply).toBe('serve');
    expect((plugin.load as { order: string }).order).toBe('pre');
    const result = load(plugin, DATA_STORE_MODULE_ID) as { code: string };
    expect(result.code.length).toBeLessThan(300);
    expect(result.code).not.toContain('xxxx');
  });

  it('gives pages the same array as the file, read again each time the module runs', async () => {
    let runs = 0;
    // The module as Node runs it; a new file each time, as an invalidated module is evaluated anew.
    const run = async () => {
      const module = join(folder, `store-${++runs}.mjs`);
      writeFileSync(module, dataStoreModule(file));
      return ((await import(pathToFileURL(module).href)) as { default: unknown }).default;
    };
    expect(await run()).toEqual(store);
    // After an edit the loader rewrites the file and Astro invalidates the module: the next run reads it.
    const edited = [[1, 2], 'reports', { body: 'edited' }];
    writeFileSync(file, JSON.stringify(edited));
    expect(await run()).toEqual(edited);
    writeFileSync(file, JSON.stringify(store));
  });

  it('leaves other modules, the browser’s, and a store not yet written, to Astro', () => {
    const plugin = devDataStorePlugin(file);
    expect(load(plugin, '\0astro:content')).toBeNull();
    expect(load(plugin, DATA_STORE_MODULE_ID, 'client')).toBeNull();
    expect(load(devDataStorePlugin(join(folder, 'missing.json')), DATA_STORE_MODULE_ID)).toBeNull();
  });

  it('is added to astro dev with the single-file store, and to nothing else', () => {
    const added = (command: string, collectionStorage?: string) => {
      const plugins: Plugin[] = [];
      const setup = devDataStore().hooks['astro:config:setup'] as (options: unknown) => void;
      setup({
        command,
        config: { root: pathToFileURL(`${folder}/`), experimental: { collectionStorage } },
        updateConfig: (config: { vite: { plugins: Plugin[] } }) => plugins.push(...config.vite.plugins),
      });
      return plugins.map((plugin) => plugin.name);
    };
    expect(added('dev')).toEqual(['jj:dev-data-store']);
    expect(added('dev', 'single-file')).toEqual(['jj:dev-data-store']);
    expect(added('dev', 'chunked')).toEqual([]);
    expect(added('build')).toEqual([]);
  });

  it('is one of the site’s integrations', async () => {
    const config = (await import('../../../astro.config.mjs')).default as {
      integrations: { name: string }[];
    };
    expect(config.integrations.map((integration) => integration.name)).toContain('jj:dev-data-store');
  });
});
