// Nightly (markdownlint's approach): lints every site of ../shared/corpus and compares the
// findings with test/corpus-snapshots/<site>.json, so that every change of behaviour on real
// sites shows up as a reviewable diff. `--update` writes the snapshots; otherwise a difference
// is printed as a unified diff and the exit code is 1. Skipped where ../shared is absent.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { corpora, lintCorpora, root } from './corpus.mjs';

const update = process.argv.includes('--update');
const names = corpora('corpus snapshots');
if (!names) process.exit(0);
const folder = path.join(root, 'test', 'corpus-snapshots');
mkdirSync(folder, { recursive: true });

let changed = 0;
for (const { corpus, report, seconds } of await lintCorpora(names)) {
  const snapshot = `${JSON.stringify(
    {
      fileCount: report.fileCount,
      errorCount: report.errorCount,
      warningCount: report.warningCount,
      // Only files with findings: one line per finding, stable and easy to review.
      files: Object.fromEntries(
        report.files
          .filter((file) => file.findings.length > 0)
          .map((file) => [file.file, file.findings.map((finding) => `${finding.line}:${finding.column} ${finding.severity} ${finding.ruleId}/${finding.messageId} ${finding.message}`)]),
      ),
    },
    null,
    2,
  )}\n`;
  const file = path.join(folder, `${corpus}.json`);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (before === snapshot) {
    console.log(`${corpus}: ${report.fileCount} files in ${seconds.toFixed(1)} s, unchanged`);
    continue;
  }
  if (update) {
    writeFileSync(file, snapshot);
    console.log(`${corpus}: snapshot ${before ? 'updated' : 'written'}`);
    continue;
  }
  changed++;
  process.stdout.write(createTwoFilesPatch(`a/test/corpus-snapshots/${corpus}.json`, `b/test/corpus-snapshots/${corpus}.json`, before, snapshot));
}
if (changed > 0) {
  console.log(`corpus snapshots: ${changed} site(s) changed; review the diff, then run \`node scripts/corpus-snapshots.mjs --update\` and commit`);
  process.exit(1);
}
