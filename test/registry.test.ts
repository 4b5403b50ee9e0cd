/** The rule registry is complete and every rule follows the house conventions. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LintDocument } from '../src/engine/document.js';
import { resolveConfig } from '../src/engine/config.js';
import { lintDocument } from '../src/run/lint.js';
import { loadMdx } from '../src/markdown/mdx.js';
import { rules } from '../src/rules/index.js';
import { fixtureFolders, REPO_ROOT } from './helpers.js';

// These lint .mdx files in this thread, as lintPaths does after loading the MDX parsers.
beforeAll(loadMdx);

const ruleFiles = readdirSync(path.join(REPO_ROOT, 'src', 'rules'))
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
  .map((name) => name.replace(/\.ts$/, ''))
  .sort();

/** Inputs every rule must survive without crashing. */
const EDGE_CASES: Record<string, string | Uint8Array> = {
  empty: '',
  'BOM only': '\uFEFF',
  'lone fence': '---',
  'lone fence with newline': '---\n',
  'CRLF front matter': '---\r\ntitle: x\r\n---\r\n\r\nBody <b>x</b>\r\n',
  'CR-only front matter': '---\rtitle: x\r---\r\rBody <b>x</b>\r',
  unterminated: '---\ntitle: x\n\n<script>x</script>\n',
  'no final newline': '---\ntitle: x\n---\nBody',
  'only whitespace': ' \n\t\n',
  'unclosed HTML': '<div><span><a href="',
  'unclosed code fence': '```\n<script>\n',
  'TOML unterminated': '+++\ntitle = "x"\n',
  binary: new Uint8Array([0, 1, 2, 3]),
};

describe('rule registry', () => {
  it('lists every file in src/rules, under the file name as id', () => {
    expect(rules.map((rule) => rule.meta.id).sort()).toEqual(ruleFiles);
  });

  it('has unique ids', () => {
    expect(new Set(rules.map((rule) => rule.meta.id)).size).toBe(rules.length);
  });
});

describe.each(rules.map((rule) => ({ rule, id: rule.meta.id })))('$id', ({ rule, id }) => {
  it('has a kebab-case id and a description without a trailing period', () => {
    expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(rule.meta.description).not.toMatch(/\.$/);
    expect(rule.meta.rationale.length).toBeGreaterThan(40);
    expect(rule.meta.tags.length).toBeGreaterThan(0);
  });

  it('has messages in the house style', () => {
    const messages = Object.values(rule.meta.messages);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).not.toMatch(/\.$/);
      expect(message).not.toMatch(/\byou\b/i);
      expect(message[0]).toBe(message[0]?.toUpperCase());
    }
  });

  it('has default options that validate', () => {
    expect(() => rule.meta.options.parse(undefined)).not.toThrow();
  });

  it('has a docs page with the generated block', () => {
    const page = path.join(REPO_ROOT, 'docs', 'rules', `${id}.md`);
    expect(existsSync(page)).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text).toContain(`# \`${id}\``);
    expect(text).toContain('<!-- generated: start');
    expect(text).toContain('## Why');
    expect(text).toContain('## Examples');
  });

  it('has ok and not-ok fixtures, and a not-ok fixture where it reports', () => {
    const folders = fixtureFolders().filter((folder) => folder.ruleId === id);
    expect(folders.some((folder) => folder.kind === 'ok')).toBe(true);
    expect(folders.some((folder) => folder.kind === 'not-ok')).toBe(true);
  });

  it.each(Object.entries(EDGE_CASES))('survives %s input', (_name, input) => {
    const config = resolveConfig({}, [rule], { root: '.', file: null });
    const document = typeof input === 'string' ? LintDocument.fromText('edge.md', input) : LintDocument.fromBytes('edge.md', input);
    const result = lintDocument(document, config, [rule]);
    expect(result.findings.filter((finding) => finding.messageId === 'crash')).toEqual([]);
    for (const finding of result.findings) {
      expect(finding.line).toBeGreaterThanOrEqual(1);
      expect(finding.line).toBeLessThanOrEqual(document.lines.lineCount);
    }
  });

  it.each(['.md', '.mdx'])('survives edge cases as %s', (extension) => {
    const config = resolveConfig({}, [rule], { root: '.', file: null });
    for (const input of Object.values(EDGE_CASES)) {
      const path = `edge${extension}`;
      const document = typeof input === 'string' ? LintDocument.fromText(path, input) : LintDocument.fromBytes(path, input);
      expect(lintDocument(document, config, [rule]).findings.filter((finding) => finding.messageId === 'crash')).toEqual([]);
    }
  });
});

describe('not-ok fixtures', () => {
  it('show each rule reporting at least once', async () => {
    const { selectFiles } = await import('../src/run/files.js');
    const { createRun, finishRun, readDocument } = await import('../src/run/lint.js');
    const { fixtureConfig, fixtureHistory } = await import('./helpers.js');
    const reported = new Set<string>();
    for (const { folder, kind } of fixtureFolders()) {
      if (kind !== 'not-ok') continue;
      const config = await fixtureConfig(folder);
      // A fixture folder is a whole site (image-orphaned reports only then).
      const run = createRun(config, undefined, { history: fixtureHistory(folder), wholeSite: true });
      const results = selectFiles([folder], config, REPO_ROOT).map((entry) => lintDocument(readDocument(entry, config), config, undefined, run));
      for (const file of (await finishRun(run, config, results)).files) {
        for (const finding of file.findings) reported.add(finding.ruleId.split(':')[0] as string);
      }
    }
    expect([...reported].sort()).toEqual(rules.map((rule) => rule.meta.id).sort());
  });
});
