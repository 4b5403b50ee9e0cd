/**
 * The field language of collections: a small vocabulary written in YAML or JSON config, compiled to
 * zod. Every field spec can also say, in words, what it expects: that is how a finding reads
 * "expected a non-empty string" rather than a validator's internals.
 */
import { z } from 'zod';
import { compilePattern } from './patterns.js';

export const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'date', 'datetime', 'url', 'image', 'email', 'enum', 'array', 'object', 'any'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
export const UNKNOWN_KEY_POLICIES = ['strict', 'warn', 'allow'] as const;
export type UnknownKeyPolicy = (typeof UNKNOWN_KEY_POLICIES)[number];

export interface FieldSpec {
  /** One type, or several (`[string, array]`: a tag or a list of tags). */
  type: FieldType | FieldType[];
  required?: boolean | undefined;
  nonEmpty?: boolean | undefined;
  minLength?: number | undefined;
  maxLength?: number | undefined;
  pattern?: string | undefined;
  /** `string`: a number or `true`/`false` counts too, for generators that turn them into text (Hugo's `title: 2019`). */
  coerce?: boolean | undefined;
  min?: number | undefined;
  max?: number | undefined;
  /** `enum`: the allowed values. */
  values?: Array<string | number | boolean> | undefined;
  /** `array`: the type of each item. */
  of?: FieldInput | undefined;
  minItems?: number | undefined;
  maxItems?: number | undefined;
  uniqueItems?: boolean | undefined;
  /** `object`: its fields, and what to do with others. */
  fields?: Record<string, FieldInput> | undefined;
  unknownKeys?: UnknownKeyPolicy | undefined;
  /** `date`/`datetime`: formats accepted besides ISO 8601 and YAML timestamps, e.g. `D MMMM YYYY`. */
  formats?: string[] | undefined;
  /** No two files of the collection may have the same value. */
  unique?: boolean | undefined;
  description?: string | undefined;
}

/** A field as written in config: a spec, or just its type name (`title: string`). */
export type FieldInput = FieldSpec | FieldType;

const fieldTypeSchema = z.enum(FIELD_TYPES);

export const fieldSpecSchema: z.ZodType<FieldInput> = z.lazy(() =>
  z.union([
    fieldTypeSchema,
    z.strictObject({
      type: z.union([fieldTypeSchema, z.array(fieldTypeSchema).min(1)]).describe('The type, or a list of types'),
      required: z.boolean().optional().describe('The field must be present'),
      nonEmpty: z.boolean().optional().describe('A string, list or mapping must not be empty'),
      minLength: z.number().int().nonnegative().optional(),
      maxLength: z.number().int().nonnegative().optional(),
      pattern: z.string().optional().describe('A regular expression a string must match'),
      coerce: z.boolean().optional().describe('`string`: numbers and `true`/`false` count too, as generators that turn them into text read them'),
      min: z.number().optional(),
      max: z.number().optional(),
      values: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1).optional().describe('`enum`: the allowed values'),
      of: fieldSpecSchema.optional().describe('`array`: the type of each item'),
      minItems: z.number().int().nonnegative().optional(),
      maxItems: z.number().int().nonnegative().optional(),
      uniqueItems: z.boolean().optional(),
      fields: z.record(z.string(), fieldSpecSchema).optional().describe('`object`: its fields'),
      unknownKeys: z.enum(UNKNOWN_KEY_POLICIES).optional(),
      formats: z.array(z.string().min(1)).optional().describe('`date`/`datetime`: extra accepted formats, e.g. `D MMMM YYYY`'),
      unique: z.boolean().optional().describe('No two files of the collection may share the value'),
      description: z.string().optional(),
    }),
  ]),
) as z.ZodType<FieldInput>;

export function normalizeField(input: FieldInput): FieldSpec {
  return typeof input === 'string' ? { type: input } : input;
}

export function typesOf(spec: FieldSpec): FieldType[] {
  return Array.isArray(spec.type) ? spec.type : [spec.type];
}

