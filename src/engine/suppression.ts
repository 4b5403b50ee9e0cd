/**
 * Inline directives in HTML comments: `<!-- content-lint-disable rule-id -->`, `-enable`,
 * `-disable-line`, `-disable-next-line` and `-disable-file`. Only real comments count (the HTML parse skips code
 * blocks), and rules tagged `security` or `spam` are switched off only where the repository's config
 * allows it: posts come from untrusted pull requests.
 */
import type { HtmlComment } from '../markdown/html.js';
import type { Finding, Span } from './types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Empty for every rule. */
  ruleIds: string[];
  span: Span;
  /** `content-lint-disable` etc., for messages. */
  keyword: string;
}

const KINDS: ReadonlySet<string> = new Set(['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file']);
const PREFIX = 'content-lint-';

/** Whether a text may hold a directive: most files do not, and are not parsed for them. */
export function mentionsDirectives(text: string): boolean {
  return text.includes(PREFIX);
}

export function parseDirectives(comments: readonly HtmlComment[]): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const words = comment.data.trim().split(/[\s,]+/);
    const keyword = words[0] ?? '';
    if (!keyword.startsWith(PREFIX) || !KINDS.has(keyword.slice(PREFIX.length))) continue;
    const ruleIds: string[] = [];
    // `-- reason` ends the list of rules, as in ESLint.
    for (const word of words.slice(1)) {
      if (word.startsWith('--')) break;
      if (word !== '') ruleIds.push(word);
    }
    directives.push({ kind: keyword.slice(PREFIX.length) as DirectiveKind, ruleIds, span: comment.span, keyword });
  }
  return directives;
}

/**
 * Drops the findings that directives switch off. `mayDisable` says whether a rule may be switched
 * off inline at all; a directive never hides a finding of a rule for which it says no.
 */
export function applyDirectives(
  findings: readonly Finding[],
  directives: readonly Directive[],
  mayDisable: (ruleId: string) => boolean,
): { kept: Finding[]; suppressed: number } {
  if (directives.length === 0) return { kept: [...findings], suppressed: 0 };
  const kept: Finding[] = [];
  let suppressed = 0;
  for (const finding of findings) {
    // What could not be checked is never switched off from inside the file.
    if (!finding.unchecked && mayDisable(finding.ruleId) && isDisabled(finding.ruleId, finding.line, directives)) suppressed++;
    else kept.push(finding);
  }
  return { kept, suppressed };
}

function isDisabled(ruleId: string, line: number, directives: readonly Directive[]): boolean {
  let all = false;
  const disabled = new Set<string>();
  const enabledDespiteAll = new Set<string>();
  for (const directive of directives) {
    const names = (ids: string[]) => ids.length === 0 || ids.includes(ruleId);
    switch (directive.kind) {
      case 'disable-file':
        // Anywhere in the body, for the whole file: front matter included.
        if (names(directive.ruleIds)) return true;
        break;
      case 'disable-line':
        if (line >= directive.span.line && line <= directive.span.endLine && names(directive.ruleIds)) return true;
        break;
      case 'disable-next-line':
        if (line === directive.span.endLine + 1 && names(directive.ruleIds)) return true;
        break;
      case 'disable':
        if (directive.span.line > line) break;
        if (directive.ruleIds.length === 0) {
          all = true;
          enabledDespiteAll.clear();
        } else if (directive.ruleIds.includes(ruleId)) {
          disabled.add(ruleId);
          enabledDespiteAll.delete(ruleId);
        }
        break;
      case 'enable':
        if (directive.span.line > line) break;
        if (directive.ruleIds.length === 0) {
          all = false;
          disabled.clear();
          enabledDespiteAll.clear();
        } else if (directive.ruleIds.includes(ruleId)) {
          disabled.delete(ruleId);
          enabledDespiteAll.add(ruleId);
        }
        break;
    }
  }
  return disabled.has(ruleId) || (all && !enabledDespiteAll.has(ruleId));
}
