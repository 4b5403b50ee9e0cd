/**
 * The pre-commit hook (.pre-commit-hooks.yaml), run as pre-commit runs it: the package's `entry`
 * command with the names of the staged files that match `files` as arguments, in the repository.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT, withTempDir, writeTree } from './helpers.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  require_serial?: boolean;
}

const hooks = parse(readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };

describe('.pre-commit-hooks.yaml', () => {
  it('names a node hook whose entry is the package\'s command, for Markdown files', () => {
    expect(hooks.map((hook) => hook.id)).toEqual(['content-lint']);
    const [hook] = hooks as [Hook];
    expect(hook.language).toBe('node');
    expect(Object.keys(manifest.bin)).toContain(hook.entry);
    const files = new RegExp(hook.files);
    expect(['posts/a.md', 'docs/b.mdx', 'c.markdown'].filter((name) => files.test(name))).toHaveLength(3);
    expect(['a.mdown', 'notes.txt', 'md.js'].filter((name) => files.test(name))).toEqual([]);
  });

  it('fails the commit on a staged post with an ad, and passes a clean one, given the file names as pre-commit gives them', async () => {
    await withTempDir(async (directory) => {
      writeTree(directory, {
        'posts/ad.md': '---\ntitle: Ad\n---\n\n<ins class="adsbygoogle" data-ad-client="ca-pub-1234567890123456"></ins>\n',
        'posts/clean.md': '---\ntitle: Clean\n---\n\nHello.\n',
      });
      const [hook] = hooks as [Hook];
      const bin = path.join(REPO_ROOT, manifest.bin[hook.entry] as string);
      const run = (files: string[]) => spawnSync(process.execPath, [bin, ...files], { cwd: directory, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      const failing = run(['posts/ad.md', 'posts/clean.md']);
      expect(failing.status).toBe(1);
      expect(failing.stdout).toContain('posts/ad.md');
      expect(failing.stdout).toContain('no-ad-embeds');
      const passing = run(['posts/clean.md']);
      expect(passing.status).toBe(0);
    });
  });
});
