#!/usr/bin/env node
// Recall of the spam rules on the held-out spam set (issue #24).
//
// Every folder of test/spam-set/ that holds a kind.yml is a small site of its own, carrying one kind
// of spam (`expect: spam`) or honest look-alikes (`expect: honest`). This script runs the built CLI
// (dist/cli.js) in each folder and counts, per kind, the posts that get a finding from a rule of
// the spam family:
//
//   node scripts/spam-recall.mjs            a Markdown table on stdout
//   node scripts/spam-recall.mjs --json     the figures as JSON (read by tests)
//   node scripts/spam-recall.mjs --write    also rewrite the table in docs/detection.md
//   node scripts/spam-recall.mjs --misses   also list the posts each kind misses (or flags, if honest)
//
// Build first (npm run build): the script measures dist/, not src/. No dependency beyond Node.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
/** The set measured: test/spam-set, or the folder of `--set DIR` (a fresh set written apart, measured before anything is tuned on it). */
let SET = join(ROOT, 'test', 'spam-set');
const DOC = join(ROOT, 'docs', 'detection.md');
const NOW = '2026-11-28T00:00:00Z';
const START = '<!-- spam-recall:start -->';
const END = '<!-- spam-recall:end -->';

/** The rules of the spam family (their meta tags them `spam`). */
const SPAM_RULES = [
  'no-ad-embeds',
  'no-ad-markers',
  'no-affiliate-links',
  'no-iframe',
  'no-link-farms',
  'no-script',
  'no-tracking-pixels',
  'no-scraped-content',
];

const USAGE = `Usage: node scripts/spam-recall.mjs [--json] [--write] [--misses] [--set DIR]

  --json     print the figures as JSON instead of a Markdown table
  --write    rewrite the section between ${START} and ${END} in docs/detection.md
  --misses   list, under the table, the posts each spam kind misses and each honest kind flags
  --set DIR  measure the kind folders of DIR instead of test/spam-set (not with --write)
`;

/**
 * The top-level scalars of a kind.yml (`key: value`, quoted or not; a folded or literal block
 * `key: >-` is read as its indented lines joined by spaces). Enough for the keys a kind.yml has.
 */
function readKindFile(file) {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const out = {};
  for (let i = 0; i < lines.length; i++) {
    const m = /^([A-Za-z_][\w-]{0,40}):[ \t]*(.*)$/.exec(lines[i]);
    if (!m) continue;
    const key = m[1];
    let value = m[2].replace(/[ \t]#.*$/, '').trim();
    if (/^[>|][+-]?$/.test(value)) {
      const block = [];
      while (i + 1 < lines.length && (/^[ \t]/.test(lines[i + 1]) || lines[i + 1].trim() === '')) {
        block.push(lines[++i].trim());
      }
      value = block.join(value.startsWith('|') ? '\n' : ' ').trim();
    } else if (/^"[^"]*"$|^'[^']*'$/.test(value)) {
      value = value.slice(1, -1);
    }
    out[key] = value;
  }
  return out;
}

/** The kind folders, sorted by name. */
function kindFolders() {
  if (!existsSync(SET)) return [];
  return readdirSync(SET)
    .filter((name) => {
      const dir = join(SET, name);
      return statSync(dir).isDirectory() && existsSync(join(dir, 'kind.yml'));
    })
    .sort();
}

