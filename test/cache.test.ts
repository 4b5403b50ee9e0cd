/**
 * Big sites: the result cache (`--cache`), sharding (`--shard i/n`) and `content-lint merge`.
 * The bundled CLI is used where worker threads matter; the rest runs in-process.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inShard, lintPaths, parseShard } from '../src/run/lint.js';
import { readResultCache, REPO_ROOT, runCliCaptured, withTempDir, writeResultCache, writeTree } from './helpers.js';

const CACHE = '.content-lint-cache/results.json';
const NOW = ['--now', '2026-11-28T00:00:00Z'];

function site(directory: string): void {
  writeTree(directory, {
    '.content-lint.yml': 'images:\n  body: true\ncollections:\n  posts:\n    include: ["posts/**"]\n    unique: [slug]\n',
    'posts/ad.md': '---\ntitle: Ad\nslug: ad\n---\n\n<ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins>\n',
    'posts/image.md': '---\ntitle: Image\nslug: image\n---\n\n![Cover](../images/cover.png)\n',
    'posts/future.md': '---\ntitle: Future\nslug: future\ndate: 2026-12-25\n---\n\nText.\n',
    'posts/clean.md': '---\ntitle: Clean\nslug: clean\n---\n\nText.\n',
  });
}

function readCache(directory: string) {
  return readResultCache(path.join(directory, CACHE)) as {
    format: number;
    key: string;
    files: Record<string, { digest: string; findings: Array<{ ruleId: string; message: string }>; lookups: unknown[] }>;
  };
}

/** A run in this process over `directory` with the cache: its hits and misses, and its errors. */
async function cachedRun(directory: string): Promise<{ counts: number[]; errors: number }> {
  let counts: number[] = [];
  const { result } = await lintPaths({ cwd: directory, patterns: [], workers: 0, now: Date.parse(NOW[1] as string), cache: CACHE, onCache: (cache) => (counts = [cache.hits, cache.misses]) });
  return { counts, errors: result.errorCount };
}

