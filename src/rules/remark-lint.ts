import { VFile } from 'vfile';
import { defineRule } from '../engine/api.js';
import { loadRemark, remarkEngine, remarkSettingsSchema } from '../remark/settings.js';
import { ruleDocsUrl } from '../version.js';

export default defineRule({
  meta: {
    id: 'remark-lint',
    description: 'Markdown style follows the remark-lint presets and rules the `remark` section of the config turns on',
    rationale:
      'Teams that check Markdown style with remark-lint can run its rules here, in the same run, report, ' +
      'annotations and baseline as the content rules. Each remark-lint rule is reported as ' +
      '`remark-lint:<rule>` with its own message and position; a rule set to `error` in the `remark` ' +
      'section gives errors, the others warnings. Off unless the config has a `remark` section.',
    tags: ['style', 'markdown'],
    defaultSeverity: 'off',
    configSection: 'remark',
    heavy: true,
    options: remarkSettingsSchema.prefault({}),
    messages: {
      message: '{reason}',
    },
  },
  prepare: (settings, { root, plugins }) => loadRemark(settings, root, plugins),
  check({ document, options, report }) {
    if (!document.source.lintable) return;
    const file = new VFile({ path: document.path, value: document.text });
    remarkEngine().processorFor(options).runSync(document.remarkTree(), file);
    for (const message of file.messages) {
      if (message.fatal === undefined || message.fatal === null) continue;
      const place = message.place;
      const start = place && 'start' in place ? place.start : place;
      const end = place && 'end' in place ? place.end : start;
      const name = message.ruleId ?? 'unknown';
      // remark-lint gives some messages a cause with a place ("Identifier already defined here").
      type Point = { line: number; column: number };
      const cause = message.cause as { reason?: string; place?: Point | { start: Point } } | undefined;
      const causePlace = cause?.place === undefined ? undefined : 'start' in cause.place ? cause.place.start : cause.place;
      report({
        messageId: 'message',
        hosted: name,
        data: { reason: message.reason, url: message.url ?? ruleDocsUrl(`remark-lint:${name}`) },
        span: {
          line: start?.line ?? 1,
          column: start?.column ?? 1,
          endLine: end?.line ?? start?.line ?? 1,
          endColumn: end?.column ?? start?.column ?? 1,
        },
        ...(causePlace && cause?.reason ? { related: { line: causePlace.line, column: causePlace.column, message: cause.reason } } : {}),
        ...(message.fatal ? {} : { severity: 'warning' as const }),
      });
    }
  },
});
