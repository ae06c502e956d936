/**
 * Draws public/og-card.png, the link-preview card pages without a chart of their own share (1200×630),
 * with Chromium and the system's CJK font: `node tests/tools/og-card.ts`. Run again when the site's name
 * or tagline changes; the charts stream renders per-chart cards with a font brought through npm.
 */
import { join } from 'node:path';
import { SITE_TITLE } from '../../src/consts.ts';
import { launchChromium } from '../helpers/browser.ts';
import { ROOT } from '../helpers/dist.ts';

const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; display: grid; align-content: center; gap: 28px;
    padding: 0 96px; box-sizing: border-box; background: #f7f5f0; color: #1d1d1f;
    font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif; border-top: 18px solid #9b2d20; }
  .mark { width: 96px; height: 96px; border-radius: 18px; background: #9b2d20; color: #fff;
    font-size: 64px; font-weight: 700; display: grid; place-items: center; }
  h1 { margin: 0; font-size: 76px; line-height: 1.15; }
  p { margin: 0; font-size: 36px; color: #5b5b60; line-height: 1.5; }
</style><div class="mark">津</div><h1>${SITE_TITLE}</h1>
<p>重庆市江津区工业经济：关键数字、图表与大事记<br>每个数字都能追溯到报道原文</p></html>`;

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(html);
  await page.screenshot({ path: join(ROOT, 'public/og-card.png') });
  console.log('public/og-card.png');
} finally {
  await browser.close();
}