describe('--cache', () => {
  it('reports from the cache exactly what a fresh run reports, and takes stored results for unchanged files', async () => {
    await withTempDir(async (directory) => {
      site(directory);
      const fresh = await runCliCaptured(['--format', 'json', ...NOW], directory);
      const first = await runCliCaptured(['--cache', '--format', 'json', ...NOW], directory);
      const second = await runCliCaptured(['--cache', '--format', 'json', ...NOW], directory);
      expect(first).toEqual(fresh);
      expect(second).toEqual(fresh);
      expect(JSON.parse(fresh.stdout).errorCount).toBe(3);

      const cache = readCache(directory);
      expect(Object.keys(cache.files)).toEqual(['posts/ad.md', 'posts/clean.md', 'posts/future.md', 'posts/image.md']);
      // The date rule reads the clock: it runs every time and is never stored.
      expect(cache.files['posts/future.md']?.findings).toEqual([]);
      expect(cache.files['posts/image.md']?.lookups).toEqual([
        ['images/cover.png', { found: false }],
        ['posts/images/cover.png', { found: false }],
      ]);

      // A stored result is used as stored: proof that the file was not checked again.
      cache.files['posts/ad.md']!.findings[0]!.message = 'from the cache';
      writeResultCache(path.join(directory, CACHE), cache, { rehash: true });
      expect((await runCliCaptured(['--cache', '--format', 'compact', ...NOW], directory)).stdout).toContain('posts/ad.md:6:1: error from the cache');
      // …until the file changes.
      writeFileSync(path.join(directory, 'posts/ad.md'), readFileSync(path.join(directory, 'posts/ad.md'), 'utf8').replace('Ad', 'An ad'));
      expect((await runCliCaptured(['--cache', '--format', 'compact', ...NOW], directory)).stdout).not.toContain('from the cache');
    });
  });

  it('keeps text past ASCII (accents, CJK, emoji) as written, in a cache file that is ASCII; a line stored as UTF-8 reads right too', async () => {
    await withTempDir(async (directory) => {
      writeTree(directory, {
        '.content-lint.yml': 'collections:\n  posts:\n    include: ["posts/**"]\n',
        'posts/café.md': '---\ntitle: Café à Tōkyō 東京 😀\ndate: hier — 昨日 😀\n---\n\n<ins class="adsbygoogle">Publicité — 広告 😀</ins>\n',
      });
      // JSON for the messages and file names, GitLab's for the lines quoted (its fingerprints hash them).
      for (const format of ['json', 'gitlab']) {
        const fresh = await runCliCaptured(['--format', format, ...NOW], directory);
        expect(await runCliCaptured(['--cache', '--format', format, ...NOW], directory)).toEqual(fresh);
        expect(await runCliCaptured(['--cache', '--format', format, ...NOW], directory)).toEqual(fresh);
        if (format === 'json') expect(fresh.stdout).toContain('Unexpected `hier — 昨日 😀` for `date`');
        rmSync(path.join(directory, CACHE));
      }
      await runCliCaptured(['--cache', ...NOW], directory);
      expect(readFileSync(path.join(directory, CACHE)).every((byte) => byte < 0x80)).toBe(true);

      // As the cache was written before it escaped text: read as UTF-8, and still a hit.
      const cache = readCache(directory);
      cache.files['posts/café.md']!.findings[0]!.message = 'depuis le cache — キャッシュ 😀';
      writeResultCache(path.join(directory, CACHE), cache, { rehash: true });
      expect((await runCliCaptured(['--cache', '--format', 'compact', ...NOW], directory)).stdout).toContain('depuis le cache — キャッシュ 😀');
    });
  });

  it('leaves the cache as it was when a run changed nothing, reporting the findings from it; a change writes it again, with every file', async () => {
    await withTempDir(async (directory) => {
      site(directory);
      const file = path.join(directory, CACHE);
      const cached = () => runCliCaptured(['--cache', '--format', 'json', ...NOW], directory);
      const fresh = await runCliCaptured(['--format', 'json', ...NOW], directory);
      await cached();
      const before = { bytes: readFileSync(file), inode: statSync(file).ino };
      // Every file a hit: the findings are read from the stored lines, and the file is not replaced.
      expect(await cached()).toEqual(fresh);
      expect(statSync(file).ino).toBe(before.inode);
      expect(readFileSync(file).equals(before.bytes)).toBe(true);
      // One post changed: a new cache, with the hits' lines copied over, and the same report as a fresh run.
      writeFileSync(path.join(directory, 'posts/clean.md'), '---\ntitle: Clean\nslug: clean\n---\n\n<script>x()</script>\n');
      const changed = await runCliCaptured(['--format', 'json', ...NOW], directory);
      expect(await cached()).toEqual(changed);
      expect(statSync(file).ino).not.toBe(before.inode);
      expect(Object.keys(readCache(directory).files).sort()).toEqual(['posts/ad.md', 'posts/clean.md', 'posts/future.md', 'posts/image.md']);
      expect(await cached()).toEqual(changed);
      // A post deleted: its line goes, so the cache is written again.
      const inode = statSync(file).ino;
      rmSync(path.join(directory, 'posts/future.md'));
      await cached();
      expect(statSync(file).ino).not.toBe(inode);
      expect(Object.keys(readCache(directory).files).sort()).toEqual(['posts/ad.md', 'posts/clean.md', 'posts/image.md']);
    });
  });

  it('reports stored results under the paths of the run that reads them: a warm run from a subfolder says what a fresh one there says', async () => {
    await withTempDir(async (directory) => {
      site(directory);
      const cache = ['--cache', '--cache-location', path.join(directory, CACHE)];
      await runCliCaptured([...cache, '--format', 'json', ...NOW], directory);
      const inside = path.join(directory, 'posts');
      const fresh = await runCliCaptured(['--format', 'json', ...NOW], inside);
      const warm = await runCliCaptured([...cache, '--format', 'json', ...NOW], inside);
      expect(warm).toEqual(fresh);
      expect(JSON.parse(warm.stdout).files.map((file: { file: string }) => file.file)).toContain('ad.md');
      // Taken from the cache (stored under `posts/ad.md`), reported as `ad.md`.
      const stored = readCache(directory);
      stored.files['posts/ad.md']!.findings[0]!.message = 'from the cache';
      writeResultCache(path.join(directory, CACHE), stored, { rehash: true });
      expect((await runCliCaptured([...cache, '--format', 'compact', ...NOW], inside)).stdout).toMatch(/^ad\.md:6:1: error from the cache/m);
    });
  });

  it('reads the index the cache ends with, not every line; a wrong index costs misses, never a wrong result', async () => {
    await withTempDir(async (directory) => {
      site(directory);
      const fresh = await runCliCaptured(['--format', 'json', ...NOW], directory);
      const run = async () => (await cachedRun(directory)).counts;
      expect(await run()).toEqual([0, 4]);
      const file = path.join(directory, CACHE);
      const bytes = readFileSync(file);
      const lines = bytes.toString('utf8').trimEnd().split('\n');
      const trailer = JSON.parse(lines.at(-1) as string) as { index: number };
      const index = bytes.subarray(trailer.index).toString('utf8').split('\n').slice(0, -2).map((line) => JSON.parse(line) as [string, string, number, number]);
      expect(index.map(([entryPath]) => entryPath).sort()).toEqual(['posts/ad.md', 'posts/clean.md', 'posts/future.md', 'posts/image.md']);
      for (const [entryPath, digest, at, length] of index) {
        expect(bytes.subarray(at, at + length).toString('utf8')).toMatch(new RegExp(`^\\{"path":${JSON.stringify(entryPath)},"digest":"${digest}".*\\t\\[.*\\]$`));
      }
      expect(await run()).toEqual([4, 0]);
      // Every place one byte off: each line is read and found not to be its file's.
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace(/^(\[.*,)(\d+),(\d+)\]$/gm, (_, start: string, at: string, length: string) => `${start}${Number(at) + 1},${length}]`));
      expect(await run()).toEqual([0, 4]);
      expect(await runCliCaptured(['--cache', '--format', 'json', ...NOW], directory)).toEqual(fresh);
      // An index that says it starts past the end: the lines are read one by one.
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\{"index":\d+\}\n$/, '{"index":99999999}\n'));
      expect(await run()).toEqual([4, 0]);
      // Places no line can be at (before the file, past the index, of any length): not believed, the lines are read one by one.
      for (const place of ['-5,10', '0,1000000000000000', '0.5,10']) {
        const indexed = readFileSync(file, 'utf8');
        writeFileSync(file, indexed.replace(/^(\["posts\/ad\.md",[^,]*,)\d+,\d+\]$/m, `$1${place}]`));
        expect(await run()).toEqual([4, 0]);
      }
    });
  });

  it('checks a file again when a site file it looked up appears, and when the clock moves', async () => {
    await withTempDir(async (directory) => {
      site(directory);
      const before = await runCliCaptured(['--cache', '--format', 'compact', ...NOW], directory);
      expect(before.stdout).toContain('posts/image.md:6:1: error');
      expect(before.stdout).toContain('posts/future.md:4:7: error');
      writeTree(directory, { 'images/cover.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) });
      const after = await runCliCaptured(['--cache', '--format', 'compact', '--now', '2027-01-01T00:00:00Z'], directory);
      expect(after.stdout).not.toContain('posts/image.md');
      expect(after.stdout).not.toContain('posts/future.md');
    });
  });

  it('starts afresh, and says so, when the config changed or the cache file is not one', async () => {
    await withTempDir(async (directory) => {
      site(directory);
      await runCliCaptured(['--cache', ...NOW], directory);
      const key = readCache(directory).key;
      writeFileSync(path.join(directory, '.content-lint.yml'), 'rules:\n  no-ad-embeds: warning\n', { flag: 'a' });
      const changed = await runCliCaptured(['--cache', '--format', 'json', ...NOW], directory);
      expect(changed.stderr).toBe(`content-lint: cache ${CACHE} not used: the config or the tool version changed; starting afresh\n`);
      expect(JSON.parse(changed.stdout)).toMatchObject({ errorCount: 2, warningCount: 1 });
      expect(readCache(directory).key).not.toBe(key);

      writeFileSync(path.join(directory, CACHE), '\u0000garbage');
      const garbage = await runCliCaptured(['--cache', '--format', 'json', ...NOW], directory);
      expect(garbage.stderr).toContain('not used: not a cache file (unreadable JSON)');
      expect(garbage.stdout).toBe(changed.stdout);
      // A damaged entry is a miss: the file is checked again, the run neither crashes nor loses a finding.
      const damaged = readCache(directory);
      const ad = damaged.files['posts/ad.md'] as unknown as Record<string, unknown>;
      ad.lookupz = ad.lookups;
      delete ad.lookups;
      // Findings that do not match their head's hash: taken away (the image's would be lost were they believed), or of the wrong shape.
      (damaged.files['posts/image.md'] as unknown as Record<string, unknown>).findings = [];
      (damaged.files['posts/clean.md'] as unknown as Record<string, unknown>).findings = {};
      writeResultCache(path.join(directory, CACHE), damaged);
      expect((await runCliCaptured(['--cache', '--format', 'json', ...NOW], directory)).stdout).toBe(changed.stdout);
      // A cache of the first format (one JSON document) is another version's.
      writeFileSync(path.join(directory, CACHE), JSON.stringify({ format: 1, key: 'k', files: {} }));
      expect((await runCliCaptured(['--cache', '--format', 'json', ...NOW], directory)).stderr).toContain('not used: written by another version');

      // --cache-location alone turns the cache on; deleted files leave the cache.
      rmSync(path.join(directory, 'posts/clean.md'));
      await runCliCaptured(['--cache-location', 'elsewhere/cache.json', ...NOW], directory);
      const elsewhere = readResultCache(path.join(directory, 'elsewhere/cache.json'));
      expect(Object.keys(elsewhere.files)).toEqual(['posts/ad.md', 'posts/future.md', 'posts/image.md']);
    });
  });

  it('gives the same results from worker threads, cold and warm', () => {
    withTempDir((directory) => {
      site(directory);
      for (let index = 0; index < 20; index++) writeTree(directory, { [`posts/p${index}.md`]: `---\ntitle: P${index}\nslug: p${index % 18}\n---\n\n<script>x()</script>\n` });
      const cli = (args: string[]) => spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), '--format', 'json', ...NOW, ...args], { cwd: directory, encoding: 'utf8' });
      const single = cli(['--workers', '0']);
      const cold = cli(['--workers', '2', '--cache']);
      const warm = cli(['--workers', '2', '--cache']);
      expect(cold.stderr).toBe('');
      expect(cold.stdout).toBe(single.stdout);
      expect(warm.stdout).toBe(single.stdout);
      expect(single.stdout).toContain('"ruleId": "front-matter-unique"');
      expect(Object.keys(readCache(directory).files)).toHaveLength(24);
    });
  });

  it('keeps the results of files checked on worker threads (remark-lint on: every file goes to them)', () => {
    withTempDir((directory) => {
      const files: Record<string, string> = { '.git/HEAD': '', '.content-lint.yml': 'remark:\n  presets: [recommended]\n' };
      for (let index = 0; index < 20; index++) files[`p${index}.md`] = `---\ntitle: P${index}\n---\n\n<script>x()</script>\n`;
      writeTree(directory, files);
      const cli = (args: string[]) => spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), '--format', 'json', ...NOW, ...args], { cwd: directory, encoding: 'utf8' });
      const cold = cli(['--workers', '2', '--cache']);
      expect(Object.keys(readCache(directory).files)).toHaveLength(20);
      const warm = cli(['--workers', '2', '--cache', '--timing']);
      expect(warm.stdout).toBe(cold.stdout);
      // Nothing checked again: no rule ran.
      expect(warm.stderr).not.toMatch(/^(?:no-script|remark-lint)\s/m);
    });
  });
});

