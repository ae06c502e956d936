/**
 * The shapes of text editors receive besides newspaper PDFs — a government portal page, an e-paper page,
 * a social post — each imported from a fixture written for the purpose (tests/fixtures/import/shapes/):
 * headline, kicker, subtitle, date, bylines and chrome to the frontmatter, captions as <Caption>, the
 * author's paragraphs, figures proposed with their periods, and every sentence kept.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseRegistry } from '../../../src/lib/facts/registry.ts';
import { visibleText } from '../../../src/lib/import/escape.ts';
import { frontmatterBlock } from '../../../src/lib/import/frontmatter.ts';
import { importText } from '../../../src/lib/import/import-text.ts';
import { checkFidelity, findDebris, frontmatterStrings } from '../../../src/lib/text/fidelity.ts';
import { reportSchema } from '../../../src/schema/report.ts';
import { renderBlocks } from './render-mdx.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SHAPES = join(ROOT, 'tests/fixtures/import/shapes');
const registry = parseRegistry(JSON.parse(readFileSync(join(ROOT, 'content/data/metrics.json'), 'utf8')));

/** Import a fixture as the CLI would, a year after it was published. */
function load(name: string) {
  const raw = readFileSync(join(SHAPES, name), 'utf8');
  const draft = importText(raw, { sourceFile: name, today: new Date('2026-11-21'), registry });
  const mdx = `${frontmatterBlock(draft.fields, draft.notes)}\n${draft.body}`;
  renderBlocks(mdx); // compiles, Fact tags and all
  const blocks = renderBlocks(mdx.replace(/<Fact\b[^>]*>(.*?)<\/Fact>/gu, '$1'));
  return { raw, draft, mdx, blocks };
}

describe.each([
  'web-portal.txt',
  'epaper.txt',
  'social-post.txt',
  'portal-bar-title.txt',
  'post-bar-title.txt',
])('every shape: %s', (name) => {
  const { raw, draft, mdx, blocks } = load(name);

  it('writes a draft whose frontmatter passes the schema', () => {
    const data = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1] ?? '');
    expect(reportSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    expect(data).toMatchObject({ draft: true });
  });

  it('keeps every sentence, in the body or in the frontmatter, none twice', () => {
    const page = [draft.fields.title, visibleText(draft.body)].join('\n');
    expect(checkFidelity(raw, page, frontmatterStrings(draft.fields))).toEqual({
      missing: [],
      duplicated: [],
    });
    // Without the frontmatter the chrome and bylines would be missing: they were moved, not dropped.
    expect(checkFidelity(raw, page).missing.length).toBeGreaterThan(0);
  });

  it('writes no half-width bar in a headline: only an editor places break marks', () => {
    const { title, kicker, subtitle } = draft.fields;
    for (const text of [title, kicker, subtitle]) expect(text ?? '').not.toContain('|');
  });

  it('leaves no chrome, dateline or debris in the body', () => {
    expect(draft.body).not.toMatch(/发布时间|浏览次数|责任编辑|版次|本报讯|打印本页|\d{1,2}:\d{2}/u);
    expect(blocks.flatMap((block) => findDebris(block.text))).toEqual([]);
  });
});

describe('a government portal page', () => {
  const { draft, blocks } = load('web-portal.txt');

  it('takes kicker, headline and subtitle apart, and the date and issuer from the chrome', () => {
    expect(draft.fields).toMatchObject({
      kicker: '稳字当头 进中提质',
      title: '江津前三季度规模工业产值增长9.6%',
      subtitle: '全区工业经济运行情况综述',
      date: '2024-10-28',
      period: 2024,
      issuer: '江津区经济和信息化委员会',
    });
    expect(draft.dateFrom).toBe('page');
    expect(draft.dateSource).toContain('发布时间：2024-10-28 16:05');
    expect(draft.fields.source.chrome).toEqual([
      '当前位置：首页 > 新闻动态 > 部门动态',
      '发布时间：2024-10-28 16:05    来源：江津区经济和信息化委员会    浏览次数：1386',
      '【字体：大 中 小】【打印本页】',
      '责任编辑：江一帆',
      '索引号：11500116MB1U23456X/2024-01234',
    ]);
  });

  it('keeps one paragraph per copied line, and the caption between them', () => {
    expect(blocks.map((block) => block.kind)).toEqual(['p', 'p', 'caption', 'p', 'p', 'p']);
    expect(blocks[2]).toEqual({
      kind: 'caption',
      text: '德感工业园内，工人在智能生产线上装配电机部件。',
      credit: '通讯员 周雨桐 摄',
    });
    expect(blocks[3]?.text).toMatch(/^企业活力持续释放。1—9月/u);
  });

  it('proposes the figures whose sentence names a metric, with the period it gives', () => {
    expect(draft.proposals.map((p) => [p.metric, p.period, p.text])).toEqual([
      ['industrial-output', '2024-01/2024-09', '1468.2亿元'],
      ['industrial-output-growth', '2024-01/2024-09', '9.6%'],
      ['above-scale-enterprises-new', '2024-01/2024-09', '37家'],
      ['above-scale-enterprises', '2024-01/2024-09', '612家'],
      ['little-giants-new', '2024-01/2024-09', '3家'],
    ]);
    expect(draft.body).toContain(
      '规模工业产值<Fact metric="industrial-output" period="2024-01/2024-09" proposed>1468.2亿元</Fact>',
    );
    // 工业投资 is no metric of the registry: its growth rate is left alone.
    expect(draft.body).toContain('全区工业投资同比增长11.8%');
  });
});

