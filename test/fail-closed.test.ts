/**
 * The gate fails closed (issue 22): when content-lint cannot check something — a file too large,
 * too deep, too slow, unreadable, a rule that throws — the run says so with an error that survives
 * every filter mode, inline directive, baseline and output, and fails. Each case as an attacker or a
 * careless author would meet it, through the bundled CLI where it can be, with the property behind it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILTER_MODES, filterFindings, rankFindings } from '../src/action/filter.js';
import type { Changes } from '../src/action/changes.js';
import { lintText } from '../src/run/lint.js';
import { MAX_FINDINGS_PER_RULE } from '../src/engine/check.js';
import { summarize } from '../src/engine/results.js';
import { loadMdx } from '../src/markdown/mdx.js';
import { defineRule } from '../src/engine/rule.js';
import type { Finding } from '../src/engine/types.js';
import { REPORTER_NAMES } from '../src/reporters/index.js';
import { rules } from '../src/rules/index.js';
import { z } from 'zod';
import { readResultCache, REPO_ROOT, runCliCaptured, withTempDir, writeResultCache, writeTree } from './helpers.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

/** The bundled command, as a user runs it, with its wall time. */
function runBundled(args: string[], cwd: string, options: { env?: Record<string, string>; nodeArgs?: string[]; timeout?: number } = {}) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, error: run.error, seconds: (performance.now() - started) / 1000 };
}

/** git in a folder, with an author for commits. */
function gitIn(directory: string) {
  return (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: directory });
}

const SCRIPT = '<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>';

describe('findings that a file was not checked survive every filter mode', () => {
  // Every kind of "not (fully) checked" finding there is: each rule's declared ones, and a crash.
  const kinds = [...rules.flatMap((rule) => (rule.meta.unchecked ?? []).map((messageId) => ({ ruleId: rule.meta.id, messageId }))), { ruleId: 'no-script', messageId: 'crash' }];

  it('declares the kinds a reader of the rules would expect', () => {
    expect(kinds.map((kind) => `${kind.ruleId}/${kind.messageId}`)).toEqual(
      expect.arrayContaining(['file-access/tooLarge', 'file-access/tooComplex', 'file-access/unreadable', 'file-access/symlink', 'file-encoding/binary', 'front-matter-syntax/tooLarge', 'front-matter-fence/language']),
    );
  });

  it('keeps them, ranked first, under every mode and whatever lines the pull request changed (property)', () => {
    const lines = fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 10 });
    fc.assert(
      fc.property(fc.constantFrom(...FILTER_MODES), fc.constantFrom(...kinds), fc.integer({ min: 1, max: 40 }), lines, lines, fc.boolean(), (mode, kind, line, added, context, listed) => {
        const unchecked: Finding = { ...kind, severity: 'error', message: 'not checked', data: {}, file: 'posts/a.md', line, column: 1, endLine: line, endColumn: 1, unchecked: true };
        const other: Finding = { ...unchecked, ruleId: 'no-script', messageId: 'inline', line: 41, endLine: 41, unchecked: undefined };
        const changes: Changes = {
          source: 'api',
          base: null,
          // The file may even be missing from the changes (renamed, listed by another tool).
          files: listed ? [{ path: 'posts/a.md', added: new Set(added), context: new Set([...added, ...context]) }] : [],
        } as unknown as Changes;
        const result = summarize([{ file: 'posts/a.md', findings: [unchecked, other], suppressed: 0 }]);
        const filtered = filterFindings(result, changes, mode, (file) => file).result;
        expect(filtered.files[0]?.findings).toContain(unchecked);
        expect(filtered.errorCount).toBeGreaterThanOrEqual(1);
        expect(rankFindings(filtered, changes, (file) => file)[0]).toBe(unchecked);
      }),
      { numRuns: 500, seed: 20261205 },
    );
  });
});

/** A rule that throws on every file: what a bug, or an input no one foresaw, does to a rule. */
const throwing = defineRule({
  meta: { id: 'always-throws', description: 'Throws', rationale: 'Test only', tags: ['test'], defaultSeverity: 'warning', options: z.strictObject({}).default({}), messages: { never: 'never' } },
  check() {
    throw new RangeError('Maximum call stack size exceeded');
  },
});

