import { launchChromium } from './tests/helpers/browser.ts';
import { serveStatic } from './tests/helpers/serve.ts';
const server = await serveStatic();
const browser = await launchChromium();
const jobs = (process.env.SHOTS ?? '').split(',').filter(Boolean);
for (const job of jobs) {
  const [path, width, scheme, action] = job.split('|');
  const page = await browser.newPage({ viewport: { width: Number(width), height: 800 }, colorScheme: scheme as 'light' | 'dark', javaScriptEnabled: false });
  await page.goto(server.origin + path, { waitUntil: 'load' });
  if (action === 'pop') await page.locator('.fact__more').first().click();
  if (action?.startsWith('pop:')) await page.locator(`#${action.slice(4)} .fact__more`).click();
  const name = `x-${path.replace(/\W+/g, '_')}-${width}-${scheme}${action ? '-' + action.replace(/\W+/g, '') : ''}.png`;
  await page.screenshot({ path: `screenshots/${name}`, fullPage: action === 'full' });
  console.log(name);
  await page.close();
}
await browser.close();
await server.close();
