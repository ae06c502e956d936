import { launchChromium } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/serve.ts';
const [path, width, scheme, which] = process.argv.slice(2);
const server = await serveStatic();
const browser = await launchChromium();
const page = await browser.newPage({
  viewport: { width: Number(width), height: 900 },
  colorScheme: scheme as 'dark',
});
await page.goto(server.origin + path);
const figs = page.locator('figure.chart');
const n = await figs.count();
for (let i = 0; i < n; i++) {
  if (which && String(i) !== which) continue;
  await figs.nth(i).scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await figs.nth(i).screenshot({ path: `/tmp/fig-${i}-${width}-${scheme}.png` });
  console.log(`/tmp/fig-${i}-${width}-${scheme}.png`);
}
await browser.close();
await server.close();
