import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { dateFieldsOf } from '../dates/date-fields.js';

export default defineRule({
  meta: {
    id: 'date-valid',
    description: 'Date fields hold real dates and times, in a form the generators read',
    rationale:
      'YAML and JavaScript corrupt dates silently: `2024-02-30` becomes 1 March, month 13 rolls into ' +
      'the next year, `25:00` into the next day. Each date field is judged on the text as written, ' +
      'before any conversion.',
    tags: ['dates', 'front-matter'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      notADate: 'Unexpected `{text}` for `{field}`, expected a date such as `2024-09-21`{formats}',
      notReal: 'Unexpected `{text}` for `{field}`: {problem} (it would silently become another date)',
      noTime: 'Unexpected `{text}` for `{field}`, expected a date and time such as `2024-09-21T16:06:00Z`',
    },
  },
  check({ document, project, report }) {
    for (const field of dateFieldsOf(document, project.collectionFor(document))) {
      const data = { text: quote(field.text, 60), field: field.key };
      if (!field.parts) {
        const formats = field.formats.length > 0 ? ` or in the form ${field.formats.map((format) => `\`${format}\``).join(', ')}` : '';
        report({ messageId: 'notADate', data: { ...data, formats }, span: field.node.span });
      } else if (field.problem) {
        report({ messageId: 'notReal', data: { ...data, problem: field.problem }, span: field.node.span });
      } else if (field.requiresTime && field.parts.hour === undefined) {
        report({ messageId: 'noTime', data, span: field.node.span });
      }
    }
  },
});
