/** The action's inputs (see action.yml), read and checked once, with the defaults of action.yml. */
import * as core from '@actions/core';
import { DEFAULT_URL_CACHE } from '../run/cache.js';
import { FILTER_MODES, type FilterMode } from './filter.js';
import { parseShard, type Shard } from '../run/lint.js';

export const FAIL_ON = ['error', 'warning', 'never'] as const;
export const ANNOTATION_MODES = ['auto', 'workflow-commands', 'checks', 'none'] as const;

export interface ActionInputs {
  /** The folder the run starts in (a site in a sub-folder of the repository): paths, config and report files are relative to it. */
  workingDirectory: string;
  paths: string[];
  config: string | undefined;
  failOn: (typeof FAIL_ON)[number];
  /** `undefined`: `file` on pull requests, `nofilter` elsewhere. */
  filterMode: FilterMode | undefined;
  annotations: (typeof ANNOTATION_MODES)[number];
  summary: boolean;
  /** One pull-request comment with the findings, kept up to date (needs `pull-requests: write`). */
  comment: boolean;
  /** Suggested changes for the fixable findings on the pull request's lines (needs `pull-requests: write`). */
  suggestions: boolean;
  sarifFile: string | undefined;
  jsonFile: string | undefined;
  checkUrls: boolean;
  /** Import the config's `remark.plugins` from the workspace's node_modules (the workflow's say, never the repository's). */
  allowPlugins: boolean;
  urlCache: string;
  cache: boolean;
  shard: Shard | undefined;
  /** JSON reports of shard jobs (files or folders) to combine instead of checking files. */
  merge: string[];
  fix: boolean;
  baseline: string | undefined;
  token: string | undefined;
}

export class InputError extends Error {
  override name = 'InputError';
}

export function readInputs(): ActionInputs {
  return {
    workingDirectory: core.getInput('working-directory') || '.',
    paths: lines('paths'),
    config: core.getInput('config') || undefined,
    failOn: oneOf('fail-on', FAIL_ON, 'error'),
    filterMode: core.getInput('filter-mode') ? oneOf('filter-mode', FILTER_MODES, 'file') : undefined,
    annotations: oneOf('annotations', ANNOTATION_MODES, 'auto'),
    summary: flag('summary', true),
    comment: flag('comment', false),
    suggestions: flag('suggestions', false),
    sarifFile: core.getInput('sarif-file') || undefined,
    jsonFile: core.getInput('json-file') || undefined,
    checkUrls: flag('check-urls', false),
    allowPlugins: flag('allow-plugins', false),
    urlCache: core.getInput('url-cache') || DEFAULT_URL_CACHE,
    cache: flag('cache', false),
    shard: shard(),
    merge: lines('merge'),
    fix: flag('fix', false),
    baseline: core.getInput('baseline') || undefined,
    token: core.getInput('token') || undefined,
  };
}

function lines(name: string): string[] {
  return core
    .getInput(name)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function shard(): Shard | undefined {
  const value = core.getInput('shard');
  if (value === '') return undefined;
  const parsed = parseShard(value);
  if (!parsed) throw new InputError(`Unexpected shard \`${value}\`, expected I/N with 1 ≤ I ≤ N, such as \`2/4\``);
  return parsed;
}

function oneOf<T extends string>(name: string, values: readonly T[], fallback: T): T {
  const value = core.getInput(name) || fallback;
  if (!values.includes(value as T)) throw new InputError(`Unexpected ${name} \`${value}\`, expected one of ${values.map((item) => `\`${item}\``).join(', ')}`);
  return value as T;
}

function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  throw new InputError(`Unexpected ${name} \`${value}\`, expected \`true\` or \`false\``);
}
