import { launchChromium } from './helpers/browser.ts';
import { serveStatic } from './helpers/serve.ts';
const server = await serveStatic('/tmp/wt5-dist');
const browser = await launchChromium();
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
for (const q of process.argv.slice(2)) {
  await page.goto(server.origin + '/search/?q=' + encodeURIComponent(q));
  await page.waitForTimeout(1500);
  console.log(
    q,
    await page.locator('[data-search-results]').getAttribute('data-search-state'),
    await page.locator('[data-search-status]').textContent(),
  );
  console.log(await page.locator('[data-search-results]').innerText());
}
await browser.close();
await server.close();
