import type { Rule } from '../engine/rule.js';
import type { LintResult } from '../engine/types.js';

export interface ReporterContext {
  rules: readonly Rule<any>[];
  color: boolean;
}

/** Renders a whole run as text; every reporter is a pure function of the result. */
export type Reporter = (result: LintResult, context: ReporterContext) => string;
