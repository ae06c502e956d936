/**
 * The one rule for drafts: a report whose frontmatter says `draft: true` is left out of every build
 * (`npm run build`, `astro build`: pages, feed, search, dataset and the cross-report checks), and shown
 * by `astro dev`, so that an editor can read it before publishing. The loader and the report list both
 * ask here, so the two can never disagree about a draft.
 */

/** The part of `import.meta.env` the rule reads: `PROD` is true in a build, false in `astro dev`. */
export interface DraftEnv {
  readonly PROD: boolean;
}

/** Whether this run shows drafts: `astro dev` does, a build never does. */
export function showsDrafts(env: DraftEnv = import.meta.env): boolean {
  return !env.PROD;
}

/** Whether a report's frontmatter (as parsed, or as validated) marks it as a draft. */
export function isDraft(data: unknown): boolean {
  return (data as { draft?: unknown } | null)?.draft === true;
}

/** Whether a report with this frontmatter is on the site this run makes. */
export function isShown(data: unknown, env: DraftEnv = import.meta.env): boolean {
  return showsDrafts(env) || !isDraft(data);
}