describe('a rule that throws', () => {
  it('gives an error and exit 1 in every output format, --quiet included, past inline directives and the baseline', async () => {
    await withTempDir(async (directory) => {
      mkdirSync(path.join(directory, '.git'));
      writeTree(directory, { 'posts/a.md': '---\ntitle: A\n---\n\n<!-- content-lint-disable -->\n\nHello.\n' });
      const registry = [...rules, throwing];
      const cli = async (args: string[]) => {
        const { runCli } = await import('../src/cli/main.js');
        let stdout = '';
        const code = await runCli(args, { cwd: directory, env: {}, rules: registry, stdout: { write: (text) => void (stdout += text) }, stderr: { write: () => undefined } });
        return { code, stdout };
      };
      for (const format of REPORTER_NAMES) {
        for (const quiet of [[], ['--quiet']]) {
          const run = await cli(['--format', format, ...quiet]);
          expect(run.code, `${format} ${quiet.join('')}`).toBe(1);
          expect(run.stdout, format).toContain('always-throws');
          expect(run.stdout, format).toMatch(/failed on this file|Maximum call stack size exceeded/);
        }
      }
      // The severity configured is `warning`, and a baseline records it: it is still an error that fails.
      expect((await cli(['--write-baseline'])).code).toBe(0);
      const json = JSON.parse((await cli(['--format', 'json'])).stdout);
      expect(json.errorCount).toBe(1);
      expect(json.files[0].findings).toMatchObject([{ ruleId: 'always-throws', messageId: 'crash', severity: 'error', unchecked: true }]);
      expect(readFileSync(path.join(directory, '.content-lint-baseline.json'), 'utf8')).not.toContain('always-throws');
    });
  });
});

/** 50,000 levels of each kind of nesting a post can have, around an ad script. */
const DEPTH = 50_000;
const NESTINGS: Record<string, { text: string; mdx?: boolean }> = {
  'html-divs': { text: `${'<div>'.repeat(DEPTH)}${SCRIPT}${'</div>'.repeat(DEPTH)}` },
  'html-divs-lines': { text: `${'<div>\n'.repeat(DEPTH)}${SCRIPT}\n${'</div>\n'.repeat(DEPTH)}` },
  'inline-spans': { text: `Text ${'<span>'.repeat(DEPTH)}${SCRIPT}${'</span>'.repeat(DEPTH)} text` },
  'jsx-divs': { text: `${'<div>'.repeat(DEPTH)}${SCRIPT.replace('async ', '')}${'</div>'.repeat(DEPTH)}`, mdx: true },
  'jsx-divs-lines': { text: `${'<div>\n'.repeat(DEPTH)}\n${SCRIPT.replace('async ', '')}\n\n${'</div>\n'.repeat(DEPTH)}`, mdx: true },
  'block-quotes': { text: `${'> '.repeat(DEPTH)}${SCRIPT}` },
  'lists': { text: `${'- '.repeat(DEPTH)}${SCRIPT}` },
  'brackets': { text: `${'['.repeat(DEPTH)}[ad](https://amzn.to/x)${']'.repeat(DEPTH)}` },
  'images-in-images': { text: `${'![a '.repeat(DEPTH)}x${'](https://example.com/i.png)'.repeat(DEPTH)}` },
  'emphasis': { text: `${'*a '.repeat(DEPTH)}[ad](https://amzn.to/x)${' a*'.repeat(DEPTH)}` },
  'expressions': { text: `{${'('.repeat(DEPTH)}1${')'.repeat(DEPTH)}}\n\n${SCRIPT.replace('async ', '')}`, mdx: true },
};

