import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';

export default defineRule({
  meta: {
    id: 'mdx-syntax',
    description: '`.mdx` files are valid MDX',
    rationale:
      'An MDX file that does not parse breaks the build of the site. content-lint reports the first ' +
      'syntax error and then checks the file as plain Markdown, so nothing in it goes unchecked.',
    tags: ['markdown'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      invalid: 'Invalid MDX: {detail}',
    },
  },
  check({ document, report }) {
    if (!document.isMdx || !document.source.lintable) return;
    const error = document.parsedMarkdown().mdxError;
    if (error) {
      report({
        messageId: 'invalid',
        data: { detail: quote(error.message, 160) },
        span: { line: error.line, column: error.column, endLine: error.line, endColumn: error.column + 1 },
      });
    }
  },
});
