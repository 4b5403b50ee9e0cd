/**
 * The rules that finish the run (link-internal, link-anchor, image-reachable, image-orphaned) fail
 * closed as rules that check one file do: a rule that throws after the files is an error finding,
 * never a crash of the run, and a post cannot make one throw with a tag named like an object's key.
 */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { defineRule } from '../src/engine/rule.js';
import { lintPaths } from '../src/run/lint.js';
import { rules as builtIn } from '../src/rules/index.js';
import { withTempDir, writeTree } from './helpers.js';

const HEXO = {
  '_config.yml': 'url: https://trail.example.org\npermalink: :year/:month/:day/:title/\n',
  '.content-lint.yml': 'generator: hexo\n',
  'source/_posts/a.md': '---\ntitle: A\ndate: 2024-03-01 10:00:00\n---\n\n{% constructor b %} {% toString b %} {% __proto__ b %}\n\n[B](/2024/03/02/b/)\n',
  'source/_posts/b.md': '---\ntitle: B\ndate: 2024-03-02 10:00:00\n---\n\n## Day one\n',
};

describe('rules that finish the run', () => {
  it('take tags named `constructor`, `toString` or `__proto__` for what they are: not link tags', async () => {
    await withTempDir(async (workspace) => {
      writeTree(workspace, HEXO);
      const { result } = await lintPaths({ cwd: workspace, patterns: [], workers: 0, baseline: false });
      expect(result.files.flatMap((file) => file.findings.map((finding) => `${file.file} ${finding.ruleId}`))).toEqual([]);
    });
  });

  it('a rule that throws after the files is an error that fails the run, not a crash', async () => {
    const throwing = defineRule({
      meta: { id: 'throws-late', description: 'Throws in finish', rationale: 'A test.', tags: ['test'], defaultSeverity: 'error', options: z.strictObject({}).prefault({}), messages: {} },
      createState: () => null,
      check() {},
      async finish() {
        throw new Error('index out of step');
      },
    });
    await withTempDir(async (workspace) => {
      writeTree(workspace, HEXO);
      const { result } = await lintPaths({ cwd: workspace, patterns: [], workers: 0, baseline: false, rules: [...builtIn, throwing] });
      const crash = result.files.flatMap((file) => file.findings).filter((finding) => finding.ruleId === 'throws-late');
      expect(crash).toMatchObject([{ severity: 'error', unchecked: true, message: expect.stringContaining('failed after checking the files (index out of step)') }]);
      expect(result.errorCount).toBe(1);
    });
  });

  it('a rule whose collect or gather throws on a file says so on that file, as an error that fails the run', async () => {
    const meta = { description: 'Throws', rationale: 'A test.', tags: ['test'], defaultSeverity: 'error' as const, options: z.strictObject({}).prefault({}), messages: {} };
    const collecting = defineRule({
      meta: { ...meta, id: 'throws-collecting' },
      createState: () => null,
      collect: {
        schema: z.object({ x: z.number() }),
        read: ({ document }) => {
          if (document.projectPath.endsWith('a.md')) throw new Error('cannot read this');
          return { x: 1 };
        },
      },
    });
    const gathering = defineRule({
      meta: { ...meta, id: 'throws-gathering' },
      createState: () => null,
      collect: { schema: z.object({ y: z.number() }), read: () => ({ y: 1 }) },
      gather: ({ projectPath }) => {
        if (projectPath.endsWith('b.md')) throw new Error('cannot keep this');
      },
    });
    await withTempDir(async (workspace) => {
      writeTree(workspace, HEXO);
      const { result } = await lintPaths({ cwd: workspace, patterns: [], workers: 0, baseline: false, rules: [...builtIn, collecting, gathering] });
      const crashes = result.files.flatMap((file) => file.findings.filter((finding) => finding.ruleId.startsWith('throws-')).map((finding) => `${file.file} ${finding.ruleId} ${finding.severity} ${finding.unchecked} ${finding.message}`));
      expect(crashes).toEqual([
        'source/_posts/a.md throws-collecting error true Rule `throws-collecting` failed on this file (cannot read this); the file was not fully checked. Please report this bug',
        'source/_posts/b.md throws-gathering error true Rule `throws-gathering` failed on this file (cannot keep this); the file was not fully checked. Please report this bug',
      ]);
      expect(result.errorCount).toBe(2);
    });
  });
});
