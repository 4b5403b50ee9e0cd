/**
 * The spam set (test/spam-set/<kind>/, issue #24): realistic spam posts of every shape the spam
 * rules aim at, and honest posts that look like them. Each kind folder is a site of its own, linted
 * as a user would lint it. The floors are what a user would notice: spam posts that pass the gate,
 * honest posts that fail it. `node scripts/spam-recall.mjs` prints the same figures per kind.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';
import { lintPaths } from '../src/run/lint.js';
import { REPO_ROOT } from './helpers.js';

const SET = path.join(REPO_ROOT, 'test', 'spam-set');
const NOW = Date.parse('2026-11-28T00:00:00Z');
/** The rules that catch spam: the `spam` family, and `no-script` (scripts are how ads and pixels arrive). */
const SPAM_RULES = new Set(rules.filter((rule) => rule.meta.tags?.includes('spam') || rule.meta.id === 'no-script').map((rule) => rule.meta.id));
/** Of each spam kind, the share of posts that must fail with an error from a spam rule; of all of them together. */
const KIND_FLOOR = 0.75;
const TOTAL_FLOOR = 0.95;

const kinds = readdirSync(SET)
  .filter((name) => statSync(path.join(SET, name)).isDirectory())
  .sort()
  .map((name) => ({ name, expect: /^expect:\s*(spam|honest)\s*$/m.exec(readFileSync(path.join(SET, name, 'kind.yml'), 'utf8'))?.[1] }));

/** Rules that judge a post against the whole site (its other pages): not what the spam set is about. */
const SITE_LINK_RULES = new Set(['link-internal', 'link-anchor']);

const linted = new Map<string, ReturnType<typeof lint>>();
/** Each kind is linted once, whichever test asks first. */
function lintKind(name: string): ReturnType<typeof lint> {
  const promise = linted.get(name) ?? lint(name);
  linted.set(name, promise);
  return promise;
}

async function lint(name: string) {
  const { result } = await lintPaths({ cwd: path.join(SET, name), patterns: ['.'], now: NOW });
  return result.files.map((file) => ({
    file: file.file,
    spamErrors: file.findings.filter((finding) => finding.severity === 'error' && SPAM_RULES.has(finding.ruleId)),
    // A kind holds a few posts of a site, not the site: its links to the site's other pages lead nowhere here.
    errors: file.findings.filter((finding) => finding.severity === 'error' && !SITE_LINK_RULES.has(finding.ruleId)),
  }));
}

describe('the spam set', () => {
  it('has kinds of spam and of honest look-alikes, each saying what it expects', () => {
    expect(kinds.filter((kind) => !kind.expect)).toEqual([]);
    expect(kinds.filter((kind) => kind.expect === 'spam').length).toBeGreaterThanOrEqual(10);
    expect(kinds.filter((kind) => kind.expect === 'honest').length).toBeGreaterThanOrEqual(8);
  });

  for (const kind of kinds.filter((kind) => kind.expect === 'spam')) {
    it(`catches the ${kind.name} posts as errors`, async () => {
      const files = await lintKind(kind.name);
      const missed = files.filter((file) => file.spamErrors.length === 0).map((file) => file.file);
      expect(files.length).toBeGreaterThan(0);
      expect(missed.length, `missed: ${missed.join(', ')}`).toBeLessThanOrEqual(Math.floor(files.length * (1 - KIND_FLOOR)));
    }, 60_000);
  }
  it(`catches ${TOTAL_FLOOR * 100}% of all spam posts or more`, async () => {
    const files = (await Promise.all(kinds.filter((kind) => kind.expect === 'spam').map((kind) => lintKind(kind.name)))).flat();
    const posts = files.length;
    const caught = files.filter((file) => file.spamErrors.length > 0).length;
    expect(posts).toBeGreaterThanOrEqual(150);
    expect(caught / posts).toBeGreaterThanOrEqual(TOTAL_FLOOR);
  }, 120_000);

  for (const kind of kinds.filter((kind) => kind.expect === 'honest')) {
    it(`passes the honest ${kind.name} posts (no error from any rule)`, async () => {
      const files = await lintKind(kind.name);
      expect(files.length).toBeGreaterThan(0);
      expect(files.filter((file) => file.errors.length > 0).map((file) => `${file.file}: ${file.errors.map((error) => `${error.ruleId} ${error.message}`).join('; ')}`)).toEqual([]);
    }, 60_000);
  }
});
