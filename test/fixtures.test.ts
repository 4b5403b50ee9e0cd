/**
 * Fixtures are the specification: every `{rule-id}` marker in a fixture is a line where that rule
 * must report, and no other line may have a finding. Snapshots then pin what is said. Each text
 * fixture is also linted with CRLF and CR-only line endings and with a BOM: the findings must not move.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LintDocument } from '../src/engine/document.js';
import { selectFiles } from '../src/engine/files.js';
import { lintDocument, readDocument } from '../src/engine/lint.js';
import { actualMarkers, expectedMarkers, fixtureConfig, fixtureFolders, render, REPO_ROOT } from './helpers.js';

describe.each(fixtureFolders())('$ruleId/$name', ({ folder, kind }) => {
  const config = fixtureConfig(folder);
  const entries = selectFiles([folder], config, REPO_ROOT);

  it('has fixtures', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  describe.each(entries.map((entry) => ({ entry, name: path.basename(entry.path) })))('$name', ({ entry }) => {
    const result = lintDocument(readDocument(entry, config), config);

    it('reports exactly the marked lines', () => {
      const expected = expectedMarkers(entry.absolute);
      if (kind === 'ok') expect(expected).toEqual([]);
      else expect(expected.length).toBeGreaterThan(0);
      expect(actualMarkers(result.findings)).toEqual(expected);
    });

    it('says what the snapshot says', () => {
      expect(render(result.findings)).toMatchSnapshot();
    });

    const bytes = entry.symlinkTarget === undefined ? readFileSync(entry.absolute) : null;
    const isPlainText = bytes !== null && !bytes.includes(13) && LintDocument.fromBytes(entry.path, bytes).source.problems.length === 0 && bytes.length <= config.maxFileSize;
    // Binary, UTF-16, CR-containing and over-size fixtures have no line-ending variants to compare.
    if (isPlainText) it('gives the same findings with CRLF, CR-only and BOM', () => {
      const text = (bytes as Buffer).toString('utf8');
      const variants = {
        crlf: text.replace(/\n/g, '\r\n'),
        cr: text.replace(/\n/g, '\r'),
        bom: text.startsWith('\uFEFF') ? text : `\uFEFF${text}`,
      };
      for (const variant of Object.values(variants)) {
        const variantResult = lintDocument(LintDocument.fromText(entry.path, variant), config);
        expect(render(variantResult.findings)).toBe(render(result.findings));
      }
    });
  });
});
