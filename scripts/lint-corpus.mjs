// Lints every real site in ../shared/corpus with the built CLI, as its maintainers would (the
// corpus folder is the working directory, so generator detection applies), and fails on any
// error-level finding: these are honest sites, so an error there is a false positive.
// Warnings are counted and listed by rule. Skipped, with a message, where ../shared is absent.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusRoot = path.resolve(root, '..', 'shared', 'corpus');
if (!existsSync(corpusRoot)) {
  console.log(`lint:corpus skipped: ${corpusRoot} is not there (it ships with CI, not with clones).`);
  process.exit(0);
}
const corpora = readdirSync(corpusRoot).filter((name) => statSync(path.join(corpusRoot, name)).isDirectory()).sort();

function lint(corpus) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(root, 'dist', 'cli.js'), '--format', 'json', '--now', '2026-11-28T00:00:00Z', '--fail-on', 'never'], {
      cwd: path.join(corpusRoot, corpus),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ corpus, report: JSON.parse(output), seconds: (Date.now() - started) / 1000 }) : reject(new Error(`${corpus}: exit ${code}`))));
  });
}

// Two at a time: the machines have two cores.
const results = [];
for (let index = 0; index < corpora.length; index += 2) results.push(...(await Promise.all(corpora.slice(index, index + 2).map(lint))));

let errors = 0;
for (const { corpus, report, seconds } of results) {
  const byRule = new Map();
  for (const file of report.files) {
    for (const finding of file.findings) {
      const key = `${finding.severity} ${finding.ruleId}`;
      byRule.set(key, (byRule.get(key) ?? 0) + 1);
      if (finding.severity === 'error') console.log(`  ERROR ${corpus}/${file.file}:${finding.line} ${finding.message} [${finding.ruleId}]`);
    }
  }
  errors += report.errorCount;
  const summary = [...byRule].map(([key, count]) => `${count} ${key}`).join(', ') || 'no findings';
  console.log(`${corpus}: ${report.fileCount} files in ${seconds.toFixed(1)} s: ${summary}`);
}
if (errors > 0) {
  console.log(`lint:corpus: ${errors} error-level findings on honest sites (false positives)`);
  process.exit(1);
}
console.log('lint:corpus: no error-level findings on the honest sites');
