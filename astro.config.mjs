// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { DEFAULT_SITE_URL } from './src/consts.ts';
import devDataStore from './src/integrations/dev-data-store.ts';
import securityHeaders from './src/integrations/headers.ts';
import pagefind from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { reportSentenceAnchors } from './src/lib/entities/sentence-anchors.ts';
import { headlineParts } from './src/lib/markdown/headline-parts.ts';
import { numberUnits } from './src/lib/markdown/number-units.ts';
import { reportDates, withLastmod } from './src/lib/meta/lastmod.ts';
import { safeContent } from './src/lib/markdown/safe-content.ts';

// The published address; used for canonical links, the sitemap and the feed. Never fetched.
const site = process.env.SITE_URL ?? DEFAULT_SITE_URL;
// The path the site is served under (`/` or `/jj/`); every internal address goes through href().
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Order matters: the service worker's precache list is made after Pagefind has written the index.
  integrations: [
    mdx(),
    sitemap({ serialize: withLastmod(reportDates()) }),
    securityHeaders(),
    pagefind(),
    serviceWorker(),
    devDataStore(),
  ],
  markdown: {
    // Plain code blocks: no inline colour styles, which a strict CSP would have to allow.
    syntaxHighlight: false,
    // Reports keep the source's punctuation exactly: no smart quotes or dashes.
    processor: satteri({
      features: { smartPunctuation: false },
      // Reports may not carry scripts, frames, styles, event handlers or javascript: links.
      mdastPlugins: [safeContent],
      // numberUnits last: it wraps a number and its unit wherever the text has ended up.
      hastPlugins: [headlineParts, reportSentenceAnchors, numberUnits],
    }),
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
