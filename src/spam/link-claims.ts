/** Which run of links each link belongs to, when several runs hold it (see `link-lists.ts`). */
import type { Span } from '../engine/api.js';
import type { ContentLink } from './content.js';
import type { LinkList } from './link-lists.js';

/**
 * Each link belongs to one run: the longest that holds it (a list and the paragraph run of its
 * items' lines), of equal ones the one whose entries are finest (the `<li>`s of a `<ul>` rather than
 * the `<div>` around it read as one line of links), then the earliest. A run whose entries all carry
 * a label is left to the labelled lines, which keep only the links no run holds.
 */
export function claimed(runs: LinkList[], spanOf: (start: number, end: number) => Span): LinkList[] {
  const taken = new Set<ContentLink>();
  const kept: LinkList[] = [];
  const ordered = [...runs].sort((a, b) => aside(a) - aside(b) || b.links.length - a.links.length || ranges(b) - ranges(a) || a.startOffset - b.startOffset);
  for (const run of ordered) {
    if (run.kind === 'block') {
      kept.push(run);
      continue;
    }
    if (run.kind === 'lines') {
      const entries = run.entries.filter((entry) => !taken.has(entry.link));
      const first = entries[0];
      if (first && entries.length >= 2) kept.push({ ...run, entries, links: entries.map((entry) => entry.link), span: spanOf(first.startOffset, first.endOffset), startOffset: first.startOffset });
      continue;
    }
    // Entries that each carry a label ("Xem thêm: [x]" paragraphs in a row) are labelled lines, read with the others.
    if (run.links.some((link) => taken.has(link)) || run.entries.every((entry) => entry.label !== null)) continue;
    for (const link of run.links) taken.add(link);
    kept.push(run);
  }
  return kept.sort((a, b) => a.startOffset - b.startOffset);
}

/** How many entries of their own a run's links stand in. */
function ranges(run: LinkList): number {
  let count = 0;
  let previous = -1;
  for (const entry of run.entries) {
    if (entry.startOffset !== previous) count++;
    previous = entry.startOffset;
  }
  return count;
}

/** Labelled lines and prose blocks are read after the runs, and claim no link. */
function aside(run: LinkList): number {
  return run.kind === 'lines' || run.kind === 'block' ? 1 : 0;
}
