// Lints every real site in ../shared/corpus with the built CLI, as its maintainers would (the
// corpus folder is the working directory, so generator detection applies), and fails on any
// error-level finding: these are honest sites, so an error there is a false positive.
// Warnings are counted and listed by rule. Real findings checked by hand (broken links the sites
// really have) are in test/corpus-baselines/<site>.json and not counted. Skipped, with a message,
// where ../shared is absent.
import { corpora, lintCorpora } from './corpus.mjs';

const names = corpora('lint:corpus');
if (!names) process.exit(0);
const results = await lintCorpora(names);

let errors = 0;
for (const { corpus, report, seconds } of results) {
  const byRule = new Map();
  for (const file of report.files) {
    for (const finding of file.findings) {
      const key = `${finding.severity} ${finding.ruleId}`;
      byRule.set(key, (byRule.get(key) ?? 0) + 1);
      if (finding.severity === 'error' && !finding.baselined) console.log(`  ERROR ${corpus}/${file.file}:${finding.line} ${finding.message} [${finding.ruleId}]`);
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