describe('--cache and the link rules', () => {
  /** A Hexo site of 20 posts linking to each other (hexo-renderer-marked keeps a heading's case in its id): two broken links, one broken anchor. */
  function linkedSite(directory: string): void {
    const files: Record<string, string> = { '.git/HEAD': '', '_config.yml': 'url: https://trail.example.org\npermalink: :year/:month/:day/:title/\n', '.content-lint.yml': 'generator: hexo\n' };
    for (let index = 0; index < 20; index++) {
      const next = (index + 1) % 20;
      const target = index === 3 ? '/2024/01/01/no-such-post/' : index === 5 ? `/2024/01/${String(next + 1).padStart(2, '0')}/p${next}/#nowhere` : `/2024/01/${String(next + 1).padStart(2, '0')}/p${next}/#Part-two`;
      const tag = index === 7 ? '{% post_link p99 %}' : `{% post_link p${next} %}`;
      files[`source/_posts/p${index}.md`] = `---\ntitle: p${index}\ndate: 2024-01-${String(index + 1).padStart(2, '0')} 10:00:00\n---\n\n## Part two\n\nOn to [the next](${target}).\n\n${tag}\n`;
    }
    writeTree(directory, files);
  }

  it('keeps what the link rules read of each post with its results: a warm run parses no post and reports the same links', () => {
    withTempDir((directory) => {
      linkedSite(directory);
      const cli = (args: string[]) => spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), '--format', 'compact', ...NOW, ...args], { cwd: directory, encoding: 'utf8' });
      const single = cli(['--workers', '0']);
      expect(single.stdout.match(/ \[link-(?:internal|anchor)\]$/gm)).toHaveLength(3);
      expect(single.stdout).toContain('p3.md:8:7: error Unexpected link to `/2024/01/01/no-such-post/`');
      expect(single.stdout).toContain('p5.md:8:7: error Unexpected fragment `#nowhere`');
      expect(single.stdout).toContain('p7.md:10:1: error Unexpected `post_link` target `p99`');
      const cold = cli(['--workers', '2', '--cache']);
      expect(cold.stdout).toBe(single.stdout);
      const stored = readCache(directory).files['source/_posts/p5.md'] as unknown as { facts: { page: { links: Array<{ target: string }> }; anchors: string[] } };
      expect(stored.facts.anchors).toEqual(['Part-two']);
      expect(stored.facts.page.links.map((link) => link.target)).toEqual(['/2024/01/07/p6/#nowhere', 'p6']);
      const warm = cli(['--workers', '2', '--cache', '--timing']);
      expect(warm.stdout).toBe(single.stdout);
      // Nothing parsed again: the posts' links and headings came from the cache.
      expect(warm.stderr).not.toMatch(/^\((?:Markdown|link targets|Template tags)\)\s/m);
    });
  });

  it('applies a post\'s inline directives to the link findings of a warm run and of a worker, with every rule that reads the post again off', () => {
    withTempDir((directory) => {
      linkedSite(directory);
      // Without these, the main thread reads no post the cache or a worker has: the directive must come with the result.
      const rules = ['author-known', 'taxonomy-known', 'taxonomy-consistent', 'date-not-future', 'front-matter-unique'].map((id) => `  ${id}: off\n`).join('');
      writeTree(directory, {
        '.content-lint.yml': `generator: hexo\nremark:\n  presets: [recommended]\nrules:\n${rules}`,
        'source/_posts/p3.md': '---\ntitle: p3\ndate: 2024-01-04 10:00:00\n---\n\n<!-- content-lint-disable-next-line link-internal -->\nOn to [nowhere](/2024/01/01/no-such-post/).\n',
      });
      const cli = (args: string[]) => spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), '--format', 'compact', ...NOW, ...args], { cwd: directory, encoding: 'utf8' });
      const single = cli(['--workers', '0']);
      expect(single.stdout).toContain('p5.md:8:7: error Unexpected fragment `#nowhere`');
      expect(single.stdout).not.toContain('no-such-post');
      // remark-lint is heavy: every post goes to a worker.
      expect(cli(['--workers', '2']).stdout).toBe(single.stdout);
      expect(cli(['--workers', '2', '--cache']).stdout).toBe(single.stdout);
      expect(cli(['--workers', '2', '--cache']).stdout).toBe(single.stdout);
      expect(cli(['--workers', '0', '--cache']).stdout).toBe(single.stdout);
    });
  });

  it('takes a line whose head is damaged in any way for a miss: the post is checked again, its findings as fresh', async () => {
    await withTempDir(async (directory) => {
      const damages: Array<(head: Record<string, unknown>) => void> = [
        (head) => (head.errors = -1),
        (head) => (head.warnings = 1.5),
        (head) => (head.suppressed = '0'),
        (head) => (head.file = null),
        (head) => (head.check = 5),
        (head) => (head.facts = ['page']),
        (head) => (head.lookups = [['posts/x.md']]),
        (head) => (head.lookups = [['posts/x.md', { found: 'yes' }]]),
        (head) => (head.lookups = [['posts/x.md', { found: false, caseMismatch: 1 }]]),
        (head) => (head.lookups = { 0: ['posts/x.md', { found: false }] }),
      ];
      // One post more, left as it was: the only hit.
      const posts = Array.from({ length: damages.length + 1 }, (_, index) => `posts/p${index}.md`);
      writeTree(directory, Object.fromEntries(posts.map((post) => [post, `---\ntitle: ${post}\n---\n\n<script>x()</script>\n`])));
      const cold = await cachedRun(directory);
      expect(cold.errors).toBe(posts.length);
      const cache = readCache(directory);
      damages.forEach((damage, index) => damage(cache.files[posts[index] as string] as unknown as Record<string, unknown>));
      writeResultCache(path.join(directory, CACHE), cache);
      expect(await cachedRun(directory)).toEqual({ counts: [1, damages.length], errors: cold.errors });
    });
  });

  it('hits with the rules that gather facts off, and misses for facts only when those rules are on', async () => {
    await withTempDir(async (directory) => {
      site(directory);
      const run = async () => (await cachedRun(directory)).counts;
      const config = readFileSync(path.join(directory, '.content-lint.yml'), 'utf8');
      writeFileSync(path.join(directory, '.content-lint.yml'), `${config}rules:\n  link-internal: off\n  link-anchor: off\n`);
      expect(await run()).toEqual([0, 4]);
      // Stored without facts: nothing gathers them.
      expect(Object.values(readCache(directory).files).every((entry) => !('facts' in entry))).toBe(true);
      expect(await run()).toEqual([4, 0]);
    });
  });

  it('takes stored facts as data, checked: facts that do not fit are a miss, and the post is read again', () => {
    withTempDir((directory) => {
      linkedSite(directory);
      const cli = () => spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), '--format', 'compact', '--workers', '0', '--cache', ...NOW], { cwd: directory, encoding: 'utf8' });
      const first = cli();
      const cache = readCache(directory);
      const p5 = cache.files['source/_posts/p5.md'] as unknown as { facts: { anchors: unknown } };
      // Were it believed, the broken anchor would pass.
      p5.facts.anchors = 'nowhere';
      const p3 = cache.files['source/_posts/p3.md'] as unknown as { facts: { page: { links: unknown[] } } };
      p3.facts.page.links = [{ kind: 'script', target: 'x' }];
      writeResultCache(path.join(directory, CACHE), cache);
      const again = cli();
      expect(again.stderr).toBe('');
      expect(again.stdout).toBe(first.stdout);
    });
  });
});

