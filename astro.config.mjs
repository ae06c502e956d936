// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { headlineParts } from './src/lib/markdown/headline-parts.ts';
import { numberUnits } from './src/lib/markdown/number-units.ts';

// The published address; used for canonical links, the sitemap and the feed. Never fetched.
const site = process.env.SITE_URL ?? 'https://jiangjin-industry.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Order matters: the service worker's precache list is made after Pagefind has written the index.
  integrations: [mdx(), sitemap(), pagefind(), serviceWorker()],
  markdown: {
    // Plain code blocks: no inline colour styles, which a strict CSP would have to allow.
    syntaxHighlight: false,
    // Reports keep the source's punctuation exactly: no smart quotes or dashes.
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [headlineParts, numberUnits] }),
  },
  vite: {
    // Every script in a file of its own, never inlined: a strict CSP can then allow 'self' alone.
    build: { assetsInlineLimit: 0 },
  },
  build: {
    // Keep every stylesheet in a file of its own so that pages stay light and a strict CSP can follow.
    inlineStylesheets: 'never',
  },
});