/** Param carried by our own refinements, so findings can tell them apart from zod's. */
export interface FieldIssueParams {
  kind: 'format' | 'duplicate-item' | 'empty';
  value?: string;
}

function custom(kind: FieldIssueParams['kind']) {
  return { params: { kind } satisfies FieldIssueParams };
}

const IMAGE_OBJECT = z.looseObject({ src: z.string().min(1), alt: z.string().optional() });

function compileSingle(type: FieldType, spec: FieldSpec): z.ZodType {
  switch (type) {
    case 'string': {
      let schema = z.string();
      if (spec.minLength !== undefined) schema = schema.min(spec.minLength);
      if (spec.maxLength !== undefined) schema = schema.max(spec.maxLength);
      // On RE2, in linear time (see patterns.ts), never on JavaScript's backtracking engine.
      if (spec.pattern !== undefined) schema = schema.refine(compilePattern(spec.pattern), custom('format'));
      const text = spec.nonEmpty ? schema.refine((value) => value.trim() !== '', custom('empty')) : schema;
      // The data keeps the number as read (the schema only says it is fine), so other rules see what was written.
      return spec.coerce ? z.union([text, z.number(), z.boolean()]) : text;
    }
    case 'number':
    case 'integer': {
      let schema = type === 'integer' ? z.number().int() : z.number();
      if (spec.min !== undefined) schema = schema.min(spec.min);
      if (spec.max !== undefined) schema = schema.max(spec.max);
      return schema;
    }
    case 'boolean':
      return z.boolean();
    case 'date':
    case 'datetime':
      // Text, or a TOML date (read as its text). Whether it is a real date in an accepted form is
      // the `date-valid` rule's to say, so that one problem gives one finding.
      return z.string();
    case 'url':
      return z.string().refine((value) => /^https?:\/\/[^\s/]+/i.test(value.trim()), custom('format'));
    case 'email':
      return z.email();
    case 'image':
      return z.union([z.string().refine((value) => value.trim() !== '', custom('empty')), IMAGE_OBJECT]);
    case 'enum':
      return z.literal(spec.values ?? []);
    case 'array': {
      let schema = z.array(spec.of ? compileField(normalizeField(spec.of)) : z.unknown());
      if (spec.minItems !== undefined) schema = schema.min(spec.minItems);
      if (spec.maxItems !== undefined) schema = schema.max(spec.maxItems);
      if (spec.nonEmpty) schema = schema.min(1);
      if (!spec.uniqueItems) return schema;
      return schema.superRefine((items, context) => {
        const seen = new Set<string>();
        items.forEach((item, index) => {
          const key = JSON.stringify(item);
          if (seen.has(key)) {
            context.addIssue({ code: 'custom', path: [index], params: { kind: 'duplicate-item', value: String(item) } satisfies FieldIssueParams });
          }
          seen.add(key);
        });
      });
    }
    case 'object':
      return compileObject(spec.fields ?? {}, spec.unknownKeys ?? 'allow');
    case 'any':
      return z.unknown();
  }
}

export function compileField(spec: FieldSpec): z.ZodType {
  const types = typesOf(spec);
  const alternatives = types.map((type) => compileSingle(type, spec));
  const single = alternatives.length === 1 ? (alternatives[0] as z.ZodType) : z.union(alternatives as [z.ZodType, z.ZodType]);
  // The description is what editors show on hover when the schema is used for completion.
  const schema = single.describe(spec.description ?? `Expected ${describeExpected(spec)}`);
  return spec.required ? schema : schema.optional();
}

/** A mapping of fields; unknown keys fail under `strict` and `warn` (the finding's severity differs). */
export function compileObject(fields: Record<string, FieldInput>, unknownKeys: UnknownKeyPolicy): z.ZodType {
  const shape = Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, compileField(normalizeField(spec))]));
  return unknownKeys === 'allow' ? z.looseObject(shape) : z.strictObject(shape);
}

const PLURALS: Record<FieldType, string> = {
  string: 'strings',
  number: 'numbers',
  integer: 'whole numbers',
  boolean: '`true` or `false` values',
  date: 'dates',
  datetime: 'dates with times',
  url: 'http(s) URLs',
  image: 'images',
  email: 'email addresses',
  enum: 'values',
  array: 'lists',
  object: 'mappings',
  any: 'values',
};

