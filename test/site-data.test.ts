/**
 * What the run gives rules about the site beyond its Markdown (#26): data files read as data (an
 * unreadable one described, never thrown), folder listings, whether the run covers the whole site,
 * and findings on files that are not Markdown (an unused image), named from the working directory.
 */
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../src/run/lint.js';
import { siteDataReader, siteFolderLister } from '../src/run/site-data.js';
import { withTempDir, writeTree } from './helpers.js';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('siteDataReader', () => {
  it('reads YAML, JSON and TOML as data, other files as text, and nothing outside the site', () => {
    withTempDir((directory) => {
      writeTree(directory, {
        'data/tags.yml': '- a\n- b\n',
        'data/tags.json': '["a"]',
        'data/tags.toml': "list = ['a']\n",
        'config.js': 'export default {}',
      });
      writeTree(path.dirname(directory), { [`${path.basename(directory)}-outside.yml`]: 'a: 1\n' });
      const read = siteDataReader(directory);
      expect(read('data/tags.yml')).toMatchObject({ kind: 'data', value: ['a', 'b'] });
      expect(read('/data/tags.json')).toMatchObject({ kind: 'data', value: ['a'] });
      expect(read('data/tags.toml')).toMatchObject({ kind: 'data', value: { list: ['a'] } });
      expect(read('config.js')).toEqual({ kind: 'text', text: 'export default {}' });
      expect(read('data/none.yml')).toEqual({ kind: 'missing' });
      expect(read('data')).toEqual({ kind: 'missing' });
      expect(read(`../${path.basename(directory)}-outside.yml`)).toEqual({ kind: 'missing' });
    });
  });

  it('follows no symbolic link, to a file or through a folder', () => {
    withTempDir((directory) => {
      writeTree(directory, { 'site/data/real.yml': '- a\n', 'secret.yml': 'token: x\n' });
      symlinkSync(path.join(directory, 'secret.yml'), path.join(directory, 'site', 'data', 'tags.yml'));
      symlinkSync(directory, path.join(directory, 'site', 'outside'));
      const read = siteDataReader(path.join(directory, 'site'));
      expect(read('data/real.yml').kind).toBe('data');
      expect(read('data/tags.yml')).toMatchObject({ kind: 'invalid', text: null });
      expect(read('outside/secret.yml')).toMatchObject({ kind: 'invalid', text: null });
      expect(siteFolderLister(path.join(directory, 'site'))('outside')).toEqual([]);
    });
  });

  it('describes a file that does not parse, with where, and never throws', () => {
    withTempDir((directory) => {
      writeTree(directory, {
        'a.yml': 'a: 1\na: 2\n',
        'b.json': '{\n  "a": 1,\n}',
        'c.toml': 'a = \n',
        // Aliases that expand a thousandfold: refused, not built (billion laughs).
        'd.yaml': 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
        'e.yml': 'x: !!js/function "f"\n',
      });
      const read = siteDataReader(directory);
      expect(read('a.yml')).toMatchObject({ kind: 'invalid', line: 2, column: 1 });
      expect(read('b.json')).toMatchObject({ kind: 'invalid', line: 3 });
      expect(read('c.toml')).toMatchObject({ kind: 'invalid', line: 2 });
      expect(read('d.yaml').kind).toBe('invalid');
      expect(read('e.yml').kind).toBe('invalid');
    });
  });
});

describe('siteFolderLister', () => {
  it('lists files under a folder, sorted, without dot-folders, node_modules or symbolic links', () => {
    withTempDir((directory) => {
      writeTree(directory, { 'static/b.png': PNG, 'static/a/c.png': PNG, 'static/.cache/x.png': PNG, 'static/node_modules/y.png': PNG, 'other.png': PNG });
      symlinkSync(path.join(directory, 'other.png'), path.join(directory, 'static', 'link.png'));
      const list = siteFolderLister(directory);
      expect(list('static')).toEqual(['static/a/c.png', 'static/b.png']);
      expect(list('.')).toContain('other.png');
      expect(list('missing')).toEqual([]);
      expect(list('../')).toEqual([]);
    });
  });
});

