/**
 * A raw source text in, a draft report out: the cleaned MDX body, the headline, kicker and subtitle it
 * found, the page chrome and bylines for the frontmatter, the dates and where they came from, and the
 * figures it proposes, with a count of everything it changed. Pure: the CLI does the reading and writing.
 */
import type { Registry } from '../../schema/metric.ts';
import { groupBlocks } from './blocks.ts';
import { visualWidth } from './chars.ts';
import { classifyBlocks, type Item } from './classify.ts';
import { emptyStats, type ImportStats } from './clean.ts';
import { mergeCredits, parseCredits, verbatimCredit, type Credit } from './credits.ts';
import { chromeFields } from './chrome.ts';
import { draftDates, type DateFrom, type DraftDates, type PeriodFrom } from './draft-dates.ts';
import { visibleText } from './escape.ts';
import { draftNotes } from './draft-notes.ts';
import { SUMMARY_PLACEHOLDER, type DraftFields, type FieldNotes } from './frontmatter.ts';
import { splitSourceLines } from './lines.ts';
import { takeSiteNames } from './site-names.ts';
import { findUnsafeMarkup } from './unsafe-markup.ts';
import { renderBody, type BodyOptions } from './markup.ts';
import { readMasthead, type Masthead } from './masthead.ts';
import { proposeFacts, type Proposal } from './proposals.ts';
import { parseByline } from './roles.ts';
import { findHeadingMatching, findTitleItem, headingText, subtitleText } from './title.ts';

/** What the editor told the importer; anything missing is inferred or left as a placeholder. */
export interface ImportOptions {
  title?: string;
  date?: string;
  period?: number;
  /** File name of the source copy in content/sources/. */
  sourceFile: string;
  /** The day of the import: never used as the date without saying so. */
  today: Date;
  /** The metric registry to propose figures from; none proposed without it. */
  registry?: Registry;
}

/** A draft report. */
export interface DraftReport {
  fields: DraftFields;
  notes: FieldNotes;
  body: string;
  stats: ImportStats;
  /** The shape of the source: newspaper PDF text, web page, e-paper page or social post. */
  shape: Masthead['shape'];
  /** Where the title came from: given, a heading of the text, or nowhere (a placeholder). */
  titleFrom: 'option' | 'text' | 'placeholder';
  /** Where the date came from, and the words it was read from. */
  dateFrom: DateFrom;
  dateSource?: string;
  periodFrom: PeriodFrom;
  /** The figures proposed, each with its sentence. */
  proposals: Proposal[];
}

/** What a title is until an editor writes one, when the text has no heading at all. */
export const TITLE_PLACEHOLDER = '待填写：标题';

/** What each shape of source is, for `source.note`. */
const SHAPE_NOTES: Record<Masthead['shape'], string | undefined> = {
  newspaper: undefined,
  web: '网页文本，复制自网站页面',
  epaper: '电子报版面文本',
  social: '新媒体文章文本',
};

/** The bylines the body held as lines of their own, as credits; the items left are the body. */
function takeBylines(items: Item[], credits: Credit[]): Item[] {
  return items.filter((item) => {
    if (item.kind !== 'byline') return true;
    for (const line of item.lines) {
      const parsed = parseCredits(line.text);
      const byline = parsed ? null : parseByline(line.text);
      if (parsed) mergeCredits(credits, parsed);
      else if (byline?.names.length) mergeCredits(credits, [{ role: '文字', names: byline.names }]);
      if (!parsed) {
        const words = byline?.names.length ? byline.credits : [line.text];
        mergeCredits(credits, words.map(verbatimCredit));
      }
    }
    return false;
  });
}

/** Narrowest median line, in em, of text copied from a browser, where each line is a whole paragraph. */
const MIN_COPIED_LINE_WIDTH = 35;

/**
 * True when the body is copied from a browser, a paragraph a line: a web or e-paper page whose lines are
 * wider than a newspaper column (PDF text of a page with chrome still breaks its lines every column).
 */
function copiedLines(masthead: Masthead): boolean {
  if (masthead.shape !== 'web' && masthead.shape !== 'epaper') return false;
  const widths = masthead.lines
    .flatMap((line) => (line ? [visualWidth(line.text)] : []))
    .sort((a, b) => a - b);
  return (widths[Math.floor(widths.length / 2)] ?? 0) >= MIN_COPIED_LINE_WIDTH;
}

/** The issuing body a web page names in its 来源 / 发布机构 field. */
function issuerOf(chrome: readonly string[]): string | undefined {
  const fields = chrome.flatMap((line) => chromeFields(line) ?? []);
  return fields.find(
    ([label, value]) => ['发布机构', '发文机关', '来源', '信息来源'].includes(label) && value,
  )?.[1];
}

/** The headline: given, read from the masthead, or the likeliest heading; and where it stands in `items`. */
function chooseTitle(items: Item[], masthead: Masthead, given: string | undefined) {
  const mastTitle = masthead.title ? headingText({ lines: masthead.title }) : undefined;
  // A headline the editor replaced with --title stays in the body as a heading: nothing is lost.
  if (given && masthead.title && mastTitle !== given) {
    items.unshift({ kind: 'heading', lines: masthead.title, level: 2 });
  }
  const titleAt = mastTitle ? -1 : given ? findHeadingMatching(items, given) : findTitleItem(items);
  const titleItem = titleAt >= 0 ? items[titleAt] : undefined;
  const found = mastTitle ?? (titleItem ? headingText(titleItem) : TITLE_PLACEHOLDER);
  const subtitle = masthead.subtitle ?? (titleItem ? subtitleText(titleItem) : undefined);
  return { title: given ?? found, mastTitle, titleAt, titleItem, subtitle };
}

