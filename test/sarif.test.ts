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

  it('puts each finding at its repository-relative file and line', async () => {
    const { log } = await sarifOfExamples();
    const places = log.runs[0].results.map(
      (result: { ruleId: string; ruleIndex: number; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }) =>
        `${result.locations[0]?.physicalLocation.artifactLocation.uri}:${result.locations[0]?.physicalLocation.region.startLine} ${result.ruleId}#${result.ruleIndex}`,
    );
    const index = (id: string) => rules.findIndex((rule) => rule.meta.id === id);
    expect(places).toEqual([
      `examples/source/_posts/2024-03-01-spring-cleaning.md:3 date-filename#${index('date-filename')}`,
      `examples/source/_posts/2024-03-01-spring-cleaning.md:4 date-order#${index('date-order')}`,
      `examples/source/_posts/2024-09-21-server-patent-dispute.md:43 no-script#${index('no-script')}`,
      `examples/source/_posts/2024-11-15-unsafe-front-matter.md:1 front-matter-fence#${index('front-matter-fence')}`,
      `examples/source/_posts/2024-11-15-unsafe-front-matter.md:10 inline-config#${index('inline-config')}`,
      `examples/source/_posts/2024-11-15-unsafe-front-matter.md:11 no-script#${index('no-script')}`,
    ]);
  });
});
