#!/usr/bin/env node
/**
 * `npm run bench [CORPUS]`: content-lint beside its peers, on the same files, in one run.
 *
 * - content-lint (default rules, offline) — `node dist/cli.js`; also with the remark-lint
 *   `recommended` preset on, and with `--cache` on its second run over unchanged files
 * - markdownlint-cli2 (its default config)
 * - remark-cli with remark-frontmatter and remark-lint-frontmatter-schema (one permissive schema)
 * - the floor: read every file, split its front matter with gray-matter, parse it with zod
 *
 * Each runs as its own process under GNU time (wall, user + system CPU, peak RSS), on copies of
 * the corpus (default ../shared/corpus) made 1×, 2× and 4× its size (`--runs N`: N rounds of every
 * measurement in turn, the median kept); then on one file, nine rounds of each tool in turn. It prints a table and writes docs/benchmarks.md
 * (table and chart). Peers are dev dependencies, used only here.
 *
 * `npm run bench:synthetic` (`--synthetic [--sizes 4000,16000,64000]`): instead of the corpus,
 * synthetic spam sites of that many posts (scripts/synthetic-site.mjs, seed 1), each generated once
 * and measured in one run: content-lint, the floor, content-lint with `--cache` warm, and
 * markdownlint-cli2 at the middle size only; then the floor and the warm cache twice more, in turn
 * with each other (their ratio is a target, and a few seconds' run is noisy: the median of three).
 * A measurement that runs past `--timeout S` (default 1200) is stopped and reported as such, as is
 * one that runs out of memory. It writes its own
 * section of docs/benchmarks.md (`## Synthetic spam sites`); each mode keeps the other's section.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSite } from './synthetic-site.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VALUED_OPTIONS = ['--runs', '--sizes', '--timeout'];
const corpus = path.resolve(process.argv.slice(2).find((arg, index, args) => !arg.startsWith('--') && !VALUED_OPTIONS.includes(args[index - 1])) ?? path.join(root, '..', 'shared', 'corpus'));
const writeDocs = !process.argv.includes('--no-docs');
// `--runs N`: N rounds of the corpus measurements, each tool once a round (so a slow spell of the
// machine falls on every tool alike), the median kept. One-file runs take well under a second, where
// noise is a large share: nine rounds.
const runsArgument = process.argv.indexOf('--runs');
const RUNS = runsArgument === -1 ? 1 : Math.max(1, Number(process.argv[runsArgument + 1]) || 1);
const SINGLE_RUNS = 9;
/** In `--synthetic`, the measurements of a few seconds whose ratio is a target: rounds of their own after the others (see benchSynthetic). */
const QUICK_TOOLS = ['floor', 'content-lint --cache, unchanged'];
const QUICK_ROUNDS = 2;
const TIME = '/usr/bin/time';
/** Where docs/benchmarks.md's hand-written measurement log starts (the bench rewrites what is above it). */
const LOG_HEADING = '## Measurement log';
/** The section `--synthetic` writes, between the corpus figures and the measurement log. */
const SYNTHETIC_HEADING = '## Synthetic spam sites';
const synthetic = process.argv.includes('--synthetic');
const option = (name) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};
const SYNTHETIC_SIZES = (option('--sizes') ?? '4000,16000,64000').split(',').map(Number);
const SYNTHETIC_SEED = 1;
/** Seconds a synthetic measurement may take before it is stopped (and reported as stopped). */
const TIMEOUT = Number(option('--timeout') ?? 1200);

