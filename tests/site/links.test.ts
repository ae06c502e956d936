/**
 * Link check of the built site: every internal link, script, stylesheet and image points at a file of
 * dist/, and every link to an anchor (a fact's sentence, a heading) finds that anchor on its page.
 * (tests/browser/base-path.test.ts runs the same check on a site built under a sub-path.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireDist } from '../helpers/dist.ts';
import { checkLinks } from '../helpers/links.ts';

beforeAll(requireDist);

describe('links in the built site', () => {
  it('all lead somewhere', () => {
    const { checked, broken } = checkLinks(DIST);
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });
});
