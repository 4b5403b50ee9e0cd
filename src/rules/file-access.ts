import { z } from 'zod';
import { defineRule } from '../engine/api.js';

export default defineRule({
  meta: {
    id: 'file-access',
    description: 'Every Markdown file can be read and checked',
    rationale:
      'A file that is not checked must not pass silently. Symbolic links are never followed, because ' +
      'the site generator would publish whatever they point at; files over the size limit are not read; ' +
      'a file whose checking takes longer than the time budget or more memory than allowed is stopped and reported, ' +
      'and so is one whose Markdown or HTML is nested too deeply to read. These findings fail closed: they are errors ' +
      'even when the rule is set to `warning` or `off`, and no filter mode, inline directive or baseline hides them. ' +
      'An empty file (or one of only blank lines) is reported as a warning: there is nothing in it to check or to publish.',
    tags: ['file'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      symlink: 'Unexpected symbolic link to `{target}`, not followed; commit the file itself or exclude the link',
      tooLarge: 'File of {size} not checked: over the `maxFileSize` limit of {limit}; split it or raise the limit',
      unreadable: 'File could not be read: {reason}',
      empty: 'Unexpected empty file: nothing to check or publish; write the post or delete the file',
      tooComplex: 'File too complex to check ({reason}): it was not fully checked; simplify its Markdown or HTML (deep nesting, very long lines) or exclude it',
    },
    unchecked: ['symlink', 'tooLarge', 'unreadable', 'tooComplex'],
  },
  check({ document, report }) {
    const access = document.access;
    const span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    // Shared steps the other rules asked for that failed (a tree nested too deeply to build): this rule runs after them.
    for (const reason of document.failures) report({ messageId: 'tooComplex', data: { reason }, span });
    if (!access) {
      if (document.source.lintable && document.source.problems.length === 0 && document.text.trim() === '') report({ messageId: 'empty', span, severity: 'warning' });
      return;
    }
    switch (access.kind) {
      case 'symlink':
        report({ messageId: 'symlink', data: { target: access.target }, span });
        break;
      case 'too-large':
        report({ messageId: 'tooLarge', data: { size: formatBytes(access.bytes), limit: formatBytes(access.limit) }, span });
        break;
      case 'unreadable':
        report({ messageId: 'unreadable', data: { reason: access.reason }, span });
        break;
      case 'too-complex':
        report({ messageId: 'tooComplex', data: { reason: access.reason }, span });
        break;
    }
  },
});

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
