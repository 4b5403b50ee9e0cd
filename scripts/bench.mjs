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
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(process.argv.slice(2).find((arg, index, args) => !arg.startsWith('--') && args[index - 1] !== '--runs') ?? path.join(root, '..', 'shared', 'corpus'));
const writeDocs = !process.argv.includes('--no-docs');
// `--runs N`: N rounds of the corpus measurements, each tool once a round (so a slow spell of the
// machine falls on every tool alike), the median kept. One-file runs take well under a second, where
// noise is a large share: nine rounds.
const runsArgument = process.argv.indexOf('--runs');
const RUNS = runsArgument === -1 ? 1 : Math.max(1, Number(process.argv[runsArgument + 1]) || 1);
const SINGLE_RUNS = 9;
const TIME = '/usr/bin/time';
/** Where docs/benchmarks.md's hand-written measurement log starts (the bench rewrites what is above it). */
const LOG_HEADING = '## Measurement log';

if (!existsSync(corpus)) {
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
  'content-lint --cache, unchanged': (target) => contentLint(target, '--cache', '--cache-location', path.join(work, 'cache.json')),
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
  const run = spawnSync(TIME, ['-f', 'BENCH %e %U %S %M', command, ...args], { cwd: folder, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ...toolEnv(tool) } });
  const line = (run.stderr.match(/BENCH .*$/m) ?? [''])[0].split(' ');
  if (line.length < 5) throw new Error(`${tool} did not run: ${run.stderr.slice(-500)}`);
  return { wall: Number(line[1]), cpu: Number(line[2]) + Number(line[3]), rss: Number(line[4]) / 1024 };
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
and 4×. Every tool ran as its own process, in the same run, under GNU time${RUNS > 1 ? ` (${RUNS} rounds of every measurement in turn, the median shown)` : ''}. content-lint ran its default rules, offline
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
  // The measurement log below the generated part is written by hand: kept as it is.
  const file = path.join(root, 'docs', 'benchmarks.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const log = previous.indexOf(LOG_HEADING);
  writeFileSync(file, log === -1 ? markdown : `${markdown}\n${previous.slice(log)}`);
  console.log('\nwrote docs/benchmarks.md');
}
rmSync(work, { recursive: true, force: true });
