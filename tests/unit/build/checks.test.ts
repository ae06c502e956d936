/**
 * The output check refuses pages a strict CSP would break, and output missing a file the site needs, so
 * neither is ever published.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { markupProblems, outputProblems, REQUIRED_FILES } from '../../../src/lib/build/checks.ts';
import { CSP_HEADER, CSP_META, headersFile } from '../../../src/lib/security/csp.ts';

const HEAD = `<meta http-equiv="content-security-policy" content="${CSP_META}">`;

describe('output checks', () => {
  it('passes a page with the policy, external scripts and no inline styles', () => {
    const page = `<html><head>${HEAD}<script type="module" src="/_astro/a.js"></script></head><body><svg font-size="14px"></svg></body></html>`;
    expect(markupProblems(page, true)).toEqual([]);
  });

  it('names each thing the policy would block', () => {
    const page =
      '<html><head><style>p{}</style><script>alert(1)</script></head><body>' +
      '<span style="color:red"></span><img src="x" onerror="x()"><a href="javascript:x()">a</a></body></html>';
    expect(markupProblems(page, true)).toEqual([
      '缺少内容安全策略（CSP）的 meta 标签 / no Content-Security-Policy meta tag',
      '内联样式 <style> / inline <style> element',
      '内联脚本 <script> / inline <script>',
      '<span> 的 style 属性 / style attribute on <span>',
      '<img> 的事件属性 onerror / event handler onerror on <img>',
      '<a> 的 javascript: 地址 / javascript: address on <a>',
    ]);
  });

  it('an SVG file needs no meta tag but no style attribute either', () => {
    expect(markupProblems('<svg><text style="font-size:3px">1</text></svg>', false)).toEqual([
      '<text> 的 style 属性 / style attribute on <text>',
    ]);
  });
});

describe('output checks without a DOM', () => {
  /** The check as first written, on linkedom's DOM: the tokenizer must find what it found. */
  const withDom = (markup: string, isPage: boolean) => {
    const { document } = parseHTML(markup);
    const problems: string[] = [];
    if (isPage && !document.querySelector('meta[http-equiv="content-security-policy" i]'))
      problems.push('缺少内容安全策略（CSP）的 meta 标签 / no Content-Security-Policy meta tag');
    for (const element of document.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      if (
        tag === 'script' &&
        !element.hasAttribute('src') &&
        element.getAttribute('type') !== 'application/json'
      )
        problems.push('内联脚本 <script> / inline <script>');
      if (tag === 'style') problems.push('内联样式 <style> / inline <style> element');
      for (const { name, value } of element.attributes) {
        if (name === 'style') problems.push(`<${tag}> 的 style 属性 / style attribute on <${tag}>`);
        else if (/^on/i.test(name))
          problems.push(`<${tag}> 的事件属性 ${name} / event handler ${name} on <${tag}>`);
        else if (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*javascript:/i.test(value))
          problems.push(`<${tag}> 的 javascript: 地址 / javascript: address on <${tag}>`);
      }
    }
    return [...new Set(problems)];
  };

  it('reads attribute names as HTML does, whatever their case, and looks inside templates', () => {
    expect(markupProblems('<template><script>1</script></template>', false)).toEqual([
      '内联脚本 <script> / inline <script>',
    ]);
    const page =
      '<html><head><META HTTP-EQUIV="Content-Security-Policy" content="x"></head><body ONCLICK="x()"></body></html>';
    expect(markupProblems(page, true)).toEqual([
      '<body> 的事件属性 ONCLICK / event handler ONCLICK on <body>',
    ]);
  });

  it('finds what a DOM reading finds, in the same order', () => {
    const pages = [
      `<html><head>${HEAD}<script type="application/json">{"a":1}</script></head><body><p>x</p></body></html>`,
      '<svg><a xlink:href=" javascript:x()"><text>1</text></a><foreignObject><div style="a"></div></foreignObject></svg>',
      '<p><span style="a">1</span><span style="b">2</span><button onClick="y()">b</button></p><style></style>',
      '<form action="JavaScript:x()"></form><!-- <style> -->',
    ];
    for (const page of pages) {
      for (const isPage of [true, false])
        expect(markupProblems(page, isPage), page).toEqual(withDom(page, isPage));
    }
  });
});

describe('the policy', () => {
  it('allows only the site’s own files, and no WebAssembly; the header adds frame-ancestors', () => {
    expect(CSP_META).toContain("script-src 'self';");
    expect(CSP_HEADER).not.toContain('wasm');
    expect(CSP_META).toMatch(/style-src 'self';/);
    expect(CSP_META).not.toMatch(/unsafe-inline|frame-ancestors/);
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'self'`);
    expect(headersFile('/jj/').split('\n')[0]).toBe('/jj/*');
    expect(headersFile('/')).toContain(`  Content-Security-Policy: ${CSP_HEADER}\n`);
  });
});

describe('files the site needs', () => {
  const page = `<html><head>${HEAD}</head><body></body></html>`;
  const entry = { version: 1, pages: 'pages-1.bin', chunks: [['a', 'sets-1.bin', 'pos-1.bin']], filters: {} };
  const pageList = [
    { url: '/reports/a/', title: 'A', fragment: 'fragment/zh-cn_a.pf_fragment', filters: {} },
  ];
  /** Every file a working site needs: the fixed list, the phrase index's files and the page's fragment. */
  const files: Record<string, string | Buffer> = {
    'index.html': page,
    '404.html': page,
    'sw.js': 'importScripts("sw-handlers.js")',
    'sw-handlers.js': '',
    'manifest.webmanifest': '{}',
    _headers: '/*',
    'offline-archive.json': '{}',
    'phrase-index/index.json': JSON.stringify(entry),
    'phrase-index/pages-1.bin': gzipSync(JSON.stringify(pageList)),
    'phrase-index/sets-1.bin': gzipSync(''),
    'phrase-index/pos-1.bin': gzipSync(''),
    'pagefind/fragment/zh-cn_a.pf_fragment': gzipSync(''),
    'pagefind/pagefind.js': '',
  };
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A built site holding every file of `files` but `missing`. */
  const site = (missing?: string) => {
    dir = mkdtempSync(join(tmpdir(), 'jj-checks-'));
    for (const [file, content] of Object.entries(files)) {
      if (file === missing) continue;
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), content);
    }
    return dir;
  };

  it('passes a site with all of them', () => {
    expect(outputProblems(site())).toEqual([]);
  });

  it('names each missing one in Chinese and English, the search files the index names too', () => {
    const needed = Object.keys(files).filter((file) => file !== 'pagefind/pagefind.js');
    expect(needed).toEqual(expect.arrayContaining([...REQUIRED_FILES]));
    for (const file of needed) {
      expect(outputProblems(site(file)), file).toEqual([
        `${file}: 构建结果缺少此文件 / missing from the build output`,
      ]);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not ask for Pagefind’s own scripts, which no page loads', () => {
    expect(outputProblems(site('pagefind/pagefind.js'))).toEqual([]);
  });
});
