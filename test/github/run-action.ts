/**
 * Runs the bundled action (dist/index.js) as a runner runs it: a child process with inputs and the
 * event in the environment, commands on stdout, outputs and summary in files. CONTENT_LINT_ACTION_NODE
 * names another Node binary to run it with (CI uses Node 24, the runners' version).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FakeApi } from './fake-api.js';
import { REPO_ROOT } from '../helpers.js';

/** The Node binary the action runs with. */
export const NODE = process.env.CONTENT_LINT_ACTION_NODE || process.execPath;
export const EVENT = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test', 'github', 'pull_request.json'), 'utf8'));

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands printed, as the runner would read them (after leading spaces). */
  commands: string[];
}

export interface RunOptions {
  inputs?: Record<string, string>;
  /** A pull_request event: overrides for `pull_request` of the payload. */
  pullRequest?: Record<string, unknown>;
  api?: FakeApi;
}

export async function runAction(workspace: string, options: RunOptions = {}): Promise<ActionRun> {
  const runner = `${workspace}-runner`;
  mkdirSync(runner, { recursive: true });
  const files = { output: path.join(runner, 'output'), summary: path.join(runner, 'summary'), event: path.join(runner, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: 'octo-org/blog',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_API_URL: options.api?.url ?? 'http://127.0.0.1:9',
  };
  if (options.pullRequest) {
    writeFileSync(files.event, JSON.stringify({ ...EVENT, pull_request: { ...EVENT.pull_request, ...options.pullRequest } }));
    env.GITHUB_EVENT_NAME = 'pull_request';
    env.GITHUB_EVENT_PATH = files.event;
  }
  for (const [name, value] of Object.entries({ token: options.api ? 'ghs_test' : '', ...options.inputs })) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(NODE, [path.join(REPO_ROOT, 'dist', 'index.js')], { cwd: workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs = parseOutputs(readFileSync(files.output, 'utf8'));
  const summary = readFileSync(files.summary, 'utf8');
  // The runner's folder sits beside the workspace (which withTempDir removes), not in it: remove it here.
  rmSync(runner, { recursive: true, force: true });
  return {
    status,
    stdout,
    stderr,
    outputs,
    summary,
    commands: stdout.split(/\r?\n|\r/).map((line) => line.trimStart()).filter((line) => line.startsWith('::')),
  };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1] as string] = match[3] as string;
  return outputs;
}

