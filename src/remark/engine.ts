/**
 * The bundled remark-lint presets and rules, and the processor for a config's settings. Loaded
 * lazily (see `loadRemark` in settings.ts): a run without remark-lint never evaluates it.
 */
import remarkLint from 'remark-lint';
import consistent from 'remark-preset-lint-consistent';
import markdownStyleGuide from 'remark-preset-lint-markdown-style-guide';
import recommended from 'remark-preset-lint-recommended';
import { unified, type Pluggable, type PluggableList, type Plugin, type Processor } from 'unified';
import { installed, RemarkPluginError, ruleNameOfPackage, SEVERITIES, type PresetName, type RemarkSettings } from './settings.js';

export const PRESETS: Record<PresetName, Pluggable> = { recommended, consistent, 'markdown-style-guide': markdownStyleGuide };

/** The package of a bundled rule is `remark-lint-<name>`; its plugin carries the name `remark-lint:<name>`. */
export const BUNDLED_RULES: ReadonlyMap<string, Plugin<any[]>> = new Map(
  [recommended, consistent, markdownStyleGuide]
    .flatMap((preset) => preset.plugins ?? [])
    .map((entry) => (Array.isArray(entry) ? entry[0] : entry) as Plugin<any[]>)
    .filter((plugin) => plugin.name.startsWith('remark-lint:'))
    .map((plugin) => [plugin.name.slice('remark-lint:'.length), plugin] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);

/** A setting as unified-lint-rule reads it: a severity alone becomes `[severity]`; `warning` is `warn`. */
function toLintSetting(value: unknown): unknown {
  if (value === 'warning') return ['warn'];
  if (typeof value === 'string' || typeof value === 'number') return SEVERITIES.has(value) ? [value] : value;
  if (Array.isArray(value) && value[0] === 'warning') return ['warn', ...value.slice(1)];
  return value;
}

const processors = new WeakMap<RemarkSettings, Processor<any, any, any, any, any>>();

/** The processor for these settings: remark-lint's message control, the presets, then the rules named. */
export function processorFor(settings: RemarkSettings): Processor<any, any, any, any, any> {
  let processor = processors.get(settings);
  if (processor) return processor;
  const plugins: PluggableList = [remarkLint, ...settings.presets.map((name) => PRESETS[name])];
  const byName = new Map<string, Plugin<any[]>>(BUNDLED_RULES);
  for (const name of settings.plugins) {
    const plugin = installed.get(name);
    if (!plugin) throw new RemarkPluginError(`\`remark.plugins\`: \`${name}\` was not loaded`);
    byName.set(ruleNameOfPackage(name), plugin);
    if (!(ruleNameOfPackage(name) in settings.rules)) plugins.push(plugin);
  }
  for (const [name, value] of Object.entries(settings.rules)) {
    const plugin = byName.get(name);
    if (plugin) plugins.push([plugin, toLintSetting(value)]);
  }
  processor = unified().use(plugins).freeze() as unknown as Processor<any, any, any, any, any>;
  processors.set(settings, processor);
  return processor;
}
