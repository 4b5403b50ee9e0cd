/**
 * The date fields of a document: those its collection types as `date`/`datetime`, and the date
 * keys every generator knows, read from the raw text of the value — never from a coerced value.
 */
import type { LintDocument } from '../engine/api.js';
import type { ScalarNode } from '../engine/api.js';
import type { Span } from '../engine/api.js';
import type { Collection } from '../schema/collections.js';
import { calendarProblem, parseDateText, type DateParts } from '../schema/dates.js';
import { typesOf } from '../schema/fields.js';

export const WELL_KNOWN_DATE_FIELDS = ['date', 'updated', 'lastmod', 'publishDate', 'expiryDate', 'last_modified_at', 'pubDate', 'updatedDate'];

export interface DateField {
  key: string;
  keySpan: Span;
  node: ScalarNode;
  /** The value as written, without quotes. */
  text: string;
  /** Parsed parts; `null` when the text is in no accepted form. */
  parts: DateParts | null;
  /** Why the parts are not a real date (`February 2024 has 29 days`), or `null`. */
  problem: string | null;
  formats: string[];
  requiresTime: boolean;
}

/** The date fields of a document, computed once and shared by the date rules. */
export function dateFieldsOf(document: LintDocument, collection: Collection | null): DateField[] {
  return document.derive(
    'date fields',
    () => ({ collection, fields: readDateFields(document, collection) }),
    (kept) => kept.collection !== collection,
  ).fields;
}

type DateKeys = ReadonlyMap<string, { formats: string[]; requiresTime: boolean }>;

/** The date keys of each collection, worked out once per run: a collection is read-only config. */
const dateKeysByCollection = new WeakMap<Collection, DateKeys>();
let dateKeysWithoutCollection: DateKeys | undefined;

/** The keys read as dates in a collection's files, with the formats each accepts. */
function dateKeysOf(collection: Collection | null): DateKeys {
  const kept = collection ? dateKeysByCollection.get(collection) : dateKeysWithoutCollection;
  if (kept) return kept;
  const typed = new Map<string, { formats: string[]; requiresTime: boolean }>();
  for (const key of WELL_KNOWN_DATE_FIELDS) typed.set(key, { formats: [], requiresTime: false });
  for (const [key, spec] of Object.entries(collection?.fields ?? {})) {
    const types = typesOf(spec);
    if (types.includes('date') || types.includes('datetime')) {
      typed.set(key, { formats: spec.formats ?? [], requiresTime: !types.includes('date') });
    } else if (typed.has(key)) {
      // The collection says this well-known name holds something else.
      typed.delete(key);
    }
  }
  if (collection) dateKeysByCollection.set(collection, typed);
  else dateKeysWithoutCollection = typed;
  return typed;
}

function readDateFields(document: LintDocument, collection: Collection | null): DateField[] {
  const root = document.frontMatter?.root;
  if (!root) return [];
  const typed = dateKeysOf(collection);
  const fields: DateField[] = [];
  for (const entry of root.entries) {
    const settings = typed.get(entry.key);
    const node = entry.value;
    // Only text is judged here; a number or a list where a date belongs is the schema's finding.
    if (!settings || node.type !== 'scalar' || typeof node.value !== 'string') continue;
    const text = node.value;
    const parts = parseDateText(text, settings.formats);
    fields.push({
      key: entry.key,
      keySpan: entry.keySpan,
      node,
      text,
      parts,
      problem: parts ? calendarProblem(parts) : null,
      formats: settings.formats,
      requiresTime: settings.requiresTime,
    });
  }
  return fields;
}