describe('deep nesting', () => {
  it('no rule fails on 50,000 levels of any nesting, in .md and .mdx: each file is checked or says it was not', async () => {
    await loadMdx();
    for (const [name, { text, mdx }] of Object.entries(NESTINGS)) {
      for (const extension of mdx ? ['.mdx'] : ['.md', '.mdx']) {
        // Every rule, each with its own try: a rule that overflowed the stack would give `crash`.
        // (micromark, which reads deep quotes and lists, is slow on them: stopped at the budget.)
        const findings = lintText(`---\ntitle: Deep\n---\n\n${text}\n`, { path: `${name}${extension}`, timeBudgetMs: 2000 }).findings;
        const said = findings.map((finding) => `${finding.ruleId}/${finding.messageId}`);
        expect(said.filter((id) => id.endsWith('/crash')), `${name}${extension}`).toEqual([]);
        // Checked (the script or the affiliate link is found), or reported as not checked: never a quiet pass.
        expect(said.some((id) => /^(?:no-script|no-ad-embeds|no-affiliate-links|file-access\/tooComplex|mdx-syntax)/.test(id)) || name === 'images-in-images', `${name}${extension}: ${said.join(', ')}`).toBe(true);
      }
    }
  }, 120_000);

  it('the bundled command reports the script inside 50,000 nested elements, in .md and in .mdx', () => {
    withTempDir((directory) => {
      writeTree(directory, { 'deep.md': `---\ntitle: Deep\n---\n\n${NESTINGS['html-divs']?.text}\n`, 'deep.mdx': `---\ntitle: Deep\n---\n\n${NESTINGS['jsx-divs']?.text}\n` });
      const run = runBundled(['--format', 'compact'], directory);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^deep\.md:5:\d+: error .* \[no-script\]$/m);
      expect(run.stdout).toMatch(/^deep\.mdx:5:\d+: error .* \[no-script\]$/m);
      expect(run.stdout).not.toContain('failed on this file');
    });
  });
});

describe('the time budget holds on every thread', () => {
  it('stops a slow file on the main thread (a JSON Schema pattern that backtracks) and checks the rest', () => {
    withTempDir((directory) => {
      mkdirSync(path.join(directory, '.git'));
      writeTree(directory, {
        '.content-lint.yml': 'collections:\n  posts:\n    include: ["posts/**"]\n    schema: post.schema.json\n',
        'post.schema.json': JSON.stringify({ type: 'object', properties: { title: { type: 'string' }, slug: { type: 'string', pattern: '^([a-z0-9]+-?)+$' } } }),
        'posts/a-slow.md': '---\ntitle: Slow\nslug: how-to-fix-windows-update-error-0x80070002-in-windows-11_\n---\n\nText.\n',
        'posts/b-script.md': `---\ntitle: Script\n---\n\n${SCRIPT}\n`,
      });
      const run = runBundled(['--format', 'compact', '--file-timeout', '1'], directory);
      expect(run.stdout).toContain('posts/a-slow.md:1:1: error File too complex to check (over the time budget of 1 s)');
      expect(run.stdout).toMatch(/^posts\/b-script\.md:5:1: error .*\[no-script\]$/m);
      expect(run.code).toBe(1);
      // The budget, and start-up: not the minutes the pattern would take.
      expect(run.seconds).toBeLessThan(1 + 1.5);
    });
  });

  it('stops micromark on the main thread too (--workers 0, and --changed-since, which run there)', () => {
    withTempDir((directory) => {
      const git = gitIn(directory);
      git('init', '-q');
      writeTree(directory, { 'a.md': 'Fine.\n' });
      git('add', '.');
      git('commit', '-qm', 'start');
      // micromark takes minutes on these (the fast reader leaves deep lists to it).
      writeTree(directory, { 'lists.md': `${'- '.repeat(2000)}x${'\n'.repeat(2000)}` });
      for (const args of [['--workers', '0'], ['--changed-since', 'HEAD']]) {
        const run = runBundled(['--format', 'compact', '--file-timeout', '1', ...args], directory);
        expect(run.stdout, args.join(' ')).toContain('lists.md:1:1: error File too complex to check (over the time budget of 1 s)');
        expect(run.code).toBe(1);
        expect(run.seconds).toBeLessThan(1 + 1.5);
      }
    });
  });

  it('no file of the hostile suite takes more than its budget and a second, wherever it is checked', () => {
    withTempDir((directory) => {
      const hostile: Record<string, string> = {
        // 49,000 marker comments (no-ad-markers was quadratic: 65 s).
        'markers.md': '<!-- ads begin -->\n'.repeat(49_000),
        // A 550 KB MDX import (acorn declares names in quadratic time; micromark's ESM reading too).
        'import.mdx': `import {${Array.from({ length: 70_000 }, (_, index) => `a${index}`).join(', ')}} from "x"\n\n${SCRIPT.replace('async ', '')}\n`,
        'imports.mdx': `${Array.from({ length: 30_000 }, (_, index) => `import a${index} from "x"`).join('\n\n')}\n`,
        'quotes.md': `${'> '.repeat(50_000)}a\n`,
        'lists.md': `${'- '.repeat(2000)}x${'\n'.repeat(2000)}`,
      };
      writeTree(directory, hostile);
      for (const [name, workers] of Object.keys(hostile).flatMap((file) => [[file, '1'], [file, '0']] as const)) {
        const run = runBundled(['--format', 'compact', '--file-timeout', '2', '--workers', workers, name], directory);
        expect(run.error, name).toBeUndefined();
        expect(run.code, `${name}: ${run.stderr}`).toBe(1);
        // Budget, plus a second, plus start-up (and a worker's, ~0.4 s).
        expect(run.seconds, `${name} with --workers ${workers}`).toBeLessThan(2 + 1 + 1);
      }
    });
  }, 120_000);
});

