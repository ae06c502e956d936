/**
 * `astro dev` only: the content store reaches pages as a module that reads `.astro/data-store.json` when
 * it runs, instead of Astro's module that holds the whole file as one string literal. At 1,000 reports the
 * file is about 25 MB, and Vite parses a module of that size on the first page (about a second of the
 * first report page, `docs/benchmarks.md`). What a page gets is the same array: Astro parses the same
 * JSON either way. Astro still owns the module's id and invalidates it when the store is written, so an
 * edited report is read again from the file its loader has just written. The build is untouched.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The id Astro resolves `astro:data-layer-content` to (`RESOLVED_DATA_STORE_VIRTUAL_ID` in astro/dist/content/consts.js). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/** The module a page imports the store through: it parses the file when it runs. */
export function dataStoreModule(file: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
  ].join('\n');
}

/** The Vite plugin: loads the store's module before Astro's loader would, when the file exists. */
export function devDataStorePlugin(file: string): Plugin {
  return {
    name: 'jj:dev-data-store',
    apply: 'serve',
    load: {
      // Before Astro's own loader of the same id, which inlines the file.
      order: 'pre',
      handler(id) {
        // Only the server runs pages; a browser could not read the file.
        if (this.environment?.config.consumer === 'client') return null;
        if (id !== DATA_STORE_MODULE_ID || !existsSync(file)) return null;
        return { code: dataStoreModule(file), map: { mappings: '' } };
      },
    },
  };
}

/** The Astro integration: the plugin in `astro dev`, for the single-file store Astro keeps in `.astro/`. */
export default function devDataStore(): AstroIntegration {
  return {
    name: 'jj:dev-data-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // A chunked store is several modules of Astro's own; leave it to Astro.
        const storage = config.experimental.collectionStorage ?? 'single-file';
        if (command !== 'dev' || storage !== 'single-file') return;
        const file = fileURLToPath(new URL('.astro/data-store.json', config.root));
        updateConfig({ vite: { plugins: [devDataStorePlugin(file)] } });
      },
    },
  };
}
