/** href(): every internal address under the base path the site is built for, exactly once. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { href } from '../../../src/consts.ts';

afterEach(() => vi.unstubAllEnvs());

describe('href', () => {
  it('leaves addresses alone at the root', () => {
    expect(href('/reports/x/')).toBe('/reports/x/');
    expect(href('/')).toBe('/');
  });

  it('puts them under a base path once, however often it is applied', () => {
    vi.stubEnv('BASE_URL', '/jj/');
    expect(href('/reports/x/#a')).toBe('/jj/reports/x/#a');
    expect(href('/')).toBe('/jj/');
    expect(href(href('/reports/x/'))).toBe('/jj/reports/x/');
    expect(href('/jj')).toBe('/jj');
    expect(href('#top')).toBe('#top');
    expect(href('https://example.org/')).toBe('https://example.org/');
  });
});
