import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { findMojibake } from '../spam/mojibake.js';

/** Page furniture of news sites that only ends up in a post by copying the whole page. */
const BOILERPLATE: RegExp[] = [
  /\bLATEST VIDEOS FROM\b/,
  /\bGet the [^.\n]{1,60} Newsletter\b/i,
  /\bContact me with news and offers from other\b/i,
  /\bReceive email from us on behalf of our trusted partners\b/i,
  /\bBy submitting your information,? you agree to the\b/i,
  /\bSign up (?:now |today )?for (?:our|the) [^.\n]{1,40} newsletter\b/i,
  /\bThis article (?:was )?originally (?:appeared|published) on\b/i,
  /\bAdvertisement\s*(?:-\s*)?Scroll to continue\b/i,
  /\b(?:Share|Follow us) on (?:Facebook|Twitter|X), (?:Twitter|X|Facebook|LinkedIn)\b/i,
];

/** The lead characters of mojibake (see findMojibake): text without any has none. */
const MOJIBAKE_LEAD = /[\u00c2-\u00f4]/;
/**
 * A word (or words, white space between) that each boilerplate pattern needs: a text without any
 * has no boilerplate. A file without any, and without a character reference (which could spell
 * one), has none in any of its texts.
 */
// Each starts a word in its pattern; with the `\b` the search is about a third faster.
const BOILERPLATE_WORDS = /\b(?:latest|newsletter|contact\s+me|receive\s+email|submitting|originally|advertisement|share\s+on|follow\s+us)/i;
const CHARACTER_REFERENCE = /&[#A-Za-z]/;

export default defineRule({
  meta: {
    id: 'no-scraped-content',
    description: 'Content shows no signs of being scraped: no page boilerplate of another site, no mojibake',
    rationale:
      'A post copied from another site brings that site\'s furniture along ("LATEST VIDEOS FROM …", ' +
      '"Get the … Newsletter", sign-up small print) and, when it passed through the wrong encoding, ' +
      'mojibake such as `â€”` for `—`. Either is a strong sign of scraped content, worth a look ' +
      'rather than a hard failure: warnings by default.',
    tags: ['spam'],
    defaultSeverity: 'warning',
    options: z.strictObject({}).prefault({}),
    messages: {
      boilerplate: 'Unexpected page boilerplate `{text}`: this looks copied from another site',
      mojibake: 'Unexpected mojibake `{text}` (UTF-8 read as Windows-1252); replace it with `{repaired}`',
    },
  },
  check({ document, report }) {
    const text = document.text;
    // Which of the two a file may have: most have neither, and a text is then searched for at most one.
    const mojibake = MOJIBAKE_LEAD.test(text);
    const boilerplate = BOILERPLATE_WORDS.test(text) || CHARACTER_REFERENCE.test(text);
    if (!mojibake && !boilerplate) return;
    const reported = new Set<string>();
    const once = (key: string) => !reported.has(key) && reported.add(key) !== undefined;
    const scan = (value: string, startLine: number, startColumn: number) => {
      // Most text has neither: one test over the whole text spares the line-by-line search.
      if (!(mojibake && MOJIBAKE_LEAD.test(value)) && !(boilerplate && BOILERPLATE_WORDS.test(value))) return;
      const lines = value.split('\n');
      lines.forEach((line, index) => {
        const lineNumber = startLine + index;
        const columnBase = index === 0 ? startColumn : 1;
        for (const pattern of BOILERPLATE) {
          const match = pattern.exec(line);
          if (match && once(`b${lineNumber}`)) {
            const column = columnBase + match.index;
            report({ messageId: 'boilerplate', data: { text: quote(match[0], 50) }, span: { line: lineNumber, column, endLine: lineNumber, endColumn: column + match[0].length } });
          }
        }
        for (const found of findMojibake(line)) {
          if (!once(`m${lineNumber}:${found.text}`)) continue;
          const column = columnBase + found.index;
          report({ messageId: 'mojibake', data: { text: found.text, repaired: found.repaired }, span: { line: lineNumber, column, endLine: lineNumber, endColumn: column + found.text.length } });
        }
      });
    };
    // Text outside code: Markdown text nodes, and the text inside raw HTML.
    for (const node of document.nodesOfType('text')) {
      if (node.position) scan(node.value, node.position.start.line, node.position.start.column);
    }
    for (const element of document.html().elements) {
      if (element.tagName === 'script' || element.tagName === 'style' || element.text.trim() === '') continue;
      // The element's own text; its position is approximate (the start tag's line).
      scan(element.text.replace(/\s+/g, ' ').trim(), element.span.line, element.span.column);
    }
  },
});