describe('an e-paper page', () => {
  const { draft, blocks } = load('epaper.txt');

  it('reads the header, the kicker and the 本报讯 lead into the frontmatter', () => {
    expect(draft.shape).toBe('epaper');
    expect(draft.fields).toMatchObject({
      kicker: '链群成势 绿色为底',
      title: '白沙工业园：新能源材料产业跑出加速度',
      date: '2024-11-06',
      credits: [
        { role: '记者', names: ['罗思远'] },
        { role: '通讯员', names: ['邓佳'] },
      ],
    });
    expect(draft.fields.source.chrome).toContain('本报讯（记者 罗思远 通讯员 邓佳）');
    expect(blocks[0]?.text).toMatch(/^11月5日，在白沙工业园/u);
  });

  it('sets the bracketed photo credit on the caption', () => {
    expect(blocks.map((block) => block.kind)).toEqual(['p', 'p', 'p', 'caption', 'p']);
    expect(blocks[3]).toMatchObject({ credit: '记者 罗思远 摄' });
  });

  it('proposes the park output of the first three quarters under its own metric', () => {
    expect(draft.proposals.map((p) => [p.metric, p.period, p.text])).toEqual([
      ['investment-agreed', '2024', '86.5亿元'],
      ['park-output', '2024-01/2024-09', '213.4亿元'],
    ]);
  });
});

describe('a social post', () => {
  const { draft, blocks } = load('social-post.txt');

  it('reads the dateline split over three lines and the account name as chrome', () => {
    expect(draft.shape).toBe('social');
    expect(draft.fields).toMatchObject({ title: '江津造的电池，坐上班列出海了！', date: '2024-12-18' });
    expect(draft.fields.source.chrome).toEqual(['2024年', '12月18日', '20:15', '江津发布']);
  });

  it("joins the phrases into the author's sentences, and keeps the caption apart", () => {
    expect(blocks.map((block) => block.kind)).toEqual(['p', 'p', 'p', 'caption', 'p', 'p', 'p']);
    expect(blocks[0]?.text).toBe('清晨的珞璜港，一列满载锂电池的班列缓缓驶出，沿着西部陆海新通道奔向东盟。');
    expect(blocks[3]).toEqual({
      kind: 'caption',
      text: '装车前，工人正在逐一检查电池包',
      credit: '李晓岚 摄',
    });
  });

  it('proposes the train count and its growth for January to November', () => {
    expect(draft.proposals.map((p) => [p.metric, p.period, p.text])).toEqual([
      ['freight-trains', '2024-01/2024-11', '412列'],
      ['freight-trains-growth', '2024-01/2024-11', '18.4%'],
    ]);
  });
});

describe('a headline copied with the site or account name set apart by a bar', () => {
  it('moves a portal name after the bar to the chrome', () => {
    const { draft } = load('portal-bar-title.txt');
    expect(draft.fields.title).toBe('江津新能源配套产业园首批项目投产');
    expect(draft.fields.source.chrome).toContain('江津区人民政府网');
  });

  it('moves an account name before the bar to the chrome and makes the other bar full-width', () => {
    const { draft } = load('post-bar-title.txt');
    expect(draft.fields.title).toBe('珞璜港外贸班列｜今年开行突破百列');
    expect(draft.fields.source.chrome).toContain('江津');
  });

  it('keeps a title the editor gives with --title as typed, marks and all', () => {
    const raw = readFileSync(join(SHAPES, 'post-bar-title.txt'), 'utf8');
    const title = '珞璜港外贸班列|今年开行突破百列';
    const draft = importText(raw, { title, sourceFile: 'x.txt', today: new Date('2026-11-21') });
    expect(draft.fields.title).toBe(title);
  });
});
