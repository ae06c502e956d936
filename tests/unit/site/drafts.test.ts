/**
 * The one rule for drafts (the loader and the report list both use it): a build leaves a draft out,
 * `astro dev` shows it. tests/site/editor-workflow.test.ts checks the same on a real build and dev server.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isDraft, isShown, showsDrafts } from '../../../src/lib/content/drafts.ts';

const BUILD = { PROD: true };
const DEV = { PROD: false };

afterEach(() => vi.unstubAllEnvs());

describe('drafts', () => {
  it('leaves a draft out of a build and shows it in astro dev', () => {
    expect(isShown({ title: '草稿', draft: true }, BUILD)).toBe(false);
    expect(isShown({ title: '草稿', draft: true }, DEV)).toBe(true);
  });

  it('shows a report that is not a draft in both', () => {
    for (const data of [{ title: '报道' }, { title: '报道', draft: false }]) {
      expect(isShown(data, BUILD)).toBe(true);
      expect(isShown(data, DEV)).toBe(true);
    }
  });

  it('takes only draft: true as a draft', () => {
    expect(isDraft({ draft: true })).toBe(true);
    for (const data of [{ draft: 'true' }, { draft: 1 }, {}, null, undefined])
      expect(isDraft(data)).toBe(false);
  });

  it('reads the run from import.meta.env.PROD by default', () => {
    vi.stubEnv('PROD', true);
    expect(showsDrafts()).toBe(false);
    expect(isShown({ draft: true })).toBe(false);
    vi.stubEnv('PROD', false);
    expect(showsDrafts()).toBe(true);
  });
});
