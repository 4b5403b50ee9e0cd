/**
 * The rule API: everything a rule (and the knowledge rules share, in spam/, images/, dates/) may use
 * of the engine — defining a rule, the document it is given and its views (front-matter tree,
 * Markdown positions, HTML elements), spans. Rules import the engine from here only (the import test
 * checks it), so the engine's insides can move without touching a rule.
 */
export { defineRule, quote, SetupError } from './rule.js';
export type { CollectContext, Facts, FileLookup, FinishContext, GatherContext, History, PluginPolicy, PrepareContext, ProjectContext, Report, Rule, RuleContext, RuleMeta, SiteData, UrlChecker } from './rule.js';
export { LintDocument } from './document.js';
export type { AccessProblem } from './document.js';
export type { Severity, Span } from './types.js';
export { nodeAt, toData } from '../front-matter/tree.js';
export type { MappingEntry, MappingNode, ScalarNode, SequenceNode, ValueNode } from '../front-matter/tree.js';
export { spanOf } from '../markdown/parse.js';
export { hasAncestorIn, textOf } from '../markdown/html.js';
export type { HtmlComment, HtmlContent, HtmlElement } from '../markdown/html.js';
export { inRanges } from '../markdown/templates.js';
export type { TemplateContent, TemplateTag } from '../markdown/templates.js';
