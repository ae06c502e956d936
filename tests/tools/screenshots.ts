/**
 * Screenshots of built pages at phone (360 px) and desktop (1280 px) widths, light and dark, for looking
 * at what the site shows a reader: `npm run screenshots -- [/path/ …]`. Writes PNGs to screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../helpers/browser.ts';
import { ROOT, requireDist } from '../helpers/dist.ts';
import { serveStatic } from '../helpers/serve.ts';

const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const targets = paths.length ? paths : ['/', '/reports/2023-chengyu-integration/'];
const out = join(ROOT, 'screenshots');
const widths = [360, 1280];
const schemes = ['light', 'dark'] as const;

requireDist();
mkdirSync(out, { recursive: true });
const server = await serveStatic();
const browser = await launchChromium();
try {
  for (const path of targets) {
    for (const width of widths) {
      for (const colorScheme of schemes) {
        const page = await browser.newPage({
          viewport: { width, height: 900 },
          colorScheme,
          deviceScaleFactor: 1,
        });
        await page.goto(server.origin + path, { waitUntil: 'networkidle' });
        const name = `${path.replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: join(out, name), fullPage: process.argv.includes('--full') });
        console.log(join('screenshots', name));
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
