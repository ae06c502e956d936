import { readFileSync } from 'node:fs';
import { launchChromium } from '/work/wt5/tests/helpers/browser.ts';
import { serveStatic } from '/work/wt5/tests/helpers/serve.ts';
const terms = readFileSync('/work/shared/search/terms.txt','utf8').split('\n').filter(l=>l&&!l.startsWith('#')).concat(['专精特新','巨湾技研','西部陆海新通道','亩均论英雄','高新技术企业','精特新','湾技研','XFC','1797.4','33618','江津','工业','产值','小巨人','智能','绿色工厂','德感工业园','双城经济圈']);
const server = await serveStatic('/tmp/wt5-dist');
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(server.origin + '/about/');
const out = await page.evaluate(async (terms) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const strip = (s) => s.normalize('NFKC').replace(/[\s\p{P}\p{S}\u3000]+/gu, '');
  const all = await pf.search(null, {});
  const res = [];
  for (const t of terms) {
    const plain = await pf.search(t); const quoted = await pf.search(`"${t}"`);
    const P = new Set(); const Q = new Set(); const truth = new Set();
    for (const r of plain.results) { const d = await r.data(); P.add(d.url); if (strip(d.content).includes(strip(t))) truth.add(d.url); }
    for (const r of quoted.results) { const d = await r.data(); Q.add(d.url); if (strip(d.content).includes(strip(t))) truth.add(d.url); }
    res.push([t, P.size, Q.size, truth.size, [...truth].filter(u=>!Q.has(u)).length, [...Q].filter(u=>!truth.has(u)).length]);
  }
  return res;
}, terms);
// ground truth from all pages
console.log('term plain quoted truthInCand missingFromQuoted quotedFalsePos');
for (const r of out) console.log(r.join('\t'));
await browser.close(); await server.close();