if (synthetic && (SYNTHETIC_SIZES.some((size) => !Number.isInteger(size) || size < 1) || !(TIMEOUT > 0))) {
  console.error('bench: --sizes takes post counts separated by commas (--sizes 4000,16000), --timeout seconds');
  process.exit(2);
}
if (!synthetic && !existsSync(corpus)) {
  console.error(`bench: no corpus at ${corpus}; pass a folder of Markdown files: npm run bench -- FOLDER`);
  process.exit(2);
}
if (!existsSync(TIME)) {
  console.error('bench: GNU time (/usr/bin/time) is needed for CPU time and peak memory (Debian: apt-get install time)');
  process.exit(2);
}
if (!existsSync(path.join(root, 'dist', 'cli.js'))) {
  console.error('bench: dist/cli.js is missing; run npm run build');
  process.exit(2);
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const work = mkdtempSync(path.join(tmpdir(), 'content-lint-bench-'));
const MARKDOWN = /\.(md|mdx|markdown)$/;

function markdownFiles(folder) {
  const out = [];
  for (const name of readdirSync(folder)) {
    const full = path.join(folder, name);
    const stat = statSync(full);
    if (stat.isDirectory()) out.push(...markdownFiles(full));
    else if (MARKDOWN.test(name)) out.push({ file: full, bytes: stat.size });
  }
  return out;
}

/**
 * Reads every file under `target` (a folder or a file), so that the tool measured next finds them
 * in the system's page cache, as every other tool does: the first tool to read a site after a while
 * would otherwise pay for the disk (this machine's kernel reclaims pages not used for a while: a
 * 4,000-post site read in 1.15 s from disk against 0.12–0.15 s from the cache).
 */
function warmPageCache(target) {
  const stat = lstatSync(target);
  if (stat.isDirectory()) for (const name of readdirSync(target)) warmPageCache(path.join(target, name));
  else if (stat.isFile()) readFileSync(target);
}

/** A copy of the corpus `times` times over, as sibling folders. */
function copies(times) {
  const target = path.join(work, `${times}x`);
  for (let copy = 1; copy <= times; copy++) cpSync(corpus, path.join(target, `copy-${copy}`), { recursive: true });
  const files = markdownFiles(target);
  return { folder: target, files: files.length, bytes: files.reduce((sum, file) => sum + file.bytes, 0) };
}

// remark: one permissive schema, so the plugin parses and validates every front matter. The plugin
// reads the schema relative to the working directory, so a copy is put in each folder remark runs in.
const SCHEMA_NAME = '.bench-schema.json';
const placeSchema = (folder) => writeFileSync(path.join(folder, SCHEMA_NAME), JSON.stringify({ type: 'object', additionalProperties: true }));
const remarkrc = path.join(work, 'remarkrc.json');
// remark resolves plugins from the config file's folder: name them by path.
const plugin = (name) => fileURLToPath(import.meta.resolve(name));
writeFileSync(remarkrc, JSON.stringify({ plugins: [plugin('remark-frontmatter'), [plugin('remark-lint-frontmatter-schema'), { schemas: { [`./${SCHEMA_NAME}`]: ['**/*.md'] } }]] }));
const floor = path.join(work, 'floor.mjs');
writeFileSync(
  floor,
  `import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(path.join(root, 'package.json'))});
const matter = require('gray-matter');
const { z } = require('zod');
const schema = z.record(z.string(), z.unknown());
let count = 0;
const walk = (folder) => {
  for (const name of readdirSync(folder)) {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (/\\.(md|mdx|markdown)$/.test(name)) {
      // Only YAML and TOML-free: gray-matter's JavaScript engine is switched off (it would eval).
      const parsed = matter(readFileSync(full, 'utf8'), { engines: { js: () => ({}), javascript: () => ({}) } });
      schema.safeParse(parsed.data);
      count++;
    }
  }
};
walk(process.argv[2]);
console.log(count);
`,
);

const contentLint = (target, ...options) => [process.execPath, path.join(root, 'dist', 'cli.js'), '--format', 'json', '--output', path.join(work, 'report.json'), '--fail-on', 'never', '--now', '2026-11-28T00:00:00Z', ...options, target];
// The remark-lint recommended preset on top of the default rules: a config in the measured folder.
const REMARK_CONFIG = '.bench-remark.yml';
const placeRemarkConfig = (folder) => writeFileSync(path.join(folder, REMARK_CONFIG), 'remark:\n  presets: [recommended]\n');
// content-lint keeps a V8 code cache of itself (src/bin.ts): the bench gives it a folder of its own,
// empty at the start, so the first corpus run compiles and writes it and later runs use it, as a
// user's runs after the first do. The one-file runs are measured with it and, separately, without.
const codeCache = path.join(work, 'code-cache');
const NO_CODE_CACHE = 'content-lint, no code cache';
const toolEnv = (tool) => (tool === NO_CODE_CACHE ? { NODE_DISABLE_COMPILE_CACHE: '1' } : tool.startsWith('content-lint') ? { NODE_COMPILE_CACHE: codeCache } : {});
const tools = {
  'content-lint': (target) => contentLint(target),
  [NO_CODE_CACHE]: (target) => contentLint(target),
  'content-lint + remark recommended': (target) => contentLint(target, '--config', path.join(statSync(target).isDirectory() ? target : path.dirname(target), REMARK_CONFIG)),
  // The second run of two with --cache: every file unchanged (the first run is not measured).
  'content-lint --cache, unchanged': (target) => contentLint(target, '--cache', '--cache-location', path.join(work, `cache-${path.basename(target)}.json`)),
  'markdownlint-cli2': (target) => [bin('markdownlint-cli2'), statSync(target).isDirectory() ? `${target}/**/*.{md,mdx,markdown}` : target],
  'remark-cli + frontmatter-schema': (target) => [bin('remark'), '--rc-path', remarkrc, '--no-stdout', '--quiet', '--silent', target],
  floor: (target) => [process.execPath, floor, target],
};

/** The median of measurements by wall time (peak RSS: the largest seen). */
function median(results) {
  const sorted = [...results].sort((a, b) => a.wall - b.wall);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], rss: Math.max(...sorted.map((result) => result.rss)) };
}

