import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { dateFieldsOf } from '../dates/date-fields.js';
import { calendarProblem, describeDay } from '../schema/dates.js';

/** Jekyll's post names, which many Hexo sites use too: `2025-01-30-title.md`. */
const FILE_NAME_DATE = /^(\d{4})-(\d{2})-(\d{2})-/;
/** The field that says when a post was published, by generator. */
const PUBLISHED_FIELDS = ['date', 'pubDate', 'publishDate'];

export default defineRule({
  meta: {
    id: 'date-filename',
    description: 'A `YYYY-MM-DD-` prefix in the file name is the same day as the front-matter date',
    rationale:
      'Jekyll and Hexo take a post\'s date from its file name unless the front matter gives one; ' +
      'when both are there and disagree, the name says one day and the post another. On Hexo (with ' +
      'the default `new_post_name`) the whole name, date included, stays in the post\'s address while ' +
      'the page shows the front-matter date: an error. Jekyll dates the post, and its address, by the ' +
      'front-matter `date` and uses the name only for the slug, so the post is built consistently and ' +
      'the wrong name only misleads: a warning on Jekyll sites, unless `jekyll` is set to `error`. ' +
      'The rule checks Jekyll and Hexo sites, and files in a `_posts` folder anywhere (`everywhere` ' +
      'extends it to every file: other generators ignore the name, so a date there is only a label). ' +
      'The day of the front-matter date is the day as written: in its own offset when it has one, in ' +
      'the site\'s time zone when it has none — never the machine\'s.',
    tags: ['dates', 'front-matter'],
    defaultSeverity: 'error',
    options: z
      .strictObject({
        everywhere: z.boolean().default(false).describe('Check every file, not only Jekyll and Hexo sites and `_posts` folders'),
        jekyll: z
          .enum(['warning', 'error'])
          .default('warning')
          .describe("Severity of a mismatch on Jekyll sites, where the front-matter date overrides the file name's (at most the rule's own severity)"),
      })
      .prefault({}),
    messages: {
      mismatch: 'Unexpected `{field}` `{text}` ({day}), expected the day in the file name, {fileDay}',
      mismatchJekyll: 'Unexpected `{field}` `{text}` ({day}), expected the day in the file name, {fileDay}; Jekyll dates the post by `{field}`, the name only misleads',
      badFileName: 'Unexpected file-name date `{fileDate}`: {problem}',
    },
  },
  check({ document, project, options, report }) {
    const segments = document.projectPath.split('/');
    const name = segments.at(-1) ?? '';
    const match = FILE_NAME_DATE.exec(name);
    if (!match || !document.source.lintable) return;
    const namesDates = project.site.generator === 'jekyll' || project.site.generator === 'hexo' || segments.includes('_posts');
    if (!namesDates && !options.everywhere) return;
    const fileParts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    const fileProblem = calendarProblem(fileParts);
    if (fileProblem) {
      report({ messageId: 'badFileName', data: { fileDate: match[0].slice(0, 10), problem: fileProblem }, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } });
      return;
    }
    const fields = dateFieldsOf(document, project.collectionFor(document));
    const published = PUBLISHED_FIELDS.map((key) => fields.find((field) => field.key === key)).find((field) => field !== undefined);
    if (!published?.parts || published.problem) return;
    const { parts } = published;
    if (parts.year === fileParts.year && parts.month === fileParts.month && parts.day === fileParts.day) return;
    const jekyll = project.site.generator === 'jekyll';
    report({
      messageId: jekyll ? 'mismatchJekyll' : 'mismatch',
      data: { field: published.key, text: quote(published.text, 40), day: describeDay(parts), fileDay: describeDay(fileParts) },
      span: published.node.span,
      ...(jekyll && options.jekyll === 'warning' ? { severity: 'warning' as const } : {}),
    });
  },
});
