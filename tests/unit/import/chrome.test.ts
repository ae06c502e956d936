import { describe, expect, it } from 'vitest';
import { chromeFields, isChromeLine } from '../../../src/lib/import/chrome.ts';
import { importText } from '../../../src/lib/import/import-text.ts';

describe('page chrome', () => {
  it.each([
    '发布日期：2024年10月28日  信息来源：江津区人民政府',
    '【字体：大 中 小】【打印本页】【关闭窗口】',
    '作者：记者 罗思远',
    '江津日报 2024年11月6日 星期三 第02版：要闻',
    '原创 江津发布 2024年12月18日 20:15 重庆',
    '文丨李晓岚',
    '编辑丨周雨桐  审核丨江一帆',
    '预览时标签不可点',
    '信息来源：江津区经济信息委 发布时间：2024-10-28 访问次数：123',
    '点击蓝字 关注我们',
    '【字体：放大 正常 缩小】',
    '阅读原文',
  ])('%s is chrome', (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([
    '时间紧、任务重，园区迎难而上。',
    '图：德感工业园内，工人在生产线上作业',
    '来源于企业的订单持续增长，园区产值稳步提升。',
    '2023年，全区规上工业总产值达1953亿元。',
  ])('%s is not', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });

  it('splits a line into its labelled fields', () => {
    expect(chromeFields('编辑丨周雨桐  审核丨江一帆')).toEqual([
      ['编辑', '周雨桐'],
      ['审核', '江一帆'],
    ]);
  });
});

describe('a post copied with the app’s own byline and footer', () => {
  const raw = [
    '江津：新能源汽车零部件产业链加速成形',
    '',
    '原创 江津发布 2025年3月2日 18:30 重庆',
    '',
    '开年以来，',
    '',
    '双福工业园的企业订单排得满满当当。',
    '',
    '文丨李晓岚',
    '图丨周雨桐',
    '',
    '阅读原文',
  ].join('\n');
  const draft = importText(raw, { sourceFile: 'x.txt', today: new Date('2026-01-01') });

  it('takes date, credits and footer out of the body', () => {
    expect(draft.shape).toBe('social');
    expect(draft.fields.date).toBe('2025-03-02');
    expect(draft.fields.credits).toEqual([
      { role: '文字', names: ['李晓岚'] },
      { role: '摄影', names: ['周雨桐'] },
    ]);
    expect(draft.body).toBe('开年以来，双福工业园的企业订单排得满满当当。\n');
  });
});

describe('a picture credit in brackets', () => {
  it('goes to the credits, as printed', () => {
    const draft = importText('正文。\n\n（本版图片由记者罗思远摄）', {
      sourceFile: 'x.txt',
      title: '题',
      today: new Date('2026-01-01'),
    });
    expect(draft.body).toBe('正文。\n');
    expect(draft.fields.credits).toEqual([{ role: '摄影', names: [], text: '本版图片由记者罗思远摄' }]);
  });
});

describe('other ways pages print their chrome and leads', () => {
  it('reads a date printed before the fields without a label', () => {
    const raw = [
      '江津区召开工业经济运行调度会',
      '2024-10-28 16:05:33 来源：江津区人民政府 阅读量：512',
      '',
      '10月28日，江津区召开工业经济运行调度会。',
    ].join('\n');
    const draft = importText(raw, { sourceFile: 'x.txt', today: new Date('2026-01-01') });
    expect(draft.fields).toMatchObject({ title: '江津区召开工业经济运行调度会', date: '2024-10-28' });
    expect(draft.dateFrom).toBe('page');
    expect(draft.body).toBe('10月28日，江津区召开工业经济运行调度会。\n');
  });

  it('takes a news agency dateline and its byline off the lead, and a ■ byline line', () => {
    const raw = [
      '第A03版：江津新闻',
      '',
      '江津智能装备产业跑出加速度',
      '',
      '■本报记者 罗思远 通讯员 邓佳',
      '',
      '新华社重庆10月25日电（记者 罗思远）江津区智能装备产业保持较快增长。',
    ].join('\n');
    const draft = importText(raw, { sourceFile: 'x.txt', today: new Date('2026-01-01') });
    expect(draft.fields.credits).toEqual([
      { role: '记者', names: ['罗思远'] },
      { role: '通讯员', names: ['邓佳'] },
    ]);
    expect(draft.fields.source.chrome).toContain('新华社重庆10月25日电（记者 罗思远）');
    expect(draft.body).toBe('江津区智能装备产业保持较快增长。\n');
  });
});

it('joins the narrow column lines of a newspaper page even when a byline stands under its headline', () => {
  const raw = [
    '江津智能装备产业跑出加速度',
    '',
    '本报记者 罗思远',
    '',
    '今年以来，江津区智能装备产业',
    '保持较快增长。一批龙头企业加',
    '快扩产，订单持续增加。',
    '园区配套服务不断完善。',
  ].join('\n');
  const draft = importText(raw, { sourceFile: 'x.txt', today: new Date('2026-01-01') });
  expect(draft.fields.credits).toEqual([{ role: '记者', names: ['罗思远'] }]);
  expect(draft.body).toBe(
    '今年以来，江津区智能装备产业保持较快增长。一批龙头企业加快扩产，订单持续增加。\n\n园区配套服务不断完善。\n',
  );
});

it.each([
  ['白沙工业园：新能源材料产业跑出加速度\n\n11月5日，园区一批项目投产。'],
  [
    '江津造的电池出海了！\n今年以来，江津区新能源电池出口持续增长，一批企业通过西部陆海新通道把产品送到东盟多个国家和地区，订单排到了明年。',
  ],
])('takes a headline with a colon or exclamation on line 1 for the title: %j', (raw) => {
  const draft = importText(raw, { sourceFile: 'x.txt', today: new Date('2026-01-01') });
  expect(draft.titleFrom).toBe('text');
  expect(raw.startsWith(draft.fields.title)).toBe(true);
  expect(draft.body.startsWith(draft.fields.title)).toBe(false);
});

it('reads a post whose app byline has an ISO date, and keeps its numbered section heads as headings', () => {
  const raw = [
    '链主引领 集群成势｜江津这条产业链“长”出新高度',
    '',
    '江津发布 2024-09-20 19:02',
    '',
    '点击蓝字 关注我们',
    '',
    '01',
    '链主企业带动',
    '',
    '在双福工业园，',
    '',
    '龙头企业的新生产线刚刚投产。',
  ].join('\n');
  const draft = importText(raw, { sourceFile: 'x.txt', today: new Date('2026-01-01') });
  expect(draft.shape).toBe('social');
  expect(draft.fields).toMatchObject({
    title: '链主引领 集群成势｜江津这条产业链“长”出新高度',
    date: '2024-09-20',
  });
  expect(draft.body).toContain('## 01链主企业带动\n\n在双福工业园，龙头企业的新生产线刚刚投产。\n');
});

it('sets apart a credited caption that a web page prints between paragraphs with no blank line', () => {
  const raw = [
    '江津：前三季度新增规上工业企业41家',
    '来源：江津日报 | 作者：记者 罗思远 | 发布时间：2024-10-30 08:45',
    '今年以来，江津区持续实施企业培育工程，前三季度新增规上工业企业41家，数量居全市前列。',
    '图为双福工业园一家新升规企业的生产车间。（记者 罗思远 摄）',
    '区经济信息委有关负责人介绍，新升规企业主要集中在装备制造、消费品两大行业。',
  ].join('\n');
  const draft = importText(raw, { sourceFile: 'x.txt', today: new Date('2026-01-01') });
  expect(draft.fields).toMatchObject({ date: '2024-10-30', issuer: '江津日报' });
  expect(draft.body).toContain(
    '<Caption credit="记者 罗思远 摄">图为双福工业园一家新升规企业的生产车间。</Caption>\n\n区经济信息委有关负责人介绍',
  );
});

it('takes the report year from the text when a January page reviews the year before, and says so', () => {
  const raw = [
    '江津工业经济2024年答卷出炉',
    '发布时间：2025-01-10 09:00 来源：江津区经济和信息化委员会',
    '2024年，江津区规上工业总产值突破2000亿元。2024年全区新增规上工业企业52家。',
  ].join('\n');
  const draft = importText(raw, { sourceFile: 'x.txt', today: new Date('2026-01-01') });
  expect(draft.fields).toMatchObject({ date: '2025-01-10', period: 2024 });
  expect([draft.dateFrom, draft.periodFrom]).toEqual(['page', 'text']);
  expect(draft.fields.dateNote).toBeUndefined();
});