describe('findings on one line', () => {
  it('50,000 affiliate links on one line: seconds, a bounded heap, at most 500 listed and the rest counted', () => {
    withTempDir((directory) => {
      writeTree(directory, {
        '.content-lint.yml': 'maxFileSize: 4000000\n',
        'links.md': `${Array.from({ length: 50_000 }, (_, index) => `https://amzn.to/${index}`).join(' ')}\n`,
      });
      // The heap is capped at 200 MB: 10,000 such links took 2.3 GB before.
      const run = runBundled(['--format', 'json', '--workers', '0'], directory, { nodeArgs: ['--max-old-space-size=200'] });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      const findings = JSON.parse(run.stdout).files[0].findings as Finding[];
      const affiliate = findings.filter((finding) => finding.ruleId === 'no-affiliate-links');
      expect(affiliate).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
      expect(affiliate.find((finding) => finding.messageId === 'tooMany')).toMatchObject({ severity: 'error', line: 1, endLine: 1, data: { count: 50_000 - MAX_FINDINGS_PER_RULE } });
      expect(run.seconds).toBeLessThan(30);
    });
  });
});

/** Lines a CI runner would take for a command: `::` at the start (after spaces and colour codes), or `##[`, `##vso[`, `##teamcity[` anywhere. */
function commandLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => /^\s*::/u.test(line.replace(/\u001b\[[0-9;]*m/g, '')) || /##(?:vso|teamcity)?\[/i.test(line));
}

const PIECES = ['\n', '\r', '\r\n', ':', '::', ',', '%', '%0A', '\u2028', ' ', '\t', '##[', '##vso[', 'error', 'add-mask', 'file=', '::error::', '::warning file=a.md::', 'a', 'é', '`', '\u001b[31m'];
const hostile = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 16 }).map((parts) => parts.join(''));