describe('--shard and merge', () => {
  it('splits files stably by path, each file in exactly one shard', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', '1', 'a/b', '1/2/3']) expect(parseShard(bad)).toBeNull();
    const paths = Array.from({ length: 1000 }, (_, index) => `posts/${index}.md`);
    const sizes = [1, 2, 3, 4].map((index) => paths.filter((file) => inShard(file, { index, count: 4 })).length);
    expect(sizes.reduce((a, b) => a + b)).toBe(1000);
    for (const size of sizes) expect(size).toBeGreaterThan(200);
    // The same file, the same shard, whatever else is there.
    expect(inShard('posts/7.md', { index: 1, count: 4 })).toBe(inShard('posts/7.md', { index: 1, count: 4 }));
  });

  it('merges the shards into the report of one run, duplicates across shards included', async () => {
    await withTempDir(async (directory) => {
      site(directory);
      for (let index = 0; index < 12; index++) {
        writeTree(directory, { [`posts/p${index}.md`]: `---\ntitle: P${index}\nslug: ${index < 6 ? 'same' : `p${index}`}\n---\n\n${index % 3 ? 'Text.' : '<script>x()</script>'}\n` });
      }
      const whole = await runCliCaptured(['--format', 'json', ...NOW], directory);
      const shards = [];
      for (let index = 1; index <= 3; index++) {
        const shard = await runCliCaptured(['--shard', `${index}/3`, '--format', 'json', '-o', `shard-${index}.json`, ...NOW], directory);
        expect(shard.stderr).toBe('');
        shards.push(JSON.parse(readFileSync(path.join(directory, `shard-${index}.json`), 'utf8')).fileCount as number);
      }
      expect(shards.reduce((a, b) => a + b)).toBe(16);
      expect(shards.every((count) => count > 0)).toBe(true);
      const merged = await runCliCaptured(['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '--format', 'json'], directory);
      expect(merged.code).toBe(1);
      expect(merged.stdout).toBe(whole.stdout);
      expect(JSON.parse(whole.stdout).files.flatMap((file: { findings: Array<{ ruleId: string }> }) => file.findings.filter((finding) => finding.ruleId === 'front-matter-unique'))).toHaveLength(5);

      const sarif = await runCliCaptured(['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '--format', 'sarif'], directory);
      expect(JSON.parse(sarif.stdout).runs[0].results).toHaveLength(JSON.parse(whole.stdout).errorCount + JSON.parse(whole.stdout).warningCount);
      expect((await runCliCaptured(['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '--fail-on', 'never', '--format', 'markdown'], directory)).code).toBe(0);
    });
  });

  it('refuses overlapping shards, foreign files and bad arguments with a clear message', async () => {
    await withTempDir(async (directory) => {
      site(directory);
      await runCliCaptured(['--format', 'json', '-o', 'all.json', ...NOW], directory);
      writeTree(directory, { 'other.json': '{"reportVersion": 1, "tool": {"name": "eslint"}}', 'broken.json': '{' });
      expect(await runCliCaptured(['merge', 'all.json', 'all.json'], directory)).toMatchObject({
        code: 2,
        stderr: 'content-lint: all.json: `posts/ad.md` is also in all.json; expected each file in one shard (same config and `--shard i/n` count in every job)\n',
      });
      expect((await runCliCaptured(['merge', 'other.json'], directory)).stderr).toMatch(/^content-lint: other\.json: not a content-lint JSON report \(version 1\) at `tool\.name`/);
      expect((await runCliCaptured(['merge', 'broken.json'], directory)).stderr).toMatch(/^content-lint: broken\.json: not JSON/);
      expect((await runCliCaptured(['merge', 'missing.json'], directory)).stderr).toBe('content-lint: missing.json: not found; expected the JSON report of a shard job (download it first)\n');
      expect((await runCliCaptured(['merge'], directory)).code).toBe(2);
      expect((await runCliCaptured(['--shard', '3/2'], directory)).stderr).toContain('Unexpected --shard `3/2`, expected I/N with 1 ≤ I ≤ N');
    });
  });
});
