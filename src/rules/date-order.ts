import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { dateFieldsOf, type DateField } from '../dates/date-fields.js';
import { toInstant, type DateParts } from '../schema/dates.js';

/** For files in no collection: the pairs every blog means. */
const DEFAULT_ORDER: Array<[string, string]> = [
  ['date', 'updated'],
  ['date', 'lastmod'],
];

export default defineRule({
  meta: {
    id: 'date-order',
    description: 'Paired dates are in order: a post is not updated before it is published',
    rationale:
      'An `updated` date before the `date` (or `lastmod` before `date`, `expiryDate` before ' +
      '`publishDate`) is a typo, and feeds and sitemaps then show the wrong date. The pairs come from ' +
      "the collection's preset (Hexo `date ≤ updated`, Hugo `date ≤ lastmod` and " +
      '`publishDate ≤ expiryDate`, Jekyll `date ≤ last_modified_at`, Astro `pubDate ≤ updatedDate`) ' +
      'or its `dateOrder`.',
    tags: ['dates', 'front-matter'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      outOfOrder: 'Unexpected `{later}` `{laterText}` before `{earlier}` `{earlierText}`, expected `{later}` on or after `{earlier}`',
    },
  },
  check({ document, project, report }) {
    const collection = project.collectionFor(document);
    const fields = new Map(dateFieldsOf(document, collection).map((field) => [field.key, field]));
    const timeZone = project.site.timezone ?? 'UTC';
    for (const [earlierKey, laterKey] of collection?.dateOrder ?? DEFAULT_ORDER) {
      const earlier = fields.get(earlierKey);
      const later = fields.get(laterKey);
      if (!usable(earlier) || !usable(later)) continue;
      if (compare(later.parts, earlier.parts, timeZone) >= 0) continue;
      report({
        messageId: 'outOfOrder',
        data: { later: laterKey, laterText: quote(later.text, 40), earlier: earlierKey, earlierText: quote(earlier.text, 40) },
        span: later.node.span,
        related: { line: earlier.node.span.line, column: earlier.node.span.column, message: `\`${earlierKey}\` is here` },
      });
    }
  },
});

function usable(field: DateField | undefined): field is DateField & { parts: DateParts } {
  return field !== undefined && field.parts !== null && field.problem === null;
}

/**
 * Negative when `a` is before `b`. When either has no time, only the days are compared (a post
 * published at 16:00 and updated "on 2024-09-21" is in order).
 */
function compare(a: DateParts, b: DateParts, timeZone: string): number {
  if (a.hour === undefined || b.hour === undefined) {
    return a.year - b.year || a.month - b.month || a.day - b.day;
  }
  return toInstant(a, timeZone) - toInstant(b, timeZone);
}