/** Every measurement of the plan once a round, `rounds` times (a slow spell of the machine falls on every tool alike). */
function measureInRounds(plan, rounds, target, onResult = () => {}) {
  const results = plan.map(() => []);
  for (let round = 1; round <= rounds; round++) {
    plan.forEach((item, index) => {
      const result = measureOnce(item.tool, target(item));
      results[index].push(result);
      onResult(item, result, round);
    });
  }
  return results.map(median);
}

function measureOnce(tool, target) {
  const [command, ...args] = tools[tool](target);
  const folder = statSync(target).isDirectory() ? target : path.dirname(target);
  if (tool.startsWith('remark')) placeSchema(folder);
  if (tool.includes('remark recommended')) placeRemarkConfig(folder);
  if (tool.includes('--cache')) {
    const [command, ...args] = tools[tool](target);
    spawnSync(command, args, { cwd: folder, env: { ...process.env, ...toolEnv(tool) } });
  }
  warmPageCache(target);
  const run = spawnSync(TIME, ['-f', 'BENCH %e %U %S %M', command, ...args], { cwd: folder, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ...toolEnv(tool) } });
  const line = (run.stderr.match(/BENCH .*$/m) ?? [''])[0].split(' ');
  if (line.length < 5) throw new Error(`${tool} did not run: ${run.stderr.slice(-500)}`);
  return { wall: Number(line[1]), cpu: Number(line[2]) + Number(line[3]), rss: Number(line[4]) / 1024 };
}

