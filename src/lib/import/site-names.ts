/**
 * Half-width bars in a copied headline. A half-width `|` in a title, kicker, subtitle or heading is an
 * editor's break mark (src/lib/text/breaks.ts), but portals and apps print one too: a page title ends
 * `… | 江津区人民政府网`, a post's title opens `江津 | …`. The importer moves such a site or account
 * name to the chrome, as it does the rest of the page around the story, and turns every other bar into
 * the full-width column sign `｜`, so a draft never carries a mark no editor placed.
 */

/** A bar as copied, with the spaces either side. */
const BAR = /\s*\|\s*/gu;

/** How the names of sites, papers, apps and accounts end. */
const SITE_SUFFIX =
  /(?:网|网站|门户|政府|发布|日报|晚报|时报|商报|报社|新闻|融媒|融媒体|融媒体中心|客户端|头条|在线|频道|官网|公众号|电视台|之声|微信|微博|APP|App|app)$/u;

/** A web address: `www.example.gov.cn`. */
const DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org)$/iu;

/** A short name with no digits or punctuation (`江津`, `重庆`): a channel, not a headline's half. */
const SHORT_NAME = /^\p{Script=Han}{2,4}$/u;

/** Shortest other half, in characters, beside which a short name reads as a channel. */
const MIN_HEADLINE = 8;

/** True when `part`, set apart by a bar from `rest`, names the site or account and not the story. */
function isSiteName(part: string, rest: string): boolean {
  if (part === '' || rest.replace(BAR, '') === '') return false;
  if (SITE_SUFFIX.test(part) || DOMAIN.test(part)) return true;
  return SHORT_NAME.test(part) && rest.replace(BAR, '').length >= MIN_HEADLINE;
}

/** A headline with its site and account names taken out, and the names. */
export interface SiteNamesTaken {
  text: string;
  names: string[];
}

/**
 * Take a site or account name set apart by a half-width bar from the start or end of a copied headline,
 * and make every other half-width bar full-width (`江津 | 甲|乙` → `甲｜乙`, names `[江津]`).
 */
export function takeSiteNames(text: string): SiteNamesTaken {
  const parts = text.split(BAR).map((part) => part.trim());
  const names: string[] = [];
  const first = parts[0] ?? '';
  if (parts.length > 1 && isSiteName(first, parts.slice(1).join('|'))) names.push(...parts.splice(0, 1));
  const last = parts.at(-1) ?? '';
  if (parts.length > 1 && isSiteName(last, parts.slice(0, -1).join('|'))) names.push(...parts.splice(-1));
  return { text: parts.filter((part) => part !== '').join('｜'), names };
}

/** `text` with every half-width bar made the full-width column sign `｜` (spaces around it dropped). */
export function fullWidthBars(text: string): string {
  return text.replace(BAR, '｜');
}
