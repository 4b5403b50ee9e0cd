/**
 * scripts/synthetic-site.mjs (issue #25), the generator of the synthetic spam sites the bench
 * measures: the same seed gives the same bytes, another seed other posts; spam posts have the shapes
 * of the seed post, and content-lint reports them (and passes the honest ones).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintPaths } from '../src/run/lint.js';
import { REPO_ROOT, withTempDir } from './helpers.js';

const SCRIPT = path.join(REPO_ROOT, 'scripts', 'synthetic-site.mjs');
const NOW = Date.parse('2026-11-28T00:00:00Z');
const POSTS = 20;
const SPAM_RULES = ['no-ad-embeds', 'no-affiliate-links', 'no-tracking-pixels', 'no-link-farms', 'no-ad-markers'];

function generate(out: string, seed: number): string {
  const run = spawnSync(process.execPath, [SCRIPT, '--posts', String(POSTS), '--out', out, '--seed', String(seed)], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

/** Every file of a site, by its path in the site. */
function siteFiles(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(folder, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else files.set(child, readFileSync(path.join(folder, child)));
    }
  };
  walk('.');
  return files;
}

const isSpam = (text: string) => text.includes('<!-- ads begin -->');

describe('synthetic-site.mjs', () => {
  let first: Map<string, Buffer>;
  let again: Map<string, Buffer>;
  let other: Map<string, Buffer>;
  let output = '';
  let lintResult: Awaited<ReturnType<typeof lintPaths>>['result'];

  beforeAll(async () => {
    await withTempDir(async (directory) => {
      output = generate(path.join(directory, 'a'), 1);
      generate(path.join(directory, 'b'), 1);
      generate(path.join(directory, 'c'), 2);
      first = siteFiles(path.join(directory, 'a'));
      again = siteFiles(path.join(directory, 'b'));
      other = siteFiles(path.join(directory, 'c'));
      ({ result: lintResult } = await lintPaths({ cwd: path.join(directory, 'a'), patterns: ['.'], now: NOW }));
    });
  }, 120_000);

  const posts = () => [...first].filter(([name]) => name.startsWith(path.join('source', '_posts'))).map(([name, bytes]) => ({ name, text: bytes.toString('utf8') }));

  it('writes a Hexo site of N posts and says how much it wrote', () => {
    expect(first.get('_config.yml')?.toString()).toMatch(/^url: https:\/\/spam-network\.example$/m);
    expect(posts()).toHaveLength(POSTS);
    const bytes = [...first.values()].reduce((sum, buffer) => sum + buffer.length, 0);
    expect(output).toContain(`${POSTS + 1} files`);
    expect(output).toContain(`${bytes} bytes`);
  });

  it('writes the same bytes for the same seed, other posts for another', () => {
    expect([...again.keys()]).toEqual([...first.keys()]);
    for (const [name, bytes] of first) expect(again.get(name)?.equals(bytes), name).toBe(true);
    const otherTexts = new Set([...other.values()].map((buffer) => buffer.toString('utf8')));
    expect(posts().filter((post) => otherTexts.has(post.text))).toEqual([]);
  });

  it('writes no two posts alike, about one in eight honest', () => {
    const bodies = posts().map((post) => post.text.slice(post.text.indexOf('\n---\n')));
    expect(new Set(bodies).size).toBe(POSTS);
    const honest = posts().filter((post) => !isSpam(post.text)).length;
    expect(honest).toBeGreaterThanOrEqual(2);
    expect(honest).toBeLessThanOrEqual(3);
  });

  it('shapes spam posts like the seed post', () => {
    const spam = posts().filter((post) => isSpam(post.text));
    expect(spam.length).toBeGreaterThanOrEqual(POSTS - 3);
    for (const { name, text } of spam) {
      const bytes = Buffer.byteLength(text);
      expect(bytes, name).toBeGreaterThanOrEqual(10_000);
      expect(bytes, name).toBeLessThanOrEqual(32_000);
      expect(text, name).toMatch(/^---\ntitle: .+\ndate: \d{4}-\d\d-\d\dT[\d:.]+Z\nupdated: \d{4}-\d\d-\d\dT[\d:.]+Z\ntags:\n(  - .+\n)+categories:\n  - .+\nthumbnail: https:\/\/.+\n---\n/);
      expect(text, name).toMatch(/^## /m);
      expect(text.match(/\]\(https:\/\/www\./g)?.length ?? 0, name).toBeGreaterThanOrEqual(10);
      // Ad blocks: AdSense unit and script between the markers.
      expect(text, name).toMatch(/<!-- ads begin -->\n(<script async src="https:\/\/pagead2\.googlesyndication\.com[^\n]*\n)?<ins class="adsbygoogle"[^\n]* data-ad-client="ca-pub-\d{16}"[^\n]*><\/ins>\n<script>[^]*?<\/script>\n<!-- ads end -->/);
      // Affiliate cards: Amazon links with a tag, a product image, a 1×1 pixel.
      expect(text, name).toMatch(/<a href="https:\/\/www\.amazon\.com\/dp\/B0\w{8}\?tag=[a-z]+-20/);
      expect(text, name).toMatch(/<img src="https:\/\/m\.media-amazon\.com\/images\//);
      expect(text, name).toMatch(/<img src="[^"]+" width="1" height="1"/);
      // "Also read": 8–12 links over made-up subdomains of one domain.
      const farm = /Also read:<\/span>\n<div><ul>\n([^]*?)<\/ul><\/div>\n$/.exec(text)?.[1] ?? '';
      const hosts = [...farm.matchAll(/<li><a href="https:\/\/([^/"]+)\//g)].map((match) => match[1] ?? '');
      expect(hosts.length, name).toBeGreaterThanOrEqual(8);
      expect(hosts.length, name).toBeLessThanOrEqual(12);
      expect(new Set(hosts.map((host) => host.split('.').slice(1).join('.'))).size, name).toBe(1);
      expect(new Set(hosts).size, name).toBeGreaterThanOrEqual(3);
    }
    // Tables, lists and images appear across the site (not in every post).
    const all = posts().map((post) => post.text).join('\n');
    expect(all).toMatch(/^\| --- \| ---: \| --- \|$/m);
    expect(all).toMatch(/^- /m);
    expect(all).toMatch(/!\[[^\]]+\]\(https:\/\/cdn\.|<img src="https:\/\/cdn\./);
  });

  it('writes honest posts of prose, a couple of links and a code block', () => {
    for (const { name, text } of posts().filter((post) => !isSpam(post.text))) {
      expect(text, name).toMatch(/^```\w+\n[^]+?\n```$/m);
      expect(text.match(/\]\(https:\/\//g)?.length, name).toBe(2);
      expect(text, name).not.toMatch(/<[a-z!]/);
    }
  });

  it('is reported by the spam rules on every spam post, and passes the honest posts', () => {
    expect(lintResult.files).toHaveLength(POSTS);
    for (const file of lintResult.files) {
      const text = posts().find((post) => post.name.split(path.sep).join('/') === file.file)?.text ?? '';
      expect(text, file.file).not.toBe('');
      const errors = file.findings.filter((finding) => finding.severity === 'error');
      if (isSpam(text)) {
        for (const rule of SPAM_RULES) expect(errors.some((finding) => finding.ruleId === rule), `${file.file}: ${rule}`).toBe(true);
      } else {
        expect(errors.map((finding) => `${finding.ruleId} ${finding.message}`), file.file).toEqual([]);
      }
    }
  });
});