/** What a field expects, in words: "a non-empty string", "a string or a list of strings". */
export function describeExpected(spec: FieldSpec): string {
  return typesOf(spec).map((type) => describeSingle(type, spec)).join(' or ');
}

function describeSingle(type: FieldType, spec: FieldSpec): string {
  switch (type) {
    case 'string': {
      const base = spec.nonEmpty || (spec.minLength ?? 0) > 0 ? 'a non-empty string' : 'a string';
      const limits = [
        spec.minLength !== undefined && spec.minLength > 1 ? `at least ${spec.minLength} characters` : '',
        spec.maxLength !== undefined ? `at most ${spec.maxLength} characters` : '',
        spec.pattern !== undefined ? `matching \`${spec.pattern}\`` : '',
      ].filter(Boolean);
      return limits.length > 0 ? `${base} of ${limits.join(' and ')}`.replace(' of matching', ' matching') : base;
    }
    case 'number':
    case 'integer': {
      const base = type === 'integer' ? 'a whole number' : 'a number';
      if (spec.min !== undefined && spec.max !== undefined) return `${base} from ${spec.min} to ${spec.max}`;
      if (spec.min !== undefined) return `${base} of at least ${spec.min}`;
      if (spec.max !== undefined) return `${base} of at most ${spec.max}`;
      return base;
    }
    case 'boolean':
      return '`true` or `false`';
    case 'date':
      return `a date such as \`2024-09-21\`${formatsHint(spec)}`;
    case 'datetime':
      return `a date and time such as \`2024-09-21T16:06:00Z\`${formatsHint(spec)}`;
    case 'url':
      return 'an http(s) URL';
    case 'email':
      return 'an email address';
    case 'image':
      return 'an image URL or path, or `{src, alt}`';
    case 'enum':
      return `one of ${(spec.values ?? []).map((value) => `\`${String(value)}\``).join(', ')}`;
    case 'array': {
      const item = spec.of ? normalizeField(spec.of) : null;
      const items = item ? typesOf(item).map((itemType) => (itemType === 'enum' ? describeSingle('enum', item) : PLURALS[itemType])).join(' or ') : 'values';
      const count =
        spec.minItems !== undefined && spec.maxItems !== undefined
          ? ` (${spec.minItems} to ${spec.maxItems})`
          : spec.minItems !== undefined || spec.nonEmpty
            ? ` (at least ${spec.minItems ?? 1})`
            : spec.maxItems !== undefined
              ? ` (at most ${spec.maxItems})`
              : '';
      return `a list of ${items}${count}${spec.uniqueItems ? ' without duplicates' : ''}`;
    }
    case 'object': {
      const names = Object.keys(spec.fields ?? {});
      return names.length > 0 ? `a mapping with ${names.map((name) => `\`${name}\``).join(', ')}` : 'a mapping';
    }
    case 'any':
      return 'a value';
  }
}

function formatsHint(spec: FieldSpec): string {
  const formats = (spec.formats ?? []).map((format) => `\`${format}\``);
  if (formats.length === 0) return '';
  return ` (also ${formats.length > 1 ? `${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}` : formats[0]})`;
}

/** A data path as a reader writes it: `tags[2]`, `cover.src`, `rules.no-script[1]`. */
export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`)).join('');
}

/** The spec of the field a path leads to (`tags[2]` → the item spec of `tags`), if the spec says. */
export function specAt(fields: Record<string, FieldInput>, path: ReadonlyArray<PropertyKey>): FieldSpec | null {
  let current: FieldSpec | null = { type: 'object', fields };
  for (const segment of path) {
    if (!current) return null;
    if (typeof segment === 'number') {
      current = current.of ? normalizeField(current.of) : null;
    } else {
      const next: FieldInput | undefined = current.fields?.[String(segment)];
      current = next ? normalizeField(next) : null;
    }
  }
  return current;
}
