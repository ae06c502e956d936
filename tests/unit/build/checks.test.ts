/** The output check refuses pages a strict CSP would break, so they are never published. */
import { describe, expect, it } from 'vitest';
import { markupProblems } from '../../../src/lib/build/checks.ts';
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
