import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';

export default defineRule({
  meta: {
    id: 'front-matter-fence',
    description: 'Front matter is YAML between `---` lines or TOML between `+++` lines, and is closed',
    rationale:
      'Some front-matter readers run `---js` blocks as code, so content-lint never reads them. An ' +
      'unclosed block makes tools treat the whole post as front matter: a script below it would go ' +
      'unchecked while the site renders it. content-lint reports the fence and checks the whole file.\n\n' +
      'Front matter is split as the site\'s generator splits it. For Hexo (hexo-front-matter), the ' +
      'opening `---` is optional — the lines above the first `---` are the front matter when they ' +
      'read as a mapping — and `;;;` fences JSON written without its braces.',
    tags: ['front-matter', 'security'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      unterminated: 'Unterminated front matter: no closing `{fence}` line; add one after the last field',
      language: 'Unexpected front-matter language `{language}`, expected YAML (`---`) or TOML (`+++`); it is not read',
    },
    // Front matter in another language is never read: none of its values was checked.
    unchecked: ['language'],
  },
  check({ document, report }) {
    for (const problem of document.frontMatter?.problems ?? []) {
      if (problem.kind === 'unterminated') {
        report({ messageId: 'unterminated', data: { fence: problem.fence }, span: problem.span });
      } else if (problem.kind === 'language') {
        report({ messageId: 'language', data: { language: quote(problem.language, 30) }, span: problem.span });
      }
    }
  },
});
