/**
 * The report formats other CI systems read — JUnit XML, Checkstyle XML, GitLab Code Quality JSON —
 * validated against their schemas (test/schemas/), on findings whose file names and messages hold
 * everything XML and JSON must escape.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { REPO_ROOT, runCliCaptured, withTempDir, writeTree } from './helpers.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv') as typeof import('ajv').default;
const schema = (name: string) => readFileSync(path.join(REPO_ROOT, 'test', 'schemas', name), 'utf8');

/** A site with errors, a warning (a likely affiliate link), a clean post and a file name full of markup. */
const SITE = {
  '.content-lint.yml': 'include: ["**/*.md"]\n',
  'posts/a.md': '---\ntitle: A\n---\n\n<script>x()</script>\n\nThe [kettle](https://shop.example/kettle?aff_id=48213) we use.\n',
  'posts/clean.md': '---\ntitle: Clean\n---\n\nHello.\n',
  "posts/<b>&'quoted\" ]]>.md": '---\ntitle: B\n---\n\n<script>"]]></script>\n',
};

async function report(format: string, files: Record<string, string> = SITE): Promise<string> {
  return withTempDir(async (directory) => {
    writeTree(directory, files);
    const run = await runCliCaptured(['--format', format, '--fail-on', 'never'], directory);
    expect(run.code).toBe(0);
    return run.stdout;
  });
}

async function xmlErrors(xml: string, xsd: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [xsd] });
  return result.errors.map((error) => error.message);
}

describe('--format junit', () => {
  it('validates against the JUnit schema: a suite per file, a failing case per finding, a passing one for a clean file', async () => {
    const xml = await report('junit');
    expect(await xmlErrors(xml, schema('junit.xsd'))).toEqual([]);
    expect(xml).toContain('<testcase name="content-lint" classname="posts/clean.md" time="0"/>');
    expect(xml).toContain('name="posts/&lt;b&gt;&amp;&apos;quoted&quot; ]]&gt;.md"');
    expect(xml.match(/<failure /g)?.length).toBe(3);
    // A broken report is rejected: the validation can fail.
    expect(await xmlErrors(xml.replace('<properties/>', ''), schema('junit.xsd'))).not.toEqual([]);
  });
});

describe('--format checkstyle', () => {
  it('validates against the Checkstyle format: a <file> per file with findings, an <error> per finding', async () => {
    const xml = await report('checkstyle');
    expect(await xmlErrors(xml, schema('checkstyle.xsd'))).toEqual([]);
    expect(xml).toContain('source="content-lint.no-script"');
    expect(xml).not.toContain('posts/clean.md');
    expect(await xmlErrors(xml.replace('severity="error"', 'severity="fatal"'), schema('checkstyle.xsd'))).not.toEqual([]);
  });
});

describe('--format gitlab', () => {
  it('validates against GitLab\'s Code Quality format, with fingerprints that survive lines added above', async () => {
    const issues = JSON.parse(await report('gitlab')) as Array<{ fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }>;
    const validate = new Ajv({ strict: true }).compile(JSON.parse(schema('gitlab-codequality.schema.json')));
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
    expect(issues.map((issue) => issue.severity).sort()).toEqual(['major', 'major', 'minor']);
    // The same findings two lines further down: the same fingerprints, new line numbers.
    const moved = JSON.parse(await report('gitlab', { ...SITE, 'posts/a.md': (SITE['posts/a.md'] as string).replace('\n\n<script>', '\n\nA new paragraph.\n\n<script>') })) as typeof issues;
    expect(moved.map((issue) => issue.fingerprint).sort()).toEqual(issues.map((issue) => issue.fingerprint).sort());
    expect(moved.filter((issue) => issue.location.path === 'posts/a.md').map((issue) => issue.location.lines.begin)).toEqual([7, 9]);
    expect(validate([{ ...issues[0], severity: 'error' }])).toBe(false);
  });

  it('tells identical findings on identical lines apart', async () => {
    const issues = JSON.parse(await report('gitlab', { '.content-lint.yml': 'include: ["*.md"]\n', 'a.md': '---\ntitle: A\n---\n\n<script>x()</script>\n\n<script>x()</script>\n' })) as Array<{ fingerprint: string }>;
    expect(issues).toHaveLength(2);
    expect(issues[0]?.fingerprint).not.toBe(issues[1]?.fingerprint);
  });
});