/** Runs the CLI in one folder and returns its JSON report. */
function lintFolder(dir) {
  const stdout = execFileSync(
    process.execPath,
    [CLI, '--format', 'json', '--now', NOW, '--fail-on', 'never', '.'],
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  return JSON.parse(stdout);
}

const percent = (part, whole) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/** The figures of one kind folder. */
function measureKind(name) {
  const dir = join(SET, name);
  const meta = readKindFile(join(dir, 'kind.yml'));
  const expect = meta.expect === 'honest' ? 'honest' : meta.expect === 'spam' ? 'spam' : null;
  const kind = {
    kind: name,
    expect: expect ?? String(meta.expect ?? ''),
    generator: meta.generator || null,
    description: meta.description || '',
  };
  if (!expect) return { ...kind, error: 'kind.yml: `expect` must be `spam` or `honest`' };

  let report;
  try {
    report = lintFolder(dir);
  } catch (error) {
    const stderr = String(error.stderr ?? '').trim();
    const message = stderr.split('\n').find((line) => line.trim()) ?? error.message;
    return { ...kind, error: message };
  }

  const files = report.files ?? [];
  const caught = [];
  const flagged = [];
  const withError = [];
  const withWarning = [];
  const rules = {};
  for (const file of files) {
    const findings = (file.findings ?? []).filter((finding) => !finding.baselined);
    const spam = findings.filter((finding) => SPAM_RULES.includes(finding.ruleId));
    if (spam.some((finding) => finding.severity === 'error')) caught.push(file.file);
    if (spam.length > 0) flagged.push(file.file);
    if (findings.some((finding) => finding.severity === 'error')) withError.push(file.file);
    if (findings.some((finding) => finding.severity === 'warning')) withWarning.push(file.file);
    for (const ruleId of new Set(spam.map((finding) => finding.ruleId))) {
      rules[ruleId] = (rules[ruleId] ?? 0) + 1;
    }
  }
  const posts = files.length;
  const misses = expect === 'spam'
    ? files.map((file) => file.file).filter((file) => !caught.includes(file))
    : flagged;
  return {
    ...kind,
    posts,
    caught: caught.length,
    flagged: flagged.length,
    recall: expect === 'spam' ? percent(caught.length, posts) : null,
    postsWithError: withError.length,
    postsWithWarning: withWarning.length,
    rules: Object.fromEntries(Object.entries(rules).sort(([a], [b]) => a.localeCompare(b))),
    misses: misses.sort(),
  };
}

function totals(kinds, expect) {
  const some = kinds.filter((kind) => kind.expect === expect && !kind.error);
  const sum = (key) => some.reduce((total, kind) => total + kind[key], 0);
  const posts = sum('posts');
  return {
    kinds: some.length,
    posts,
    caught: sum('caught'),
    flagged: sum('flagged'),
    recall: expect === 'spam' ? percent(sum('caught'), posts) : null,
    postsWithError: sum('postsWithError'),
    postsWithWarning: sum('postsWithWarning'),
  };
}

/** Text shown as is in Markdown: ASCII punctuation that could start markup is escaped. */
const escape = (text) => text.replace(/[\\`*_[\]<>!|{}#]/g, '\\$&');
const pct = (value) => (value === null || value === undefined ? '—' : `${value.toFixed(1)} %`);

function table(result) {
  const rows = [
    '| Kind | Expect | Posts | Caught (error) | Flagged (any) | Recall | Posts with an error | Posts with a warning |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const kind of result.kinds) {
    if (kind.error) {
      rows.push(`| \`${kind.kind}\` | ${kind.expect} | — | — | — | — | not run: ${kind.error.replace(/\|/g, '\\|')} | — |`);
      continue;
    }
    const honest = kind.expect === 'honest';
    rows.push(
      `| \`${kind.kind}\` | ${kind.expect} | ${kind.posts} | ${kind.caught} | ${kind.flagged} | ${pct(kind.recall)} | ` +
        `${honest ? kind.postsWithError : '—'} | ${honest ? kind.postsWithWarning : '—'} |`,
    );
  }
  const spam = result.totals.spam;
  const honest = result.totals.honest;
  if (spam.kinds > 0) {
    rows.push(`| **all spam kinds** | spam | ${spam.posts} | ${spam.caught} | ${spam.flagged} | ${pct(spam.recall)} | — | — |`);
  }
  if (honest.kinds > 0) {
    rows.push(
      `| **all honest kinds** | honest | ${honest.posts} | ${honest.caught} | ${honest.flagged} | — | ` +
        `${honest.postsWithError} | ${honest.postsWithWarning} |`,
    );
  }
  return rows.join('\n');
}

