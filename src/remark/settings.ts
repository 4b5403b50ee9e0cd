/**
 * remark-lint inside content-lint: settings. The three presets and every rule they use are bundled
 * (a workflow step cannot install plugins) in `engine.ts`, which is loaded only when a config turns
 * remark-lint on; other remark-lint rule packages can be named in `remark.plugins` and are then
 * imported from the site's own `node_modules`, only with `--allow-plugins`. Settings use remark-lint's
 * `[severity, options]` convention. Nothing is discovered: no `.remarkrc`, no `remarkConfig` —
 * pull-request content is untrusted, and those files can be code.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'unified';
import { z } from 'zod';
import { importUserModule } from '../engine/user-code.js';
import { SetupError, type PluginPolicy } from '../engine/rule.js';
import { closest } from '../text/suggest.js';

export const PRESET_NAMES = ['recommended', 'consistent', 'markdown-style-guide'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** The rules of the three presets (package `remark-lint-<name>`); a test checks this list against them. */
export const BUNDLED_RULE_NAMES: readonly string[] = [
  'blockquote-indentation', 'checkbox-character-style', 'code-block-style', 'definition-case', 'definition-spacing',
  'emphasis-marker', 'fenced-code-flag', 'fenced-code-marker', 'file-extension', 'final-definition', 'final-newline',
  'hard-break-spaces', 'heading-increment', 'heading-style', 'link-title-style', 'list-item-bullet-indent',
  'list-item-content-indent', 'list-item-indent', 'list-item-spacing', 'maximum-heading-length', 'maximum-line-length',
  'no-blockquote-without-marker', 'no-consecutive-blank-lines', 'no-duplicate-definitions', 'no-duplicate-headings',
  'no-emphasis-as-heading', 'no-file-name-articles', 'no-file-name-consecutive-dashes', 'no-file-name-irregular-characters',
  'no-file-name-mixed-case', 'no-file-name-outer-dashes', 'no-heading-content-indent', 'no-heading-punctuation',
  'no-literal-urls', 'no-multiple-toplevel-headings', 'no-shell-dollars', 'no-shortcut-reference-image',
  'no-shortcut-reference-link', 'no-table-indentation', 'no-undefined-references', 'no-unused-definitions',
  'ordered-list-marker-style', 'ordered-list-marker-value', 'rule-style', 'strong-marker', 'table-cell-padding',
  'table-pipe-alignment', 'table-pipes', 'unordered-list-marker-style',
];

/** remark-lint's severities, and content-lint's `warning` for `warn`. */
export const SEVERITIES: ReadonlySet<unknown> = new Set([false, true, 0, 1, 2, 'off', 'on', 'warn', 'warning', 'error']);

const ruleSetting = z
  .unknown()
  .refine((value) => value !== undefined && (!Array.isArray(value) || (value.length >= 1 && value.length <= 2 && SEVERITIES.has(value[0]))), {
    error: 'expected a severity (`off`, `warn`, `error`, `0`–`2`, `true`, `false`), options, or `[severity, options]`',
  });

export const remarkSettingsSchema = z
  .strictObject({
    presets: z.array(z.enum(PRESET_NAMES)).default([]).describe('remark-lint presets to turn on: `recommended`, `consistent`, `markdown-style-guide`'),
    rules: z
      .record(z.string().min(1), ruleSetting)
      .default({})
      .describe('remark-lint rules by name without `remark-lint-` (e.g. `maximum-line-length`), with remark-lint\'s `[severity, options]`; they override the presets'),
    plugins: z
      .array(z.string().regex(/^(?:@[\w.-]+\/)?remark-lint-[\w.-]+$/, { error: 'expected a remark-lint rule package name such as `remark-lint-no-dead-urls`' }))
      .default([])
      .describe('Other remark-lint rule packages installed in the site (`npm install -D`), turned on; imported only when the run allows it (`--allow-plugins`, the action\'s `allow-plugins: true`): they are code a pull request can change'),
  })
  .superRefine((settings, context) => {
    for (const name of unknownRuleNames(settings)) {
      context.addIssue({
        code: 'custom',
        path: ['rules', name],
        message: `Unexpected remark-lint rule \`${name}\`, expected a rule of the bundled presets such as \`${closest(name, BUNDLED_RULE_NAMES)}\`, or a package listed in \`remark.plugins\``,
        params: { verbatim: true },
      });
    }
  })
  .describe('remark-lint style rules, run inside content-lint (see "Markdown style with remark-lint")');
export type RemarkSettings = z.infer<typeof remarkSettingsSchema>;

/** The rule name an installed package provides: `remark-lint-no-dead-urls` → `no-dead-urls`. */
export function ruleNameOfPackage(name: string): string {
  return name.slice(name.lastIndexOf('remark-lint-') + 'remark-lint-'.length);
}

/** Names in `rules` that neither a bundled rule nor a listed package provides. */
export function unknownRuleNames(settings: RemarkSettings): string[] {
  const provided = new Set(settings.plugins.map(ruleNameOfPackage));
  const bundled = new Set(BUNDLED_RULE_NAMES);
  return Object.keys(settings.rules).filter((name) => !bundled.has(name) && !provided.has(name));
}

/** Installed rule packages, imported by `loadRemark`, by package name. */
export const installed = new Map<string, Plugin<any[]>>();
let engine: typeof import('./engine.js') | null = null;

export class RemarkPluginError extends SetupError {}

/**
 * Loads what these settings need (once per thread): the bundled engine, and the packages named in
 * `plugins`, from the site's folder. Nothing is loaded when no config turns remark-lint on.
 */
export async function loadRemark(settings: readonly RemarkSettings[], root: string, plugins: PluginPolicy): Promise<void> {
  if (settings.length === 0) return;
  engine ??= await import('./engine.js');
  const names = [...new Set(settings.flatMap((setting) => setting.plugins))];
  if (names.length === 0 || plugins === 'skip') return;
  if (plugins === 'refuse') {
    throw new RemarkPluginError(
      `\`remark.plugins\` names ${names.map((name) => `\`${name}\``).join(', ')}: loading ${names.length === 1 ? 'it' : 'them'} runs code from this repository's node_modules, which a pull request can change; pass \`--allow-plugins\` (the action: \`allow-plugins: true\`) to load ${names.length === 1 ? 'it' : 'them'}`,
    );
  }
  const require = createRequire(path.join(root, 'package.json'));
  for (const name of names) {
    if (installed.has(name)) continue;
    let resolved: string;
    try {
      resolved = require.resolve(name);
    } catch {
      throw new RemarkPluginError(`\`remark.plugins\`: \`${name}\` is not installed in ${root} (run \`npm install -D ${name}\`)`);
    }
    const module = (await importUserModule(pathToFileURL(resolved).href)) as { default?: unknown };
    if (typeof module.default !== 'function') throw new RemarkPluginError(`\`remark.plugins\`: \`${name}\` is not a remark-lint rule (its default export is not a plugin)`);
    installed.set(name, module.default as Plugin<any[]>);
  }
}

/** The engine, once `loadRemark` has loaded it (the config loader does, for every thread). */
export function remarkEngine(): typeof import('./engine.js') {
  if (!engine) throw new RemarkPluginError('remark-lint is not loaded: load the config with loadConfig()');
  return engine;
}
