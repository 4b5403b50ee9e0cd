/**
 * The workflows users copy from the README (and this repository runs): safe by the rules of
 * domain-notes §7, and using only inputs and outputs the action has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers.js';

const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8'));
const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const folder = path.join(REPO_ROOT, '.github', 'workflows');
const workflows = readdirSync(folder).map((name) => ({ name, text: readFileSync(path.join(folder, name), 'utf8') }));

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

  it('the README documents every input of action.yml', () => {
    for (const input of Object.keys(action.inputs)) expect(readme).toContain(`| \`${input}\` |`);
    for (const output of Object.keys(action.outputs)) expect(readme).toContain(`\`${output}\``);
  });
});