if (synthetic) {
  benchSynthetic();
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

const sizes = [1, 2, 4];
const rows = [];
console.log(`content-lint bench: ${corpus}; ${cpus().length} cores, Node ${process.version}`);
const sets = sizes.map((times) => ({ times, ...copies(times) }));
// content-lint at every size (the growth curve); the peers at 1× (they are slow).
const plan = sets.flatMap((set) => Object.keys(tools).filter((tool) => (set.times === 1 || tool === 'content-lint' || tool === 'floor') && tool !== NO_CODE_CACHE).map((tool) => ({ tool, set })));
const line = ({ tool, set }, result) =>
  `${tool.padEnd(32)} ${`${set.times}×`.padEnd(3)} ${String(set.files).padStart(6)} files ${(set.bytes / 1e6).toFixed(1).padStart(6)} MB  wall ${result.wall.toFixed(2).padStart(6)} s  cpu ${result.cpu.toFixed(2).padStart(6)} s  ${(set.files / result.wall).toFixed(0).padStart(6)} files/s  ${(set.bytes / 1e6 / result.wall).toFixed(1).padStart(5)} MB/s  rss ${result.rss.toFixed(0).padStart(5)} MB`;
const medians = measureInRounds(plan, RUNS, (item) => item.set.folder, (item, result, round) => console.log(`${RUNS > 1 ? `[${round}/${RUNS}] ` : ''}${line(item, result)}`));
if (RUNS > 1) console.log(`\nmedians of ${RUNS}:`);
plan.forEach((item, index) => {
  const result = medians[index];
  rows.push({ tool: item.tool, size: `${item.set.times}×`, files: item.set.files, megabytes: item.set.bytes / 1e6, ...result });
  if (RUNS > 1) console.log(line(item, result));
});

// One changed post: what a pull request with one file costs (the median-sized post of the corpus).
const all = markdownFiles(path.join(work, '1x')).sort((a, b) => a.bytes - b.bytes);
const single = all[Math.floor(all.length / 2)];
const singleTools = ['content-lint', NO_CODE_CACHE, 'content-lint + remark recommended', 'markdownlint-cli2', 'remark-cli + frontmatter-schema'];
const singleMedians = measureInRounds(singleTools.map((tool) => ({ tool })), SINGLE_RUNS, () => single.file);
const singleRows = {};
singleTools.forEach((tool, index) => {
  singleRows[tool] = singleMedians[index];
  console.log(`${tool.padEnd(32)} one file (${(single.bytes / 1000).toFixed(1)} KB)  wall ${singleRows[tool].wall.toFixed(2)} s  rss ${singleRows[tool].rss.toFixed(0)} MB`);
});

const at = (tool, size = '1×') => rows.find((row) => row.tool === tool && row.size === size);
const ours = at('content-lint');
const targets = [
  ['wall ≤ 0.2 × markdownlint-cli2', ours.wall / at('markdownlint-cli2').wall, 0.2],
  ['wall ≤ 0.1 × remark-cli + frontmatter-schema', ours.wall / at('remark-cli + frontmatter-schema').wall, 0.1],
  ['wall ≤ 4 × the floor', ours.wall / at('floor').wall, 4],
  ['peak RSS ≤ 200 MB (4×)', at('content-lint', '4×').rss / 200, 1],
  ['one file ≤ 0.5 × markdownlint-cli2', singleRows['content-lint'].wall / singleRows['markdownlint-cli2'].wall, 0.5],
  ['4× the files ≤ 4.4 × the time (linear)', at('content-lint', '4×').wall / ours.wall / 4, 1.1],
];
// Not targets: what the remark-lint recommended preset costs, against markdownlint-cli2's defaults.
const remarkCost = at('content-lint + remark recommended').wall / at('markdownlint-cli2').wall;
const coldSingle = singleRows[NO_CODE_CACHE].wall / singleRows['markdownlint-cli2'].wall;
console.log(`\none file without the code cache (a machine's first run): ${singleRows[NO_CODE_CACHE].wall.toFixed(2)} s, ${coldSingle.toFixed(2)}× markdownlint-cli2`);
console.log(`\ncontent-lint + remark recommended: ${at('content-lint + remark recommended').wall.toFixed(2)} s, ${remarkCost.toFixed(2)}× markdownlint-cli2 (${(at('content-lint + remark recommended').wall - ours.wall).toFixed(2)} s over content-lint alone)`);
console.log('\nTargets:');
for (const [name, value, limit] of targets) console.log(`  ${value <= limit ? 'met    ' : 'MISSED '} ${name}: ${value.toFixed(2)}${name.startsWith('peak') ? ` (${at('content-lint', '4×').rss.toFixed(0)} MB)` : name.startsWith('4×') ? ` (${(at('content-lint', '4×').wall / ours.wall).toFixed(2)}× the time)` : '×'}`);

if (writeDocs) {
  const table = [
    '| Tool | Size | Files | MB | Wall (s) | CPU (s) | Files/s | MB/s | Peak RSS (MB) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.tool} | ${row.size} | ${row.files} | ${row.megabytes.toFixed(1)} | ${row.wall.toFixed(2)} | ${row.cpu.toFixed(2)} | ${(row.files / row.wall).toFixed(0)} | ${(row.megabytes / row.wall).toFixed(1)} | ${row.rss.toFixed(0)} |`),
  ];
  const singleTable = ['| Tool | Wall (s) | Peak RSS (MB) |', '| --- | ---: | ---: |', ...Object.entries(singleRows).map(([tool, result]) => `| ${tool} | ${result.wall.toFixed(2)} | ${result.rss.toFixed(0)} |`)];
  const curve = sizes.map((times) => at('content-lint', `${times}×`).wall.toFixed(2));
  const peers = ['content-lint', 'content-lint --cache, unchanged', 'content-lint + remark recommended', 'floor', 'markdownlint-cli2', 'remark-cli + frontmatter-schema'];
  const markdown = `# Benchmarks

<!-- Written by \`npm run bench\` (scripts/bench.mjs): do not edit. -->

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores, Node ${process.version}, the corpora of
\`../shared/corpus\` (${ours.files} Markdown files, ${ours.megabytes.toFixed(1)} MB: Hexo, nodejs.org, the Rust blog, Astro's docs) copied 1×, 2×
and 4×. Every tool ran as its own process, in the same run, under GNU time${RUNS > 1 ? ` (${RUNS} rounds of every measurement in turn, the median shown)` : ''}, each
after every file it reads was read once (in the page cache for each alike). content-lint ran its default rules, offline
(\`--format json\`); markdownlint-cli2 its default config; remark-cli with remark-frontmatter and
remark-lint-frontmatter-schema (one permissive schema); the floor reads every file and parses its front matter with
gray-matter and zod.

${table.join('\n')}

One file (a ${(single.bytes / 1000).toFixed(1)} KB post, the median size — what a pull request that changes one post costs; ${SINGLE_RUNS} rounds of each tool in turn, the median shown). content-lint keeps a V8 code cache of itself between runs; the first run on a machine has none: that is the \`${NO_CODE_CACHE}\` row (${coldSingle.toFixed(2)}× markdownlint-cli2).

${singleTable.join('\n')}

Targets:

${targets.map(([name, value, limit]) => `- ${value <= limit ? '✅' : '❌'} ${name}: ${value.toFixed(2)}`).join('\n')}

With the remark-lint \`recommended\` preset on (\`remark: { presets: [recommended] }\`), content-lint took
${at('content-lint + remark recommended').wall.toFixed(2)} s: ${remarkCost.toFixed(2)}× markdownlint-cli2 with its defaults. With \`--cache\` and every file
unchanged (the second of two runs): ${at('content-lint --cache, unchanged').wall.toFixed(2)} s.

Wall time at 1× by tool:

\`\`\`mermaid
xychart-beta
    title "Wall time on the corpus (s)"
    x-axis [${peers.map((tool) => `"${tool}"`).join(', ')}]
    y-axis "seconds"
    bar [${peers.map((tool) => at(tool).wall.toFixed(2)).join(', ')}]
\`\`\`

content-lint's wall time as the corpus grows:

\`\`\`mermaid
xychart-beta
    title "content-lint wall time (s) by corpus size"
    x-axis [${sizes.map((times) => `"${times}× (${at('content-lint', `${times}×`).files} files)"`).join(', ')}]
    y-axis "seconds"
    line [${curve.join(', ')}]
\`\`\`
`;
  writeBenchmarks({ corpus: markdown });
  console.log('\nwrote docs/benchmarks.md');
}
rmSync(work, { recursive: true, force: true });

/**
 * docs/benchmarks.md is three parts: the corpus figures (`npm run bench`), the synthetic sites'
 * section (`--synthetic`) and the measurement log, written by hand. A run replaces its own part and
 * keeps the others as they are.
 */
function writeBenchmarks(replace) {
  const file = path.join(root, 'docs', 'benchmarks.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const heading = (text) => {
    const at = previous.search(new RegExp(`^${text}$`, 'm'));
    return at === -1 ? previous.length : at;
  };
  const logAt = heading(LOG_HEADING);
  const syntheticAt = Math.min(heading(SYNTHETIC_HEADING), logAt);
  const parts = {
    corpus: replace.corpus ?? previous.slice(0, syntheticAt),
    synthetic: replace.synthetic ?? previous.slice(syntheticAt, logAt),
    log: previous.slice(logAt),
  };
  const text = [parts.corpus, parts.synthetic, parts.log]
    .map((part) => part.trim())
    .filter(Boolean)
    .join('\n\n');
  writeFileSync(file, `${text}\n`);
}

/** The last `bytes` of a file, as text. */
function tail(file, bytes) {
  const fd = openSync(file, 'r');
  try {
    const size = statSync(file).size;
    const buffer = Buffer.alloc(Math.min(bytes, size));
    readSync(fd, buffer, 0, buffer.length, size - buffer.length);
    return buffer.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * One synthetic measurement: like measureOnce, but under `timeout`, with the tool's output in a file
 * (markdownlint-cli2's report on a large site outgrows a pipe's buffer), and a failed run reported
 * (`failure`: out of memory, stopped at the time limit, an exit status) rather than thrown.
 */
function measureLimited(tool, target, okStatuses, { fill = true } = {}) {
  const env = { ...process.env, ...toolEnv(tool) };
  const output = path.join(work, 'tool-output.log');
  const limited = () => ['timeout', '--kill-after=30', String(TIMEOUT), ...tools[tool](target)];
  const run = (argv) => {
    const fd = openSync(output, 'w');
    try {
      spawnSync(argv[0], argv.slice(1), { cwd: target, stdio: ['ignore', fd, fd], env });
    } finally {
      closeSync(fd);
    }
    return tail(output, 256 * 1024);
  };
  // The first of two runs with --cache fills the cache; it is not measured (nor made again when the cache is warm: `fill`).
  if (tool.includes('--cache') && fill) run(limited());
  warmPageCache(target);
  const text = run([TIME, '-f', 'BENCH %e %U %S %M %x', ...limited()]);
  const line = (text.match(/^BENCH .*$/m) ?? [''])[0].split(' ');
  if (line.length < 6) throw new Error(`${tool} did not run: ${text.slice(-500)}`);
  const status = Number(line[5]);
  const signal = /Command terminated by signal (\d+)/.exec(text)?.[1];
  const failure = /heap out of memory|Reached heap limit|ERR_WORKER_OUT_OF_MEMORY/.test(text)
    ? 'out of memory'
    : status === 124 || status === 137
      ? `stopped after ${TIMEOUT} s`
      : signal
        ? `killed by signal ${signal}`
        : okStatuses.includes(status)
          ? null
          : `exit status ${status}`;
  return { wall: Number(line[1]), cpu: Number(line[2]) + Number(line[3]), rss: Number(line[4]) / 1024, failure };
}

/**
 * Issue #25's targets, from a synthetic run's rows: peak RSS and its growth from the smallest site
 * to the largest, wall time against the floor and markdownlint-cli2 at the middle size, growth in
 * time against growth in posts, the warm cache. A figure that could not be measured is a miss.
 */
function syntheticTargets(rows, middle) {
  const at = (tool, posts) => rows.find((row) => row.tool === tool && row.posts === posts && !row.failure && !row.skipped) ?? null;
  const sizes = [...new Set(rows.map((row) => row.posts))].sort((a, b) => a - b);
  const [smallest, largest] = [sizes[0], sizes.at(-1)];
  const ours = sizes.map((posts) => at('content-lint', posts));
  const ratio = (a, b) => (a && b ? a / b : null);
  const target = (name, value, limit, describe) => ({ name, met: value !== null && value <= limit, figure: value === null ? 'not measured (a run failed or was not made)' : describe(value) });
  const peak = ours.every(Boolean) ? Math.max(...ours.map((row) => row.rss)) : null;
  return [
    target('peak RSS ≤ 250 MB at every size', peak, 250, (value) => `${value.toFixed(0)} MB at most (${ours.map((row, index) => `${sizes[index]}: ${row.rss.toFixed(0)}`).join(', ')})`),
    target(`peak RSS at ${largest} posts within 15% of ${smallest}`, ratio(at('content-lint', largest)?.rss, at('content-lint', smallest)?.rss), 1.15, (value) => `${value.toFixed(2)}×`),
    target(`wall ≤ 6 × the floor at ${middle} posts`, ratio(at('content-lint', middle)?.wall, at('floor', middle)?.wall), 6, (value) => `${value.toFixed(1)}×`),
    target(`linear: ${largest / smallest}× the posts in ≤ ${((largest / smallest) * 1.1).toFixed(1)}× the time`, ratio(ratio(at('content-lint', largest)?.wall, at('content-lint', smallest)?.wall), largest / smallest), 1.1, (value) => `${((value * largest) / smallest).toFixed(1)}× the time`),
    target(`wall ≤ 0.1 × markdownlint-cli2 at ${middle} posts`, ratio(at('content-lint', middle)?.wall, at('markdownlint-cli2', middle)?.wall), 0.1, (value) => `${value.toFixed(3)}×`),
    // Two decimals: at one, 1.52 read as 1.5× next to "missed".
    target(`--cache, unchanged, ≤ 1.5 × the floor at ${middle} posts`, ratio(at('content-lint --cache, unchanged', middle)?.wall, at('floor', middle)?.wall), 1.5, (value) => `${value.toFixed(2)}×`),
  ];
}

/** `--synthetic`: synthetic spam sites of SYNTHETIC_SIZES posts, generated once, each tool measured on them in one run. */
function benchSynthetic() {
  console.log(`content-lint bench, synthetic spam sites of ${SYNTHETIC_SIZES.join(', ')} posts (seed ${SYNTHETIC_SEED}); ${cpus().length} cores, Node ${process.version}`);
  const sites = SYNTHETIC_SIZES.map((posts) => {
    const folder = path.join(work, `synthetic-${posts}`);
    const started = performance.now();
    const written = generateSite({ posts, out: folder, seed: SYNTHETIC_SEED });
    const seconds = (performance.now() - started) / 1000;
    console.log(`generated ${posts} posts (${written.honest} honest), ${(written.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s`);
    return { posts, folder, megabytes: written.bytes / 1e6, seconds };
  });
  // markdownlint-cli2 at the middle size only: it is an order of magnitude slower.
  const markdownlintPosts = SYNTHETIC_SIZES[Math.floor(SYNTHETIC_SIZES.length / 2)];
  const syntheticTools = ['content-lint', 'floor', 'content-lint --cache, unchanged', 'markdownlint-cli2'];
  const okStatuses = (tool) => (tool === 'markdownlint-cli2' ? [0, 1] : [0]);
  const plan = sites.flatMap((site) => syntheticTools.filter((tool) => tool !== 'markdownlint-cli2' || site.posts === markdownlintPosts).map((tool) => ({ tool, site })));
  const format = (row) =>
    `${String(row.posts).padStart(6)} posts ${row.megabytes.toFixed(1).padStart(7)} MB  ${row.tool.padEnd(32)} ${
      row.skipped
        ? `not run: ${row.skipped}`
        : `wall ${row.wall.toFixed(2).padStart(7)} s  cpu ${row.cpu.toFixed(2).padStart(7)} s  rss ${row.rss.toFixed(0).padStart(5)} MB  ${row.ratio === null ? '' : `${row.ratio.toFixed(1)}× the floor`}${row.failure ? `  FAILED: ${row.failure}` : ''}`
    }`;
  // The code cache (src/bin.ts) is written by the first run that lints files: written here, by a run
  // over one post, so that every measured run uses it, as a user's runs after the first do (the
  // 4,000-post run used to be the first, and ran without it: 2–5 MB less at the peak, and the
  // compiling in its time).
  const posts = path.join(sites[0].folder, 'source', '_posts');
  const onePost = path.join(posts, readdirSync(posts).sort()[0]);
  const [command, ...args] = contentLint(onePost);
  spawnSync(command, args, { cwd: sites[0].folder, stdio: 'ignore', env: { ...process.env, ...toolEnv('content-lint') } });
  const results = plan.map(() => []);
  const started = performance.now();
  for (let round = 1; round <= RUNS; round++) {
    plan.forEach((item, index) => {
      // A cache is filled by a run that finishes: where content-lint failed, its --cache runs would
      // fail the same way twice over, and are not made.
      const cold = plan.findIndex((other) => other.tool === 'content-lint' && other.site === item.site);
      const coldFailure = item.tool.includes('--cache') ? results[cold][round - 1]?.failure : null;
      const result = coldFailure ? { wall: NaN, cpu: NaN, rss: NaN, failure: null, skipped: `content-lint failed at this size (${coldFailure})` } : measureLimited(item.tool, item.site.folder, okStatuses(item.tool));
      results[index].push(result);
      console.log(`${RUNS > 1 ? `[${round}/${RUNS}] ` : ''}${format({ tool: item.tool, posts: item.site.posts, megabytes: item.site.megabytes, ratio: null, ...result })}`);
    });
  }
  // The floor and the warm cache take seconds, and their ratio is a target: noise there is a large
  // share, so each is measured QUICK_ROUNDS more times, in turn with the other (the median kept).
  for (let round = 1; round <= QUICK_ROUNDS; round++) {
    plan.forEach((item, index) => {
      if (!QUICK_TOOLS.includes(item.tool) || results[index].some((result) => result.skipped || result.failure)) return;
      const result = measureLimited(item.tool, item.site.folder, okStatuses(item.tool), { fill: false });
      results[index].push(result);
      console.log(`[again ${round}/${QUICK_ROUNDS}] ${format({ tool: item.tool, posts: item.site.posts, megabytes: item.site.megabytes, ratio: null, ...result })}`);
    });
  }
  const measuredMinutes = (performance.now() - started) / 60_000;
  // The median by wall time; a failure in any round is kept (a tool that ran out of memory once did).
  const rows = plan.map((item, index) => ({
    tool: item.tool,
    posts: item.site.posts,
    megabytes: item.site.megabytes,
    ...median(results[index]),
    failure: results[index].find((result) => result.failure)?.failure ?? null,
    skipped: results[index].find((result) => result.skipped)?.skipped ?? null,
  }));
  for (const row of rows) {
    const floorRow = rows.find((other) => other.tool === 'floor' && other.posts === row.posts);
    row.ratio = floorRow && !floorRow.failure && !row.failure && !row.skipped ? row.wall / floorRow.wall : null;
  }
  console.log(`\n${RUNS > 1 ? `medians of ${RUNS}` : 'measured'} (${QUICK_TOOLS.join(' and ')}: medians of ${RUNS + QUICK_ROUNDS}) in ${measuredMinutes.toFixed(1)} minutes:`);
  for (const row of rows) console.log(format(row));
  const targets = syntheticTargets(rows, markdownlintPosts);
  console.log('\nTargets (issue #25):');
  for (const target of targets) console.log(`  ${target.met ? 'met    ' : 'MISSED '} ${target.name}: ${target.figure}`);
  if (!writeDocs) return;
  const table = [
    '| Posts | MB | Tool | Wall (s) | CPU (s) | Peak RSS (MB) | × the floor |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: |',
    ...rows.map((row) =>
      row.skipped
        ? `| ${row.posts} | ${row.megabytes.toFixed(1)} | ${row.tool} | not run: ${row.skipped} | — | — | — |`
        : `| ${row.posts} | ${row.megabytes.toFixed(1)} | ${row.tool} | ${row.wall.toFixed(2)}${row.failure ? ` (${row.failure})` : ''} | ${row.cpu.toFixed(2)} | ${row.rss.toFixed(0)} | ${row.ratio === null ? '—' : row.ratio.toFixed(1)} |`,
    ),
  ];
  const generation = sites.map((site) => `${site.posts} posts (${site.megabytes.toFixed(1)} MB) in ${site.seconds.toFixed(1)} s`).join(', ');
  const section = `${SYNTHETIC_HEADING}

<!-- Written by \`npm run bench:synthetic\` (scripts/bench.mjs --synthetic): do not edit. -->

Measured by \`npm run bench:synthetic\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores, Node ${process.version}, on synthetic
spam sites from \`scripts/synthetic-site.mjs\` (seed ${SYNTHETIC_SEED}; generated ${generation}): Hexo sites where seven posts in
eight are shaped like \`../shared/examples/seed-post.md\` — 10–30 KB of prose dense with links, AdSense blocks between
\`<!-- ads begin -->\` markers, Amazon affiliate cards with a 1×1 pixel, tables, images and an "Also read" link farm —
and one in eight is honest. Every tool ran as its own process, in the same run, under GNU time${RUNS > 1 ? ` (${RUNS} rounds of every measurement in turn, the median shown)` : ''}, stopped after
${TIMEOUT} s, each after every post was read once (in the page cache for each alike). content-lint ran its default rules, offline (\`--format json\`); \`--cache\` is the second of two runs
over unchanged files; the floor reads every file and parses its front matter with gray-matter and zod;
markdownlint-cli2 (its default config) ran at ${markdownlintPosts} posts only. The last column is wall time over the
floor's at the same size. The floor and the warm cache, a few seconds each, were measured ${QUICK_ROUNDS} times more, in turn
with each other: the median of ${RUNS + QUICK_ROUNDS} is shown. A shared machine: expect some noise.

${table.join('\n')}

Targets (issue #25), from the figures above:

${targets.map((target) => `- ${target.met ? '✅' : '❌'} ${target.name}: ${target.figure}`).join('\n')}
`;
  writeBenchmarks({ synthetic: section });
  console.log('\nwrote docs/benchmarks.md');
}
