/**
 * The names a site declares in a data file — the tags of Docusaurus's `blog/tags.yml`, the authors
 * of `_data/authors.yml` — read through `project.siteData` (the run reads the file; rules do no
 * I/O). A data file is a list of names, a list of records with a name, or a mapping keyed by name;
 * Hugo also reads a folder of files (`data/authors/jane.toml` is `jane`).
 */
import { quote, type ProjectContext } from '../engine/api.js';
import { closest, didYouMean } from '../text/suggest.js';
import { isRecord } from './terms.js';

export type KnownNames =
  /** `names`: each name as the generator compares it → the name as written. */
  | { kind: 'names'; source: string; names: Map<string, string> }
  | { kind: 'invalid'; source: string; line: number; column: number; reason: string };

/** Extensions the data readers of each generator take, in the order they are tried. */
export const DATA_EXTENSIONS = ['yml', 'yaml', 'json', 'toml'];

/** Fields that name a record in a list (`- name: Jane`). */
const NAME_FIELDS = ['key', 'id', 'name', 'label', 'title', 'slug'];

/**
 * The names in the first of these files (or folders of data files) that exists; `null` when none
 * does. `identity` says when two spellings are the same name to the generator.
 */
export function knownNames(project: ProjectContext, candidates: readonly string[], identity: (name: string) => string = (name) => name): KnownNames | null {
  for (const candidate of candidates) {
    const data = project.siteData(candidate);
    if (data.kind === 'missing') {
      if (!candidate.endsWith('/')) continue;
      const files = project.listFiles(candidate).filter((file) => DATA_EXTENSIONS.some((extension) => file.endsWith(`.${extension}`)));
      if (files.length === 0) continue;
      const names = new Map<string, string>();
      for (const file of files) {
        const name = (file.split('/').pop() ?? '').replace(/\.[^.]+$/, '');
        names.set(identity(name), name);
      }
      return { kind: 'names', source: candidate, names };
    }
    if (data.kind === 'invalid') return { kind: 'invalid', source: candidate, line: data.line, column: data.column, reason: data.reason };
    if (data.kind === 'text') continue;
    const listed = namesIn(data.value);
    if (!listed) return { kind: 'invalid', source: candidate, line: 1, column: 1, reason: 'expected a list of names, or a mapping keyed by name' };
    return { kind: 'names', source: candidate, names: new Map(listed.map((name) => [identity(name), name])) };
  }
  return null;
}

/** Names given in the config (a rule's option) as known names, under `source`. */
export function configuredNames(names: readonly string[], source: string, identity: (name: string) => string = (name) => name): KnownNames {
  return { kind: 'names', source, names: new Map(names.map((name) => [identity(name), name])) };
}

function namesIn(value: unknown): string[] | null {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) {
    const names: string[] = [];
    for (const item of value) {
      if (typeof item === 'string' || typeof item === 'number') names.push(String(item));
      else if (isRecord(item)) {
        const field = NAME_FIELDS.find((name) => typeof item[name] === 'string' || typeof item[name] === 'number');
        if (field === undefined) return null;
        names.push(String(item[field]));
      } else return null;
    }
    return names;
  }
  if (isRecord(value)) return Object.keys(value);
  return null;
}

/**
 * The hint of a finding about a name that is not declared: a declared name that differs only in
 * case, separators or a plural, or a few edits away (`did you mean`), else the closest one.
 */
export function nameHint(name: string, names: Iterable<string>, key: (name: string) => string): string {
  const declared = [...names];
  if (declared.length === 0) return '';
  const variant = declared.find((candidate) => key(candidate) === key(name)) ?? didYouMean(name, declared);
  if (variant) return ` (did you mean \`${quote(variant, 60)}\`?)`;
  return ` (closest: \`${quote(closest(name, declared), 60)}\`)`;
}
