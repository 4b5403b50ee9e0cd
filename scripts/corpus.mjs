// The real sites of ../shared/corpus, and one lint of each with the built CLI as its maintainers
// would run it (the site's folder as working directory, so generator detection applies; a fixed
// "now", so date findings do not drift). Shared by lint:corpus and the nightly snapshots.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const corpusRoot = path.resolve(root, '..', 'shared', 'corpus');

/** The corpus folders, or `null` (with a message) where ../shared is absent, as in a clone. */
export function corpora(script) {
  if (!existsSync(corpusRoot)) {
    console.log(`${script} skipped: ${corpusRoot} is not there (it ships with CI, not with clones).`);
    return null;
  }
  return readdirSync(corpusRoot).filter((name) => statSync(path.join(corpusRoot, name)).isDirectory()).sort();
}

export function lintCorpus(corpus) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    // Real findings checked by hand (broken links the sites have) are kept in a baseline per site.
    const baseline = path.join(root, 'test', 'corpus-baselines', `${corpus}.json`);
    const args = [path.join(root, 'dist', 'cli.js'), '--format', 'json', '--now', '2026-11-28T00:00:00Z', '--fail-on', 'never', ...(existsSync(baseline) ? ['--baseline', baseline] : [])];
    const child = spawn(process.execPath, args, {
      cwd: path.join(corpusRoot, corpus),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ corpus, report: JSON.parse(output), seconds: (Date.now() - started) / 1000 }) : reject(new Error(`${corpus}: exit ${code}`))));
  });
}

/** Every corpus, two at a time: the machines have two cores. */
export async function lintCorpora(names) {
  const results = [];
  for (let index = 0; index < names.length; index += 2) results.push(...(await Promise.all(names.slice(index, index + 2).map(lintCorpus))));
  return results;
}
