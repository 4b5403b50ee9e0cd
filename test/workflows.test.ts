/**
 * The workflows users copy from the README (and this repository runs), and the release workflow:
 * valid by GitHub's own parser and validator (@actions/workflow-parser, from actions/languageservices),
 * safe by the rules of domain-notes §7, and using only inputs and outputs the action has.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers.js';

const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8'));
const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const folder = path.join(REPO_ROOT, '.github', 'workflows');
const workflows = readdirSync(folder)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name, text: readFileSync(path.join(folder, name), 'utf8') }));

/**
 * What GitHub would say of a workflow file: YAML, the workflow schema (keys, events, permission
 * scopes and levels, runner and step shapes), expressions in `${{ }}`, and — once those pass — the
 * jobs' `needs` (unknown or circular jobs). An empty list for a workflow GitHub would run.
 */
async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (errors.length > 0 || parsed.value === undefined) return errors.length > 0 ? errors : [`${name}: empty workflow`];
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return (template.errors ?? []).map((error) => error.Message);
}

/** Every step's `run:` script, with the job and step it belongs to. */
function runScripts(text: string): { where: string; script: string }[] {
  const workflow = parse(text);
  return Object.entries<any>(workflow.jobs).flatMap(([job, body]) =>
    (body.steps ?? []).flatMap((step: any, index: number) => (typeof step.run === 'string' ? [{ where: `${job}, step ${step.name ?? index + 1}`, script: step.run }] : [])),
  );
}

