import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';


export default defineRule({
  meta: {
    id: 'front-matter-mapping',
    description: 'Front matter is a mapping of fields',
    rationale:
      'A list, a single value or `null` is valid YAML but gives the generator no fields: the post ' +
      'loses its title, date and everything else.',
    tags: ['front-matter'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      notMapping: 'Unexpected {found} as front matter, expected fields (`key: value` lines)',
    },
  },
  check({ document, report }) {
    for (const problem of document.frontMatter?.problems ?? []) {
      if (problem.kind === 'not-mapping') {
        const found =
          problem.found === 'sequence' ? 'list' : problem.found === 'null' ? '`null`' : `single value \`${quote(problem.raw, 40)}\``;
        report({ messageId: 'notMapping', data: { found }, span: problem.span });
      }
    }
  },
});
