/** `content-lint examples --format sarif` is valid SARIF 2.1.0 with findings at the right lines. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { rules } from '../src/rules/index.js';
import { REPO_ROOT } from './helpers.js';

const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS; the SARIF schema is draft-04, which ajv 8 itself does not read.
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
// The OASIS SARIF 2.1.0 schema, as shipped by Microsoft's SARIF matchers.
const schemaPath = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

async function sarifOfExamples() {
  let stdout = '';
  const code = await runCli(['--config', 'examples/.content-lint.yml', '--format', 'sarif', 'examples'], {
    cwd: REPO_ROOT,
    env: {},
    stdout: { write: (text: string) => void (stdout += text) },
    stderr: { write: () => undefined },
  });
  return { code, log: JSON.parse(stdout) };
}

describe('SARIF', () => {
  it('validates against the SARIF 2.1.0 schema', async () => {
    const { code, log } = await sarifOfExamples();
    expect(code).toBe(1);
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    const ajv = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    // The validator is not a rubber stamp: a result without a message is rejected.
    const broken = structuredClone(log);
    delete broken.runs[0].results[0].message;
    expect(validate(broken)).toBe(false);
  });

  it('describes every rule the way code scanning needs', async () => {
    const { log } = await sarifOfExamples();
    const driverRules = log.runs[0].tool.driver.rules;
    expect(driverRules.map((rule: { id: string }) => rule.id)).toEqual(rules.map((rule) => rule.meta.id));
    for (const rule of driverRules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
      expect(rule.fullDescription.text.length).toBeGreaterThan(40);
      expect(rule.help.text).toContain(`docs/rules/${rule.id}.md`);
    }
  });

  it('puts each finding at its repository-relative file and line, as the JSON report does', async () => {
    const { log } = await sarifOfExamples();
    let json = '';
    await runCli(['--config', 'examples/.content-lint.yml', '--format', 'json', 'examples'], {
      cwd: REPO_ROOT,
      env: {},
      stdout: { write: (text: string) => void (json += text) },
      stderr: { write: () => undefined },
    });
    const expected = JSON.parse(json).files.flatMap((file: { file: string; findings: Array<{ line: number; column: number; ruleId: string }> }) =>
      file.findings.map((finding) => `${file.file}:${finding.line}:${finding.column} ${finding.ruleId}#${rules.findIndex((rule) => rule.meta.id === finding.ruleId)}`),
    );
    type Result = { ruleId: string; ruleIndex: number; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> };
    const places = log.runs[0].results.map((result: Result) => {
      const location = result.locations[0]?.physicalLocation;
      return `${location?.artifactLocation.uri}:${location?.region.startLine}:${location?.region.startColumn} ${result.ruleId}#${result.ruleIndex}`;
    });
    expect(places).toEqual(expected);
    expect(places.length).toBeGreaterThan(10);
    expect(places).toContain(`examples/source/_posts/2024-03-01-spring-cleaning.md:4:10 date-order#${rules.findIndex((rule) => rule.meta.id === 'date-order')}`);
  });
});