describe('no output of the CLI is a runner command', () => {
  it('in every format and on stderr, whatever file names and messages hold (property, through `merge`)', async () => {
    await withTempDir(async (directory) => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.record({ file: hostile, message: hostile, severity: fc.constantFrom('error' as const, 'warning' as const) }), { minLength: 1, maxLength: 6 }), fc.constantFrom(...REPORTER_NAMES), async (drawn, format) => {
          const files = drawn.map(({ file, message, severity }, index) => ({
            file: `${file}${index}.md`,
            suppressed: 0,
            findings: [{ ruleId: 'no-script', severity, messageId: 'inline', message, data: { url: message }, line: 1, column: 1, endLine: 1, endColumn: 2 }],
          }));
          writeFileSync(path.join(directory, 'report.json'), JSON.stringify({ reportVersion: 1, tool: { name: 'content-lint', version: '0.1.0' }, files }));
          const run = await runCliCaptured(['merge', 'report.json', '--format', format, '--color'], directory);
          const commands = commandLines(run.stdout + run.stderr);
          if (format !== 'github') {
            expect(commands).toEqual([]);
            return;
          }
          // The github format issues exactly one annotation per finding, for that finding's file.
          expect(commands).toHaveLength(files.length);
          for (const [index, command] of commands.entries()) {
            const match = /^::(error|warning) title=content-lint%3A no-script,file=([^,:]*),line=1,endLine=1,col=1,endColumn=2::[^\n\r]*$/.exec(command);
            expect(match, command).not.toBeNull();
            const named = decodeURIComponent((match?.[2] ?? '').replace(/%(?![0-9A-F]{2})/g, '%25'));
            expect(files.map((file) => file.file)).toContain(named);
            expect(index).toBeLessThan(files.length);
          }
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: 20261205 },
      );
    });
  });

  it('the bundled command, in a GitHub job, prints hostile file names inertly in every format', () => {
    withTempDir((directory) => {
      writeTree(directory, {
        '::error file=README.md,line=1::forged annotation.md': `${SCRIPT}\n`,
        '##[error]x.md': `${SCRIPT}\n`,
        'a\n::warning::b.md': `${SCRIPT}\n`,
      });
      for (const format of REPORTER_NAMES) {
        const run = runBundled(['--format', format], directory, { env: { GITHUB_ACTIONS: 'true' } });
        expect(run.code, format).toBe(1);
        const commands = commandLines(run.stdout + run.stderr);
        if (format === 'github') {
          // Its own annotations, one per finding (a script and an ad unit in each of the three files), and nothing else.
          expect(commands).toHaveLength(6);
          for (const line of commands) expect(line).toMatch(/^::error title=content-lint%3A [a-z-]+,file=[^,:]+,line=1,endLine=1,col=1,endColumn=\d+::[^\r\n]+$/);
        } else expect(commands, format).toEqual([]);
      }
      // Errors that name files are inert too.
      const missing = runBundled(['::error::gone.md'], directory);
      expect(missing.code).toBe(2);
      expect(commandLines(missing.stderr)).toEqual([]);
    });
  });
});

describe('remark-lint plugins', () => {
  it('load only with --allow-plugins, and then with the code cache in use too', () => {
    withTempDir((directory) => {
      mkdirSync(path.join(directory, '.git'));
      writeTree(directory, {
        'node_modules/remark-lint-no-foo/package.json': '{"name": "remark-lint-no-foo", "type": "module", "main": "index.js"}',
        'node_modules/remark-lint-no-foo/index.js':
          "export default function remarkLintNoFoo() {\n  return (tree, file) => {\n    const message = file.message('Unexpected `foo`', { place: tree.children.at(-1).position, ruleId: 'no-foo', source: 'remark-lint' });\n    message.fatal = false;\n  };\n}\n",
        '.content-lint.yml': 'remark:\n  plugins: [remark-lint-no-foo]\n',
        'a.md': '# A\n\nfoo\n',
      });
      const env = { NODE_COMPILE_CACHE: path.join(directory, 'cache') };
      const refused = runBundled(['--format', 'compact'], directory, { env });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('pass `--allow-plugins`');
      // The first run writes the code cache, the second compiles from it: both import the plugin.
      for (const round of [1, 2]) {
        const run = runBundled(['--format', 'compact', '--allow-plugins'], directory, { env });
        expect(run.stdout, `round ${round}: ${run.stderr}`).toBe('a.md:3:1: warning Unexpected `foo` [remark-lint:no-foo]\n');
      }
    });
  });
});

