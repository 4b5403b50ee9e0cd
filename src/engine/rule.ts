import type { z } from 'zod';
import type { LintDocument } from './document.js';
import type { SeveritySetting, Span } from './types.js';

/** Tags that mark rules a post must not be able to switch off by itself (see `allowInlineDisable`). */
export const PROTECTED_TAGS: ReadonlySet<string> = new Set(['security', 'spam']);

export interface RuleMeta<Options> {
  /** One name everywhere: file name, docs page, fixture folder, config key, SARIF ruleId. */
  id: string;
  /** One sentence, no trailing period: what the rule wants. */
  description: string;
  /** Why it matters and what to do, for SARIF help text and the docs page. */
  rationale: string;
  tags: readonly string[];
  defaultSeverity: SeveritySetting;
  /** Validates and fills in defaults; its parse of `undefined` gives the default options. */
  options: z.ZodType<Options, unknown>;
  /** Message templates keyed by messageId; `{name}` is replaced by `data.name`. */
  messages: Record<string, string>;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  span: Span;
  related?: { line: number; column: number; message: string };
}

/** What a rule may know about the run beyond its own file. */
export interface ProjectContext {
  ruleIds: ReadonlySet<string>;
  /** Whether an inline directive may switch this rule off (see `allowInlineDisable`). */
  mayDisableInline(ruleId: string): boolean;
  closestRuleId(name: string): string;
}

export interface RuleContext<Options> {
  document: LintDocument;
  options: Options;
  project: ProjectContext;
  report(report: Report): void;
}

export interface Rule<Options = unknown> {
  meta: RuleMeta<Options>;
  check(context: RuleContext<Options>): void;
}

/** Typed identity: lets a rule file infer its options type from its zod schema. */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

export function isProtected(rule: Rule<never> | Rule<unknown>): boolean {
  return rule.meta.tags.some((tag) => PROTECTED_TAGS.has(tag));
}

export function renderMessage(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** Shortens text quoted in a message, so a 1 MB line never becomes a 1 MB message. */
export function quote(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
