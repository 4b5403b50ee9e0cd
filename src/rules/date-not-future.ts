import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { dateFieldsOf } from '../dates/date-fields.js';
import { toInstant } from '../schema/dates.js';

const HOUR = 3_600_000;

export default defineRule({
  meta: {
    id: 'date-not-future',
    description: 'Dates are not in the future',
    rationale:
      'Hugo and Jekyll silently leave out posts dated in the future, and a date a year ahead is ' +
      'nearly always a typo in the year. "Now" is the time of the run, or `--now` / the config\'s ' +
      '`now` for reproducible runs; dates without a zone are read in the site\'s time zone.',
    tags: ['dates', 'front-matter'],
    defaultSeverity: 'error',
    options: z
      .strictObject({
        toleranceHours: z.number().nonnegative().default(24).describe('How far ahead of now a date may be, in hours'),
        ignore: z.array(z.string().min(1)).default(['expiryDate']).describe('Date fields that may be in the future'),
      })
      .prefault({}),
    dependsOn: ['clock'],
    messages: {
      future: 'Unexpected `{field}` `{text}`, {ahead} in the future; expected a date before now (typo in the year?)',
    },
  },
  check({ document, project, options, report }) {
    const limit = project.now + options.toleranceHours * HOUR;
    const timeZone = project.site.timezone ?? 'UTC';
    for (const field of dateFieldsOf(document, project.collectionFor(document))) {
      if (!field.parts || field.problem || options.ignore.includes(field.key)) continue;
      const instant = toInstant(field.parts, timeZone);
      if (instant <= limit) continue;
      report({ messageId: 'future', data: { field: field.key, text: quote(field.text, 40), ahead: describeDuration(instant - project.now) }, span: field.node.span });
    }
  },
});

function describeDuration(ms: number): string {
  const days = ms / (24 * HOUR);
  if (days >= 365) return plural(Math.floor(days / 365), 'year');
  if (days >= 60) return plural(Math.floor(days / 30), 'month');
  if (days >= 1) return plural(Math.floor(days), 'day');
  return plural(Math.max(1, Math.floor(ms / HOUR)), 'hour');
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