/**
 * The headline texts with the site and account names copied into them (`… | 江津区人民政府网`) moved to
 * the chrome, and their other half-width bars made full-width: only an editor places break marks. A title
 * given with --title is the editor's own and kept as typed.
 */
function headlineWithoutSites(
  parts: { title: string; kicker: string | undefined; subtitle: string | undefined },
  givenTitle: boolean,
  chrome: string[],
) {
  const take = (text: string | undefined) => {
    if (text === undefined) return undefined;
    const taken = takeSiteNames(text);
    chrome.push(...taken.names);
    return taken.text || text;
  };
  return {
    title: givenTitle ? parts.title : (take(parts.title) ?? parts.title),
    kicker: take(parts.kicker),
    subtitle: take(parts.subtitle),
  };
}

/** What the frontmatter fields of a draft are made from. */
interface FieldParts {
  masthead: Masthead;
  title: string;
  kicker: string | undefined;
  subtitle: string | undefined;
  dates: DraftDates;
  credits: Credit[];
  sourceFile: string;
}

/** The frontmatter fields of a draft: always a draft, with the summary and topics left to fill. */
function draftFields(parts: FieldParts): DraftFields {
  const { masthead, title, kicker, subtitle, dates, credits, sourceFile } = parts;
  const note = SHAPE_NOTES[masthead.shape];
  const issuer = issuerOf(masthead.chrome);
  return {
    draft: true,
    title,
    ...(kicker ? { kicker } : {}),
    ...(subtitle ? { subtitle } : {}),
    date: dates.date,
    ...(dates.note ? { dateNote: dates.note } : {}),
    period: dates.period,
    credits,
    ...(issuer ? { issuer } : {}),
    source: {
      file: sourceFile,
      ...(note ? { note } : {}),
      ...(masthead.chrome.length ? { chrome: masthead.chrome } : {}),
    },
    summary: SUMMARY_PLACEHOLDER,
    topics: [],
  };
}

/**
 * The draft's MDX body, with the figures `registry` recognises proposed in it (each once), dated by the
 * draft's period and publication year.
 */
function bodyWithProposals(
  items: readonly Item[],
  stats: ImportStats,
  layout: BodyOptions,
  dates: DraftDates,
  registry: Registry | undefined,
): { body: string; proposals: Proposal[] } {
  const proposals: Proposal[] = [];
  const taken = new Set<string>();
  const context = { year: dates.period, published: Number(dates.date.slice(0, 4)) };
  const body = renderBody(items, stats, {
    ...layout,
    proposals,
    ...(registry ? { propose: (text: string) => proposeFacts(text, registry, context, taken) } : {}),
  });
  return { body, proposals };
}

/** Turn a raw source text into a draft report. */
export function importText(raw: string, options: ImportOptions): DraftReport {
  const stats = emptyStats();
  stats.unsafeMarkup = findUnsafeMarkup(raw).length;
  const lines = splitSourceLines(raw);
  stats.runsUndone = lines.filter((line) => line?.doubled).length;
  const masthead = readMasthead(lines);
  const social = masthead.shape === 'social';
  const layout = { social, lines: copiedLines(masthead) };
  const credits = [...masthead.credits];
  const items = takeBylines(classifyBlocks(groupBlocks(masthead.lines), { social }), credits);
  stats.bylines = credits.length;

  const chosen = chooseTitle(items, masthead, options.title);
  const { mastTitle, titleAt, titleItem } = chosen;
  const chrome = [...masthead.chrome];
  const { title, kicker, subtitle } = headlineWithoutSites(
    { title: chosen.title, kicker: masthead.kicker, subtitle: chosen.subtitle },
    options.title !== undefined,
    chrome,
  );
  const rest = items.filter((_item, index) => index !== titleAt);

  const dates = draftDates({
    ...options,
    chrome: masthead.chrome,
    text: visibleText(renderBody(rest, emptyStats(), layout)),
    today: options.today,
  });
  const { body, proposals } = bodyWithProposals(rest, stats, layout, dates, options.registry);

  const fields = draftFields({
    masthead: { ...masthead, chrome },
    title,
    kicker,
    subtitle,
    dates,
    credits,
    sourceFile: options.sourceFile,
  });
  const titleFrom = options.title ? 'option' : mastTitle || titleItem ? 'text' : 'placeholder';
  return {
    fields,
    notes: draftNotes(
      fields,
      titleFrom,
      dates.dateFrom === 'option' ? undefined : (dates.dateSource ?? '导入当天'),
    ),
    body,
    stats,
    shape: masthead.shape,
    titleFrom,
    dateFrom: dates.dateFrom,
    ...(dates.dateSource ? { dateSource: dates.dateSource } : {}),
    periodFrom: dates.periodFrom,
    proposals,
  };
}