describe('files a pull request hides', () => {
  it('a post committed and listed in .gitignore in the same change is still checked; an untracked ignored one is not', () => {
    withTempDir((directory) => {
      const git = gitIn(directory);
      git('init', '-q');
      writeTree(directory, { '.gitignore': 'spam.md\nhidden/\ndraft.md\n', 'posts/spam.md': `${SCRIPT}\n`, 'posts/hidden/more.md': `${SCRIPT}\n`, 'posts/ok.md': 'Fine.\n' });
      git('add', '.');
      git('add', '-f', 'posts/spam.md', 'posts/hidden/more.md');
      git('commit', '-qm', 'hide');
      writeTree(directory, { 'posts/draft.md': `${SCRIPT}\n` });
      const run = runBundled(['--format', 'compact'], directory);
      expect(run.stdout).toMatch(/^posts\/spam\.md:1:1: error .*\[no-script\]$/m);
      expect(run.stdout).toMatch(/^posts\/hidden\/more\.md:1:1: error .*\[no-script\]$/m);
      // Untracked and ignored: the generator's build does not see it in CI either.
      expect(run.stdout).not.toContain('draft.md');
    });
  });
});

describe('files the selection used to pass over', () => {
  it('posts in a nested public/ folder, and with .MD, .mkd or .mdown names, are checked', () => {
    withTempDir((directory) => {
      mkdirSync(path.join(directory, '.git'));
      writeTree(directory, {
        'content/public/post.md': `${SCRIPT}\n`,
        '_posts/2024-01-01-upper.MD': `${SCRIPT}\n`,
        '_posts/2024-01-02-short.mkd': `${SCRIPT}\n`,
        '_posts/2024-01-03-old.mdown': `${SCRIPT}\n`,
        // The build output at the root is still left out.
        'public/index.md': `${SCRIPT}\n`,
      });
      const run = runBundled(['--format', 'compact'], directory);
      const files = [...new Set(run.stdout.trim().split('\n').map((line) => line.split(':')[0]))];
      expect(files).toEqual(['_posts/2024-01-01-upper.MD', '_posts/2024-01-02-short.mkd', '_posts/2024-01-03-old.mdown', 'content/public/post.md']);
    });
  });

  it('a folder whose name is not valid UTF-8 is reported, in a whole run and as a change', () => {
    withTempDir((directory) => {
      const git = gitIn(directory);
      git('init', '-q');
      writeTree(directory, { 'posts/ok.md': 'Fine.\n' });
      git('add', '.');
      git('commit', '-qm', 'base');
      const folder = Buffer.concat([Buffer.from(`${directory}/posts/`), Buffer.from([0xff])]);
      mkdirSync(folder);
      writeFileSync(Buffer.concat([folder, Buffer.from('/spam.md')]), `${SCRIPT}\n`);
      git('add', '.');
      git('commit', '-qm', 'spam');
      for (const args of [[], ['--changed-since', 'HEAD~1']]) {
        const run = runBundled(['--format', 'compact', ...args], directory);
        expect(run.code, args.join(' ')).toBe(1);
        expect(run.stdout, args.join(' ')).toMatch(/^posts\/\uFFFD.*: error File could not be read: ENOENT \[file-access\]$/m);
      }
    });
  });

  it('a results cache committed to the repository is not believed', () => {
    withTempDir((directory) => {
      const git = gitIn(directory);
      git('init', '-q');
      writeTree(directory, { 'posts/spam.md': 'Clean for now.\n' });
      expect(runBundled(['--cache'], directory).code).toBe(0);
      // The pull request's post, and a cache that says its bytes have no findings.
      writeTree(directory, { 'posts/spam.md': `${SCRIPT}\n` });
      const cacheFile = path.join(directory, '.content-lint-cache', 'results.json');
      const cache = readResultCache(cacheFile);
      const digest = createHash('sha1').update(readFileSync(path.join(directory, 'posts/spam.md'))).digest('base64url');
      for (const entry of Object.values(cache.files) as Array<{ digest: string; findings: unknown[] }>) Object.assign(entry, { digest, findings: [] });
      writeResultCache(cacheFile, cache);
      git('add', '-A');
      git('commit', '-qm', 'poison');
      const run = runBundled(['--cache', '--format', 'compact'], directory);
      expect(run.stderr).toContain('not used: it is committed to the repository');
      expect(run.stdout).toMatch(/^posts\/spam\.md:1:1: error .*\[no-script\]$/m);
    });
  });

  it('more HTML tags than any real page has: reported as too complex, in bounded memory', () => {
    withTempDir((directory) => {
      const columns = 300;
      const row = `|${'<b><b>|'.repeat(columns)}\n`;
      writeTree(directory, { 'table.md': `|${'a|'.repeat(columns)}\n|${'-|'.repeat(columns)}\n${row.repeat(450)}` });
      const run = runBundled(['--format', 'compact'], directory, { nodeArgs: ['--max-old-space-size=256'] });
      expect(run.stdout).toBe('table.md:1:1: error File too complex to check (reading its HTML failed: over 100,000 HTML start tags and comments): it was not fully checked; simplify its Markdown or HTML (deep nesting, very long lines) or exclude it [file-access]\n');
    });
  });
});

