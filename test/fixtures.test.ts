/**
 * Fixtures are the specification: every `{rule-id}` marker in a fixture is a line where that rule
 * must report, and no other line may have a finding. Snapshots then pin what is said. Each folder
 * is also linted with CRLF and CR-only line endings and with a BOM: the findings must not move.
 * A folder is linted as one run, files in order, as the CLI lints them, so rules that compare files
 * (unique slugs) see every file; a folder is a whole site (`image-orphaned`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LintDocument } from '../src/engine/document.js';
import { absolutePath, selectFiles, type FileEntry } from '../src/run/files.js';
import { createRun, finishRun, lintDocument, readDocument } from '../src/run/lint.js';
import type { ResolvedConfig } from '../src/engine/config.js';
import { loadMdx } from '../src/markdown/mdx.js';
import { actualMarkers, expectedMarkers, fixtureConfig, fixtureFolders, fixtureHistory, render, REPO_ROOT } from './helpers.js';

// The fixtures are linted in this thread, .mdx ones too, as lintPaths does after loading the MDX parsers.
await loadMdx();
const folders = await Promise.all(
  fixtureFolders().map(async (folder) => {
    const config = await fixtureConfig(folder.folder);
    const entries = selectFiles([folder.folder], config, REPO_ROOT);
    const run = createRun(config, undefined, { history: fixtureHistory(folder.folder), wholeSite: true });
    const results = entries.map((entry) => ({ entry, result: lintDocument(readDocument(entry, config), config, undefined, run) }));
    // Rules that finish after the whole run (network checks) add their findings here, and findings
    // on the site's other files (an image no post uses), which `<file>.expected` sidecars mark.
    const finished = await finishRun(run, config, results.map(({ result }) => result));
    const checked = new Set(entries.map((entry) => entry.path));
    const others = finished.files.filter((file) => !checked.has(file.file));
    const marked = sidecars(folder.folder).filter((file) => !checked.has(file));
    const siteFiles = [...new Set([...others.map((file) => file.file), ...marked])].sort().map((file) => ({ file, findings: others.find((other) => other.file === file)?.findings ?? [] }));
    return { ...folder, config, entries, results, siteFiles };
  }),
);

/** Files of a fixture site other than its Markdown that a `.expected` sidecar marks, as report paths. */
function sidecars(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.expected') && !/\.(?:md|mdx|markdown)\.expected$/.test(name))
    .map((name) => path.relative(REPO_ROOT, path.join(folder, name.slice(0, -'.expected'.length))).split(path.sep).join('/'));
}

const VARIANTS: Record<string, (text: string) => string> = {
  crlf: (text) => text.replace(/\n/g, '\r\n'),
  'CR-only': (text) => text.replace(/\n/g, '\r'),
  BOM: (text) => (text.startsWith('\uFEFF') ? text : `\uFEFF${text}`),
};

/** Binary, UTF-16, CR-containing and over-size files have no line-ending variants to compare. */
function plainText(entry: FileEntry, config: ResolvedConfig): string | null {
  if (entry.symlinkTarget !== undefined) return null;
  const bytes = readFileSync(absolutePath(entry));
  if (bytes.includes(13) || bytes.length > config.maxFileSize) return null;
  return LintDocument.fromBytes(entry.path, bytes).source.problems.length === 0 ? bytes.toString('utf8') : null;
}

describe.each(folders)('$ruleId/$name', ({ folder, kind, config, entries, results, siteFiles }) => {
  it('has fixtures, and markers where it should', () => {
    expect(entries.length).toBeGreaterThan(0);
    const markers = [...entries.map((entry) => absolutePath(entry)), ...siteFiles.map(({ file }) => path.join(REPO_ROOT, file))].flatMap((file) => expectedMarkers(file));
    if (kind === 'ok') expect(markers).toEqual([]);
    else expect(markers.length).toBeGreaterThan(0);
  });

  if (siteFiles.length > 0) {
    describe.each(siteFiles.map((site) => ({ ...site, name: path.basename(site.file) })))('$name (a site file)', ({ file, findings }) => {
      it('reports exactly the lines its sidecar marks', () => {
        expect(actualMarkers(findings)).toEqual(expectedMarkers(path.join(REPO_ROOT, file)));
      });

      it('says what the snapshot says', () => {
        expect(render(findings)).toMatchSnapshot();
      });
    });
  }

  describe.each(results.map(({ entry, result }) => ({ entry, result, name: path.basename(entry.path) })))('$name', ({ entry, result }) => {
    it('reports exactly the marked lines', () => {
      expect(actualMarkers(result.findings)).toEqual(expectedMarkers(absolutePath(entry)));
    });

    it('says what the snapshot says', () => {
      expect(render(result.findings)).toMatchSnapshot();
    });
  });

  const texts = entries.map((entry) => plainText(entry, config));
  if (texts.some((text) => text !== null)) {
    it.each(Object.keys(VARIANTS))('gives the same findings with %s line endings', async (variant) => {
      const transform = VARIANTS[variant] as (text: string) => string;
      const variantRun = createRun(config, undefined, { history: fixtureHistory(folder), wholeSite: true });
      const variantResults = entries.map((entry, index) => {
        const text = texts[index] ?? null;
        const document = text === null ? readDocument(entry, config) : LintDocument.fromText(entry.path, transform(text), entry.projectPath);
        return lintDocument(document, config, undefined, variantRun);
      });
      await finishRun(variantRun, config, variantResults);
      entries.forEach((entry, index) => {
        expect(render(variantResults[index]?.findings ?? []), entry.path).toBe(render(results[index]?.result.findings ?? []));
      });
    });
  }
});
