/**
 * Config files a run does not use, said once so that nobody believes them in force. A run uses one
 * config (see `findConfigFile`), so a site's config in a sub-folder of a monorepo is not used when
 * the run starts above it: each site is linted from its own folder (the action's
 * `working-directory`). Code is never run on its own: `.content-lint.js`/`.mjs`/`.cjs` loads only
 * when named (`--config`, the action's `config`), `.remarkrc.js` never; remark-lint takes its
 * settings from `remark` in the config, which `content-lint init` fills from data-only `.remarkrc`
 * files.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAMES, isRuleOnAnywhere, type ResolvedConfig } from '../engine/config.js';
import { absolutePath, type FileEntry } from './files.js';

const CODE_CONFIGS = ['.content-lint.js', '.content-lint.mjs', '.content-lint.cjs'];
const REMARK_CODE = ['.remarkrc.js', '.remarkrc.cjs', '.remarkrc.mjs'];
const REMARK_DATA = ['.remarkrc', '.remarkrc.json', '.remarkrc.yml', '.remarkrc.yaml'];

/** What to tell the user about config files this run leaves alone, one line each; `cwd` names them. */
export function unusedConfigNotices(config: ResolvedConfig, files: readonly FileEntry[], cwd: string): string[] {
  const notices: string[] = [];
  const shown = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || file;
  const used = config.file ? shown(config.file) : null;
  const root = config.root;
  // Configs in folders below the run's: one per folder that holds a checked file, or above one.
  const seen = new Set<string>([root]);
  for (const file of files) {
    for (let directory = path.dirname(absolutePath(file)); !seen.has(directory) && isInside(directory, root); directory = path.dirname(directory)) {
      seen.add(directory);
      for (const name of [...CONFIG_FILE_NAMES, ...CODE_CONFIGS]) {
        const candidate = path.join(directory, name);
        if (!existsSync(candidate)) continue;
        const folder = shown(directory);
        notices.push(
          `${shown(candidate)} is not used: ${used ? `this run's config is ${used}` : 'this run found no config'}, and a run uses one; to lint ${folder}/ with its own, run content-lint from ${folder}/ (in the action: \`working-directory: ${folder}\`)`,
        );
      }
    }
  }
  for (const name of CODE_CONFIGS) {
    const candidate = path.join(root, name);
    if (candidate !== config.file && existsSync(candidate)) {
      notices.push(`${shown(candidate)} is not loaded: content-lint runs no code from the repository on its own; name it with --config (the action's \`config\` input) to load it, or write .content-lint.yml`);
    }
  }
  const remarkOn = isRuleOnAnywhere(config, 'remark-lint');
  for (const name of REMARK_CODE) {
    const candidate = path.join(root, name);
    if (existsSync(candidate)) notices.push(`${shown(candidate)} is not read: content-lint runs no code from the repository; list remark-lint presets and rules under \`remark:\` in .content-lint.yml`);
  }
  if (!remarkOn) {
    for (const name of REMARK_DATA) {
      const candidate = path.join(root, name);
      if (existsSync(candidate)) notices.push(`${shown(candidate)} is not read: remark-lint runs in content-lint from \`remark:\` in .content-lint.yml; \`content-lint init\` copies its settings there`);
    }
    if (hasRemarkConfig(path.join(root, 'package.json'))) {
      notices.push(`${shown(path.join(root, 'package.json'))}#remarkConfig is not read: remark-lint runs in content-lint from \`remark:\` in .content-lint.yml; \`content-lint init\` copies its settings there`);
    }
  }
  return notices;
}

function isInside(directory: string, root: string): boolean {
  const relative = path.relative(root, directory);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function hasRemarkConfig(file: string): boolean {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return typeof data === 'object' && data !== null && 'remarkConfig' in data;
  } catch {
    return false;
  }
}