describe('special files and odd settings', () => {
  it('a named pipe given on the command line is reported, not waited on', () => {
    withTempDir((directory) => {
      const fifo = path.join(directory, 'pipe.md');
      const made = spawnSync('mkfifo', [fifo]);
      if (made.status !== 0) return;
      writeTree(directory, { 'b.md': `${SCRIPT}\n` });
      const run = runBundled(['--format', 'compact', 'pipe.md', 'b.md'], directory, { timeout: 20_000 });
      expect(run.error).toBeUndefined();
      expect(run.stdout).toContain('pipe.md:1:1: error File could not be read: not a regular file but a named pipe (FIFO) [file-access]');
      expect(run.stdout).toMatch(/^b\.md:1:1: error .*\[no-script\]$/m);
      // In a folder, too.
      const walked = runBundled(['--format', 'compact'], directory, { timeout: 20_000 });
      expect(walked.stdout).toContain('pipe.md:1:1: error File could not be read: not a regular file');
    });
  });

  it('a time zone the generator config names but no one knows is a config error on that file', () => {
    withTempDir((directory) => {
      mkdirSync(path.join(directory, '.git'));
      writeTree(directory, { '_config.yml': 'title: Blog\ntimezone: Mars/Olympus_Mons\n', 'source/_posts/a.md': '---\ntitle: A\ndate: 2024-01-01 10:00:00\n---\n\nHi.\n' });
      const run = runBundled([], directory);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('_config.yml: Unexpected time zone `Mars/Olympus_Mons` for `timezone`');
      // .content-lint.yml can say what the zone is instead.
      writeTree(directory, { '.content-lint.yml': 'site:\n  timezone: Europe/Berlin\n' });
      expect(runBundled([], directory).code).toBe(0);
    });
  });

  it('a field pattern runs in linear time, and one RE2 cannot run is a config error', () => {
    withTempDir((directory) => {
      mkdirSync(path.join(directory, '.git'));
      const config = (pattern: string) => `collections:\n  posts:\n    include: ["posts/**"]\n    fields:\n      title: string\n      slug:\n        type: string\n        pattern: '${pattern}'\n`;
      writeTree(directory, {
        '.content-lint.yml': config('^([a-z0-9]+-?)+$'),
        'posts/a.md': '---\ntitle: A\nslug: how-to-fix-windows-update-error-0x80070002-in-windows-11_\n---\n\nHi.\n',
        'posts/b.md': '---\ntitle: B\nslug: a-fine-slug\n---\n\nHi.\n',
      });
      const run = runBundled(['--format', 'compact'], directory);
      expect(run.stdout).toBe('posts/a.md:3:7: error Unexpected string `how-to-fix-windows-update-error-0x80070002-in-windows-11_` for `slug`, expected a string matching `^([a-z0-9]+-?)+$` [front-matter-schema]\n');
      expect(run.seconds).toBeLessThan(5);
      writeTree(directory, { '.content-lint.yml': config('^(a)\\1$') });
      const refused = runBundled([], directory);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('Unexpected pattern `^(a)\\1$`');
    });
  });
});
