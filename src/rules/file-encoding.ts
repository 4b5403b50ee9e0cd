import { z } from 'zod';
import { defineRule } from '../engine/api.js';

export default defineRule({
  meta: {
    id: 'file-encoding',
    description: 'Markdown files are UTF-8 text',
    rationale:
      'Site generators read Markdown as UTF-8. A UTF-16 file, invalid bytes or a binary file saved ' +
      'with a `.md` name render as garbage or break the build, and can hide content from reviewers.',
    tags: ['file'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      binary: 'Unexpected binary file ({reason}), expected Markdown text; remove it or give it its real extension',
      utf16: 'Unexpected UTF-16 {byteOrder} encoding, expected UTF-8; save the file as UTF-8',
      invalidUtf8: 'Unexpected byte `0x{byte}`, not valid UTF-8; save the file as UTF-8',
      nul: 'Unexpected NUL character in text; remove it',
    },
    // A binary file is not read at all: nothing in it was checked.
    unchecked: ['binary'],
  },
  check({ document, report }) {
    for (const problem of document.source.problems) {
      switch (problem.kind) {
        case 'binary':
          report({ messageId: 'binary', data: { reason: problem.reason }, span: point(problem.line, problem.column) });
          break;
        case 'utf16':
          report({ messageId: 'utf16', data: { byteOrder: problem.byteOrder }, span: point(1, 1) });
          break;
        case 'invalid-utf8':
          report({
            messageId: 'invalidUtf8',
            data: { byte: problem.byte.toString(16).toUpperCase().padStart(2, '0') },
            span: point(problem.line, problem.column),
          });
          break;
        case 'nul':
          report({ messageId: 'nul', span: point(problem.line, problem.column) });
          break;
      }
    }
  },
});

function point(line: number, column: number) {
  return { line, column, endLine: line, endColumn: column + 1 };
}