/** A small Hugo site with one unused image and one tag spelt two ways. */
function hugoSite(directory: string, rules: string): void {
  writeTree(directory, {
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.content-lint.yml': `rules:\n${rules}`,
    'hugo.toml': "baseURL = 'https://example.com/'\n",
    'content/posts/a.md': '---\ntitle: A\ndate: 2024-01-01\ntags: [JavaScript]\n---\n\n![x](/images/used.png)\n',
    'content/posts/b.md': '---\ntitle: B\ndate: 2024-01-02\ntags: [javascript]\n---\n\nText.\n',
    'static/images/used.png': PNG,
    'static/images/old.png': PNG,
  });
}

describe('image-orphaned', () => {
  it('reports an unused image in a whole run, by its path from the working directory', async () => {
    await withTempDir(async (directory) => {
      hugoSite(directory, '  image-orphaned: warning\n');
      const outcome = await lintPaths({ cwd: directory, patterns: [], workers: 0 });
      const image = outcome.result.files.find((file) => file.file === 'static/images/old.png');
      expect(image?.findings.map((finding) => [finding.ruleId, finding.line, finding.context])).toEqual([['image-orphaned', 1, '']]);
      expect(outcome.notices.filter((notice) => notice.startsWith('image-orphaned'))).toEqual([]);

      mkdirSync(path.join(directory, 'content', 'posts'), { recursive: true });
      const fromBelow = await lintPaths({ cwd: path.join(directory, 'content'), patterns: [], workers: 0 });
      expect(fromBelow.result.files.map((file) => file.file)).toContain('../static/images/old.png');
    });
  });

  it('is skipped, with a notice, when the run checks part of the site', async () => {
    await withTempDir(async (directory) => {
      hugoSite(directory, '  image-orphaned: warning\n');
      const some = await lintPaths({ cwd: directory, patterns: ['content/posts/a.md'], workers: 0 });
      expect(some.result.files.map((file) => file.file)).toEqual(['content/posts/a.md']);
      expect(some.notices.filter((notice) => notice.startsWith('image-orphaned'))).toHaveLength(1);
      const changed = await lintPaths({ cwd: directory, patterns: [], workers: 0, onlyFiles: new Set([path.join(directory, 'content/posts/b.md')]) });
      expect(changed.result.files.map((file) => file.file)).toEqual(['content/posts/b.md']);
    });
  });

  it('is off by default', async () => {
    await withTempDir(async (directory) => {
      hugoSite(directory, '  taxonomy-consistent: off\n');
      const outcome = await lintPaths({ cwd: directory, patterns: [], workers: 0 });
      expect(outcome.result.files.flatMap((file) => file.findings)).toEqual([]);
      expect(outcome.notices.filter((notice) => notice.startsWith('image-orphaned'))).toEqual([]);
    });
  });
});

describe('taxonomy-consistent in a pull request', () => {
  it('compares the changed post with the posts the run does not check', async () => {
    await withTempDir(async (directory) => {
      hugoSite(directory, '  taxonomy-consistent: warning\n');
      const outcome = await lintPaths({ cwd: directory, patterns: [], workers: 0, onlyFiles: new Set([path.join(directory, 'content/posts/b.md')]) });
      const findings = outcome.result.files.flatMap((file) => file.findings);
      expect(findings.map((finding) => [finding.file, finding.ruleId, finding.messageId, finding.related?.file])).toEqual([['content/posts/b.md', 'taxonomy-consistent', 'samePage', 'content/posts/a.md']]);
    });
  });
});

describe('an unreadable data file', () => {
  it('is an error on the data file, whatever the rule severity, and the posts are not checked against it', async () => {
    await withTempDir(async (directory) => {
      hugoSite(directory, '  taxonomy-known: warning\n  taxonomy-consistent: off\n');
      writeTree(directory, { 'data/tags.yaml': '- JavaScript\n- [unclosed\n' });
      const outcome = await lintPaths({ cwd: directory, patterns: [], workers: 0 });
      const findings = outcome.result.files.flatMap((file) => file.findings);
      expect(findings.map((finding) => [finding.file, finding.ruleId, finding.severity, finding.unchecked])).toEqual([['data/tags.yaml', 'taxonomy-known', 'error', true]]);
      expect(outcome.result.errorCount).toBe(1);
    });
  });
});
