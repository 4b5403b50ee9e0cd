/**
 * The Node API: the bundled module (dist/api.js, what `import 'content-lint'` loads) gives the
 * findings the CLI reports, and its hand-kept types (types/api.d.ts) match the implementation.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as Declared from '../types/api.js';
import * as implementation from '../src/api.js';
import { REPO_ROOT, runCliCaptured, withTempDir, writeTree } from './helpers.js';

// Checked by the type check (`npm run typecheck`): the declarations and the implementation agree, both ways.
const declared: { lint: typeof Declared.lint; lintText: typeof Declared.lintText } = implementation;
const implemented: { lint: typeof implementation.lint; lintText: typeof implementation.lintText } = declared;
const finding = (value: implementation.Finding): Declared.Finding => value;
const back = (value: Declared.Finding): implementation.Finding => value;
void [implemented, finding, back];

const api = (await import(pathToFileURL(path.join(REPO_ROOT, 'dist', 'api.js')).href)) as typeof Declared;

const SITE = {
  '.content-lint.yml': 'include: ["posts/**/*.md"]\n',
  'posts/a.md': '---\ntitle: A\ndate: 2024-02-30\n---\n\n<script>x()</script>\n\n<ins class="adsbygoogle" data-ad-client="ca-pub-1234567890123456"></ins>\n',
  'posts/b.md': '---\ntitle: B\n---\n\nHello.\n',
};

const positions = (findings: readonly Declared.Finding[]) => findings.map((item) => `${item.file}:${item.line}:${item.column} ${item.ruleId}`);

describe('the Node API', () => {
  it('lint() gives the findings the CLI reports, at the same places', async () => {
    await withTempDir(async (directory) => {
      writeTree(directory, SITE);
      const result = await api.lint({ cwd: directory });
      const cli = JSON.parse((await runCliCaptured(['--format', 'json', '--fail-on', 'never'], directory)).stdout) as { files: Array<{ file: string; findings: Declared.Finding[] }> };
      expect(result.files.map((file) => file.file)).toEqual(['posts/a.md', 'posts/b.md']);
      expect(positions(result.files.flatMap((file) => file.findings))).toEqual(positions(cli.files.flatMap((file) => file.findings.map((item) => ({ ...item, file: file.file })))));
      expect(result.errorCount).toBe(3);
      expect(positions(result.files[0]?.findings ?? [])).toEqual(['posts/a.md:3:7 date-valid', 'posts/a.md:6:1 no-script', 'posts/a.md:8:1 no-ad-embeds']);
    });
  });

  it('lintText() lints unsaved text as the file it names, with that file\'s config', async () => {
    await withTempDir(async (directory) => {
      writeTree(directory, { ...SITE, '.content-lint.yml': 'overrides:\n  - files: ["drafts/**"]\n    rules:\n      no-script: off\n' });
      const text = '---\ntitle: Draft\n---\n\n<script>x()</script>\n';
      expect(positions((await api.lintText(text, { cwd: directory, path: 'posts/new.md' })).findings)).toEqual(['posts/new.md:5:1 no-script']);
      expect((await api.lintText(text, { cwd: directory, path: 'drafts/new.md' })).findings).toEqual([]);
    });
  });
});