function missList(result) {
  const out = [];
  for (const kind of result.kinds) {
    if (kind.error || kind.misses.length === 0) continue;
    out.push(`- \`${kind.kind}\` ${kind.expect === 'spam' ? 'misses' : 'flags'}: ${kind.misses.map((file) => `\`${file}\``).join(', ')}`);
  }
  return out.join('\n');
}

function section(result) {
  return [
    START,
    '',
    `Measured with \`node scripts/spam-recall.mjs --write\` on content-lint ${result.version}` +
      ` (\`--now ${NOW}\`). *Caught*: posts with at least one **error** from a spam rule;` +
      ' *flagged*: posts with any spam-rule finding, warnings included; *recall*: caught / posts.' +
      ' For honest kinds the last two columns count posts with any error or warning, from any rule.',
    '',
    table(result),
    '',
    'What each kind holds (from its `kind.yml`):',
    '',
    ...result.kinds.map(
      (kind) =>
        `- \`${kind.kind}\`${kind.generator ? ` (${kind.generator})` : ''}: ${escape(kind.description) || 'no description'}`,
    ),
    '',
    END,
  ].join('\n');
}

const INTRO = `# Detection: recall on the held-out spam set

content-lint's spam rules (\`no-ad-embeds\`, \`no-ad-markers\`, \`no-affiliate-links\`, \`no-iframe\`,
\`no-link-farms\`, \`no-script\`, \`no-tracking-pixels\`, \`no-scraped-content\`) are measured on a set of
posts they were not written against: \`test/spam-set/\` (issue #24). Each folder there is a small
site of its own, with a \`.content-lint.yml\` (and a generator's config when it stands for a Hugo,
Jekyll, Hexo or Docusaurus site) and a \`kind.yml\` that says what it holds: one kind of spam, woven
into believable posts the way spammers and scrapers write it (\`expect: spam\`), or honest pages that
look like spam (\`expect: honest\`). The posts are never tuned to the rules: a miss is a finding.

Run it after a build:

\`\`\`sh
npm run build
node scripts/spam-recall.mjs            # the table below, freshly measured
node scripts/spam-recall.mjs --misses   # and the posts each kind misses
node scripts/spam-recall.mjs --json     # the figures as JSON
node scripts/spam-recall.mjs --write    # rewrite the table below
\`\`\`

## Recall per kind

${START}
${END}
`;

function writeDoc(result) {
  let text = existsSync(DOC) ? readFileSync(DOC, 'utf8') : INTRO;
  if (!text.includes(START) || !text.includes(END) || text.indexOf(START) > text.indexOf(END)) {
    text = `${text.trimEnd()}\n\n## Recall per kind\n\n${START}\n${END}\n`;
  }
  const before = text.slice(0, text.indexOf(START));
  const after = text.slice(text.indexOf(END) + END.length);
  writeFileSync(DOC, `${before}${section(result)}${after}`);
  return relative(process.cwd(), DOC) || DOC;
}

function main(args) {
  const at = args.indexOf('--set');
  const argv = at === -1 ? args : [...args.slice(0, at), ...args.slice(at + 2)];
  if (at !== -1) {
    if (!args[at + 1] || argv.includes('--write')) {
      process.stderr.write(`spam-recall: --set needs a folder, and does not go with --write\n${USAGE}`);
      return 2;
    }
    SET = resolve(args[at + 1]);
  }
  const flags = new Set(argv);
  if (flags.has('--help') || flags.has('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const unknown = argv.filter((arg) => !['--json', '--write', '--misses'].includes(arg));
  if (unknown.length > 0) {
    process.stderr.write(`spam-recall: unknown option ${unknown[0]}\n${USAGE}`);
    return 2;
  }
  if (!existsSync(CLI)) {
    process.stderr.write(`spam-recall: ${relative(process.cwd(), CLI)} is missing; run npm run build first\n`);
    return 2;
  }
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const kinds = kindFolders().map(measureKind);
  const result = {
    version,
    now: NOW,
    spamRules: SPAM_RULES,
    kinds,
    totals: { spam: totals(kinds, 'spam'), honest: totals(kinds, 'honest') },
  };

  if (flags.has('--json')) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    process.stdout.write(`${table(result)}\n`);
    if (flags.has('--misses')) {
      const misses = missList(result);
      if (misses) process.stdout.write(`\n${misses}\n`);
    }
  }
  if (flags.has('--write')) {
    const where = writeDoc(result);
    process.stderr.write(`spam-recall: wrote ${where}\n`);
  }
  const failed = kinds.filter((kind) => kind.error);
  for (const kind of failed) process.stderr.write(`spam-recall: ${kind.kind}: ${kind.error}\n`);
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