describe('workflows', () => {
  it('the README has the seven set-ups, each also a workflow of this repository', () => {
    const names = [...readme.matchAll(/<!-- workflow: ([\w.-]+) -->/g)].map((match) => match[1]);
    expect(names).toEqual(['content-lint.yml', 'content-lint-checks.yml', 'content-lint-sarif.yml', 'content-lint-changed-lines.yml', 'content-lint-urls.yml', 'content-lint-cache.yml', 'content-lint-shards.yml']);
    for (const name of names) expect(workflows.map((workflow) => workflow.name)).toContain(name);
  });

  it.each(workflows)('$name: least privilege, pinned actions, no pull_request_target', ({ text }) => {
    const workflow = parse(text);
    expect(text).not.toContain('pull_request_target');
    expect(workflow.permissions).toMatchObject({ contents: 'read' });
    for (const job of Object.values<any>(workflow.jobs)) {
      for (const step of job.steps) {
        if (step.uses === undefined) continue;
        // Third-party actions by full commit SHA; this action from the checkout.
        expect(step.uses).toMatch(/^(\.\/|[\w-]+\/[\w./-]+@[0-9a-f]{40})$/);
        if (step.uses.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials']).toBe(false);
        if (step.uses === './') {
          for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
        }
      }
    }
  });

  it.each(workflows)("$name: valid by GitHub's workflow parser", async ({ name, text }) => {
    expect(await workflowErrors(name, text)).toEqual([]);
  });

  it.each(workflows)('$name: run scripts parse as bash and take values through env, not ${{ }} (no script injection)', ({ text }) => {
    for (const { where, script } of runScripts(text)) {
      expect(script, where).not.toContain('${{');
      const check = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
      expect(check.stderr, where).toBe('');
      expect(check.status, where).toBe(0);
    }
  });

  it('pins each third-party action to one commit everywhere, with its version in a comment', () => {
    const pins = new Map<string, Set<string>>();
    for (const { name, text } of workflows) {
      for (const match of text.matchAll(/^\s*(?:-\s+)?uses:\s+(\S+)(.*)$/gm)) {
        const [, target = '', rest = ''] = match;
        if (target.startsWith('./')) continue;
        expect(rest, `${name}: ${target}`).toMatch(/^ # v\d+\.\d+\.\d+$/);
        const action = target.split('@')[0] as string;
        pins.set(action, (pins.get(action) ?? new Set()).add(`${target}${rest}`));
      }
    }
    for (const [action, seen] of pins) expect([...seen], action).toHaveLength(1);
    expect([...pins.keys()]).toEqual(expect.arrayContaining(['actions/checkout', 'actions/setup-node']));
  });

  it('the validator rejects broken workflows (so the checks above can fail)', async () => {
    const job = (steps: string, extra = '') => `on: push\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n${extra}    steps:\n${steps}`;
    expect(await workflowErrors('ok.yml', job('      - run: echo ok\n'))).toEqual([]);
    const broken = {
      'unknown key': job('      - run: echo ok\n', '    timeout: 5\n'),
      'run and uses in one step': job('      - run: echo ok\n        uses: actions/checkout@v4\n'),
      'unknown event': job('      - run: echo ok\n').replace('on: push', 'on: pushed'),
      'unknown permission level': job('      - run: echo ok\n').replace('contents: read', 'contents: rw'),
      'unknown permission scope': job('      - run: echo ok\n').replace('contents: read', 'workflows: write'),
      'unclosed expression': job('      - run: echo ${{ github.sha\n'),
      'unknown needed job': `${job('      - run: echo ok\n')}  report:\n    needs: build\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n`,
      'no jobs': 'on: push\n',
      'not YAML': 'on: push\njobs: [\n',
    };
    for (const [kind, text] of Object.entries(broken)) expect(await workflowErrors('broken.yml', text), kind).not.toEqual([]);
  });

  it('action.yml is valid by the action schema', () => {
    const parsed = parseAction({ name: 'action.yml', content: readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8') }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().map((error) => error.message)).toEqual([]);
    const broken = parseAction({ name: 'action.yml', content: 'name: x\ndescription: y\nruns:\n  using: node24\n' }, new NoOperationTraceWriter());
    expect(broken.context.errors.getErrors()).not.toEqual([]);
  });

  it('the README documents every input of action.yml', () => {
    for (const input of Object.keys(action.inputs)) expect(readme).toContain(`| \`${input}\` |`);
    for (const output of Object.keys(action.outputs)) expect(readme).toContain(`\`${output}\``);
  });
});

describe('the release workflow', () => {
  const text = readFileSync(path.join(folder, 'release.yml'), 'utf8');
  const release = parse(text);
  const ci = parse(readFileSync(path.join(folder, 'ci.yml'), 'utf8'));
  const jobs = Object.entries<any>(release.jobs);
  const jobRunning = (pattern: RegExp) => jobs.filter(([, job]) => job.steps.some((step: any) => pattern.test(step.run ?? '')));
  /** The jobs `id` waits for, directly or not. */
  const upstream = (id: string): string[] => {
    const needs = [release.jobs[id].needs ?? []].flat() as string[];
    return [...new Set(needs.flatMap((need) => [need, ...upstream(need)]))];
  };

  it('runs on version tags only', () => {
    expect(release.on).toEqual({ push: { tags: ['v*.*.*'] } });
  });

  it('runs CI as ci.yml does, and publishes nothing before it and the checks have passed', () => {
    const [[testJob]] = jobRunning(/^bash \.ci\/run$/) as [[string, unknown]];
    expect(release.jobs[testJob].steps).toEqual(ci.jobs.test.steps);
    const [[verifyJob]] = jobRunning(/npm run check-generated/) as [[string, unknown]];
    const verify = release.jobs[verifyJob].steps.map((step: any) => step.run ?? '').join('\n');
    expect(verify).toContain('"$GITHUB_REF_NAME" != "v$version"');
    expect(verify).toContain('node scripts/changelog-section.mjs "$GITHUB_REF_NAME"');
    for (const [id] of [...jobRunning(/npm publish/), ...jobRunning(/gh release create/), ...jobRunning(/git\/refs/)]) {
      expect(upstream(id)).toEqual(expect.arrayContaining([testJob, verifyJob]));
    }
    const [[publishJob]] = jobRunning(/npm publish/) as [[string, unknown]];
    for (const [id] of jobRunning(/gh release create/)) expect(upstream(id)).toContain(publishJob);
  });

  it('gives each job only what it uses: id-token to the npm job, contents: write to the release job', () => {
    expect(release.permissions).toEqual({ contents: 'read' });
    const [[publishJob, publish]] = jobRunning(/npm publish --provenance --access public/) as [[string, any]];
    const [[releaseJob, releaser]] = jobRunning(/gh release create/) as [[string, any]];
    expect(jobRunning(/git\/refs/).map(([id]) => id)).toEqual([releaseJob]);
    expect(publish.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(releaser.permissions).toEqual({ contents: 'write' });
    for (const [id, job] of jobs) if (id !== publishJob && id !== releaseJob) expect(job.permissions, id).toBeUndefined();
    // The npm token reaches the publishing step alone, and no dependency's code runs beside it.
    expect(text.match(/secrets\.NPM_TOKEN/g)).toHaveLength(1);
    const publishStep = publish.steps.find((step: any) => /npm publish/.test(step.run ?? ''));
    expect(publishStep.env).toEqual({ NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' });
    expect(publish.steps.map((step: any) => step.run ?? '').join('\n')).not.toMatch(/npm (?:ci|install)/);
  });
});
