/**
 * The command (dist/cli.js) keeps a V8 code cache of the program between runs (src/bin.ts): a run
 * after the first skips compiling it. What a user would notice: a cache that is wrong, unsafe or
 * damaged must never change a report, and one that V8 accepts must be used, not written again.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, withTempDir, writeTree } from './helpers.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const POST = '---\ntitle: Script\n---\n\n<script>x()</script>\n';

function run(cwd: string, cache: string, args: string[] = ['--format', 'json', '.'], env: Record<string, string> = {}) {
  const { NODE_DISABLE_COMPILE_CACHE: _, ...rest } = process.env;
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...rest, NODE_COMPILE_CACHE: cache, ...env } });
}

function cacheFiles(cache: string): string[] {
  try {
    return readdirSync(cache).map((name) => path.join(cache, name));
  } catch {
    return [];
  }
}

describe('the code cache of the command', () => {
  it('is written after a lint, then used as it is: same report, the file not written again', () => {
    withTempDir((directory) => {
      writeTree(directory, { 'site/.git/HEAD': '', 'site/a.md': POST });
      const cache = path.join(directory, 'cache');
      const first = run(path.join(directory, 'site'), cache);
      expect(first.status).toBe(1);
      const files = cacheFiles(cache);
      expect(files).toHaveLength(1);
      const [file] = files as [string];
      expect(path.basename(file)).toMatch(new RegExp(`^cli-\\d+\\.\\d+\\.\\d+\\S*-${process.version}-${process.arch}\\.v8$`));
      expect(readFileSync(file, 'latin1').split('\n')[0]).toMatch(/^content-lint \d+\.\d+\.\d+\S* [0-9a-f]{16} \d+ \d+$/);
      if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
      const written = readFileSync(file);
      const second = run(path.join(directory, 'site'), cache);
      expect(second.stdout).toBe(first.stdout);
      expect(second.status).toBe(1);
      // V8 accepted it: a rejected cache would have been replaced by new data.
      expect(readFileSync(file).equals(written)).toBe(true);
    });
  });

  it('is replaced when damaged or written by another build, and the report does not change', () => {
    withTempDir((directory) => {
      writeTree(directory, { 'site/.git/HEAD': '', 'site/a.md': POST });
      const cache = path.join(directory, 'cache');
      const expected = run(path.join(directory, 'site'), cache).stdout;
      const [file] = cacheFiles(cache) as [string];
      const header = readFileSync(file, 'latin1').split('\n')[0] as string;
      for (const damaged of [`${header}\n${'\u0000garbage'.repeat(1000)}`, `content-lint 0.0.0 1 1\n${readFileSync(file, 'latin1').slice(header.length + 1)}`, '']) {
        writeFileSync(file, damaged, { encoding: 'latin1', mode: 0o600 });
        const again = run(path.join(directory, 'site'), cache);
        expect(again.stdout).toBe(expected);
        expect(again.stderr).toBe('');
        expect(readFileSync(file, 'latin1').startsWith(`${header}\n`)).toBe(true);
        expect(readFileSync(file).length).toBeGreaterThan(100_000);
      }
    });
  });

  it.skipIf(process.platform === 'win32')('is not read when others may write it (it is code this process would run)', () => {
    withTempDir((directory) => {
      writeTree(directory, { 'site/.git/HEAD': '', 'site/a.md': POST });
      const cache = path.join(directory, 'cache');
      const expected = run(path.join(directory, 'site'), cache).stdout;
      const [file] = cacheFiles(cache) as [string];
      const written = readFileSync(file);
      chmodSync(file, 0o666);
      const again = run(path.join(directory, 'site'), cache);
      expect(again.stdout).toBe(expected);
      // Not used: a new cache replaced it, writable by this user only.
      expect(readFileSync(file).equals(written)).toBe(false);
      expect(statSync(file).mode & 0o077).toBe(0);
    });
  });

  it('is not written by a run that lints nothing, nor when NODE_DISABLE_COMPILE_CACHE is set', () => {
    withTempDir((directory) => {
      writeTree(directory, { 'site/.git/HEAD': '', 'site/a.md': POST });
      const cache = path.join(directory, 'cache');
      expect(run(directory, cache, ['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/);
      expect(cacheFiles(cache)).toEqual([]);
      const off = run(path.join(directory, 'site'), cache, ['--format', 'json', '.'], { NODE_DISABLE_COMPILE_CACHE: '1' });
      expect(off.status).toBe(1);
      expect(JSON.parse(off.stdout).files[0].findings[0].ruleId).toBe('no-script');
      expect(cacheFiles(cache)).toEqual([]);
    });
  });

  it('does not stop the command when its folder cannot be written', () => {
    withTempDir((directory) => {
      writeTree(directory, { 'site/.git/HEAD': '', 'site/a.md': POST, 'not-a-folder': 'x' });
      const result = run(path.join(directory, 'site'), path.join(directory, 'not-a-folder'));
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout).files[0].findings[0].ruleId).toBe('no-script');
    });
  });

  it('keeps the newest four cache files of its own, and removes leftovers of runs that died writing one', () => {
    withTempDir((directory) => {
      writeTree(directory, { 'site/.git/HEAD': '', 'site/a.md': POST });
      const cache = path.join(directory, 'cache');
      const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
      // Earlier versions' caches, the oldest first; a stale and a fresh temporary file; other files.
      const old = ['0.0.1', '0.0.2', '0.0.3', '0.0.4', '0.0.5'].map((version) => `cli-${version}-v18.0.0-x64.v8`);
      const others = ['notes.v8', 'cli-0.0.9-v18.0.0-x64.v8.txt', 'v22.0.0-x64-abc'];
      writeTree(cache, Object.fromEntries([...old, ...others, 'cli-0.0.6-v18.0.0-x64.v8.1.tmp', 'cli-0.0.7-v18.0.0-x64.v8.2.tmp'].map((name) => [name, 'x'])));
      old.forEach((name, index) => utimesSync(path.join(cache, name), hoursAgo(10 - index), hoursAgo(10 - index)));
      utimesSync(path.join(cache, 'cli-0.0.6-v18.0.0-x64.v8.1.tmp'), hoursAgo(2), hoursAgo(2));
      expect(run(path.join(directory, 'site'), cache).status).toBe(1);
      const left = cacheFiles(cache).map((file) => path.basename(file));
      const written = left.filter((name) => name.includes(process.version));
      expect(written).toHaveLength(1);
      expect(left.sort()).toEqual([...written, ...old.slice(2), ...others, 'cli-0.0.7-v18.0.0-x64.v8.2.tmp'].sort());
    });
  });
});
