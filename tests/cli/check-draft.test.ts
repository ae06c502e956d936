import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/cli/project.ts';
import { makeProject, runTool } from './helpers.ts';

describe('what the editor tools read and write', () => {
  it('refuses to write MDX that would not compile, naming the line in both languages', () => {
    const mdx = '---\ntitle: 题\n---\n\n正文<Fact metric="x">1</Fac>。\n';
    expect(() => checkDraft(mdx, 'content/reports/x.mdx')).toThrow(
      /^content\/reports\/x\.mdx:5:\d+: MDX 语法错误：结束标签 <\/Fac> 与开始标签 <Fact> 不配对.*\(content\/reports\/x\.mdx:5:\d+: MDX syntax error: closing tag <\/Fac> does not match the open <Fact>/su,
    );
  });

  it('names the file and line of a registry whose JSON is broken', () => {
    const root = makeProject();
    mkdirSync(join(root, 'content/data'), { recursive: true });
    writeFileSync(join(root, 'content/data/metrics.json'), '{\n  "metrics": [\n    { "id": "a", }\n  ]\n}\n');
    const run = runTool('new-metric', [
      '--root',
      root,
      '--id',
      'x',
      '--name',
      '新',
      '--unit',
      '个',
      '--kind',
      'flow',
      '--definition',
      'd',
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^错误：content\/data\/metrics\.json:3(:\d+)?: JSON 语法有误/u);
    expect(run.stderr).toContain('(error: content/data/metrics.json:3');
  });
});
