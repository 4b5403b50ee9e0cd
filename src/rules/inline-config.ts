import { z } from 'zod';
import { defineRule } from '../engine/api.js';

export default defineRule({
  meta: {
    id: 'inline-config',
    description: 'Inline `content-lint-*` comments name real rules and switch off only what the repository allows',
    rationale:
      'Posts arrive in pull requests from strangers, so a post must not be able to silence the ' +
      'security and spam rules with a comment. Such a comment has no effect and is reported; the ' +
      'repository can allow it for named rules with `allowInlineDisable`. A misspelt rule id would ' +
      'silently disable nothing, so it is reported too.',
    tags: ['security'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      refused:
        'Unexpected `{keyword} {rule}`: `{rule}` cannot be switched off in a post; the repository config may allow it with `allowInlineDisable`',
      unknownRule: 'Unexpected rule `{rule}` in `{keyword}`, expected a rule id such as `{suggestion}`',
    },
  },
  check({ document, project, report }) {
    for (const directive of document.directives()) {
      for (const rule of directive.ruleIds) {
        // `remark-lint:<rule>` names a rule the `remark-lint` rule hosts.
        const host = rule.includes(':') ? rule.slice(0, rule.indexOf(':')) : null;
        if (!project.ruleIds.has(rule) && !(host && project.ruleIds.has(host))) {
          report({
            messageId: 'unknownRule',
            data: { rule, keyword: directive.keyword, suggestion: project.closestRuleId(rule) },
            span: directive.span,
          });
        } else if (!project.mayDisableInline(rule)) {
          report({ messageId: 'refused', data: { rule, keyword: directive.keyword }, span: directive.span });
        }
      }
    }
  },
});
