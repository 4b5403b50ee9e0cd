/**
 * Collections: groups of files (include/exclude globs, relative to the config's folder) and the
 * schema their front matter must follow — a preset, fields in the field language, both, a JSON
 * Schema file, or (from a JavaScript config named explicitly) a zod schema.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { z } from 'zod';
import { compileObject, fieldSpecSchema, normalizeField, UNKNOWN_KEY_POLICIES, type FieldSpec, type UnknownKeyPolicy } from './fields.js';
import { PRESET_NAMES, PRESETS, type PresetName } from './presets.js';
import type { CollectionPlan } from './detect.js';

/** Anything with zod's `safeParse`: our compiled schemas, or a user's zod 3 or 4 schema. */
export interface Validator {
  safeParse(data: unknown): { success: true } | { success: false; error: { issues: ReadonlyArray<ValidatorIssue> } };
}

export interface ValidatorIssue {
  code: string;
  path: ReadonlyArray<PropertyKey>;
  message: string;
  keys?: string[];
  expected?: string;
  params?: unknown;
}

const validatorSchema = z.custom<Validator>(
  (value) => typeof value === 'object' && value !== null && typeof (value as { safeParse?: unknown }).safeParse === 'function',
  { message: 'expected a path to a JSON Schema file, or a zod schema (in a JavaScript config)' },
);

export const collectionInputSchema = z.strictObject({
  include: z.array(z.string().min(1)).min(1).describe('Globs of the files in the collection, relative to the config file'),
  exclude: z.array(z.string().min(1)).optional().describe('Globs of files to leave out'),
  preset: z.enum(PRESET_NAMES).optional().describe('Start from the fields of a site generator'),
  fields: z.record(z.string(), fieldSpecSchema).optional().describe('Fields, in the field language; they replace preset fields of the same name'),
  unknownKeys: z.enum(UNKNOWN_KEY_POLICIES).optional().describe('Keys not in the fields: `strict` (error), `warn` (warning) or `allow`'),
  frontMatter: z.enum(['required', 'optional']).optional().describe('Whether every file must have front matter'),
  unique: z.array(z.string().min(1)).optional().describe('Fields whose values must differ between files'),
  dateOrder: z
    .array(z.tuple([z.string().min(1), z.string().min(1)]))
    .optional()
    .describe('Pairs of date fields `[earlier, later]` that must be in order; replaces the preset\'s pairs'),
  schema: z.union([z.string().min(1), validatorSchema]).optional().describe('A JSON Schema file (or, in a JavaScript config, a zod schema) instead of fields'),
});

export type CollectionInput = z.infer<typeof collectionInputSchema>;

export interface Collection {
  name: string;
  /** Where it comes from: the config, the detected generator, or the generic default. */
  source: 'config' | 'detected' | 'default';
  include: string[];
  exclude: string[];
  preset: PresetName | null;
  /** The field specs, when the schema is written in the field language (`null` for JSON Schema or zod). */
  fields: Record<string, FieldSpec> | null;
  unknownKeys: UnknownKeyPolicy;
  frontMatter: 'required' | 'optional';
  unique: string[];
  dateOrder: Array<[string, string]>;
  validator: Validator;
  /** For `content-lint schema`: the JSON Schema, when it can be had. */
  jsonSchema(): object | null;
}

export class CollectionError extends Error {}

export function buildCollection(
  name: string,
  input: CollectionInput | CollectionPlan,
  source: Collection['source'],
  root: string,
): Collection {
  const preset = input.preset ? PRESETS[input.preset] : null;
  const unknownKeys = ('unknownKeys' in input && input.unknownKeys) || preset?.unknownKeys || 'allow';
  const frontMatter = input.frontMatter ?? preset?.frontMatter ?? 'optional';
  const schemaInput = 'schema' in input ? input.schema : undefined;
  let fields: Record<string, FieldSpec> | null = null;
  let validator: Validator;
  let jsonSchema: () => object | null;
  if (schemaInput !== undefined) {
    if (typeof schemaInput === 'string') {
      const file = path.resolve(root, schemaInput);
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new CollectionError(`\`collections.${name}.schema\`: cannot read JSON Schema \`${schemaInput}\` (${(error as Error).message})`);
      }
      try {
        validator = z.fromJSONSchema(parsed as Parameters<typeof z.fromJSONSchema>[0]);
      } catch (error) {
        throw new CollectionError(`\`collections.${name}.schema\`: \`${schemaInput}\` is not a JSON Schema content-lint can use (${(error as Error).message})`);
      }
      jsonSchema = () => parsed as object;
    } else {
      validator = schemaInput;
      jsonSchema = () => {
        try {
          return z.toJSONSchema(schemaInput as unknown as z.ZodType, { io: 'input', unrepresentable: 'any' });
        } catch {
          return null;
        }
      };
    }
  } else {
    fields = {};
    for (const [field, spec] of Object.entries({ ...preset?.fields, ...input.fields })) fields[field] = normalizeField(spec);
    const schema = compileObject(fields, unknownKeys);
    validator = schema;
    jsonSchema = () => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' });
  }
  const unique = [...new Set([...('unique' in input ? (input.unique ?? []) : []), ...Object.entries(fields ?? {}).filter(([, spec]) => spec.unique).map(([field]) => field)])];
  return {
    name,
    source,
    include: input.include,
    exclude: input.exclude ?? [],
    preset: input.preset ?? null,
    fields,
    unknownKeys,
    frontMatter,
    unique,
    dateOrder: ('dateOrder' in input ? input.dateOrder : undefined) ?? preset?.dateOrder ?? [],
    validator,
    jsonSchema,
  };
}

/** Finds the collection of a file (path relative to the config's folder): the first that matches. */
export function collectionMatcher(collections: readonly Collection[]): (relativePath: string) => Collection | null {
  const matchers = collections.map((collection) => ({
    collection,
    included: picomatch(collection.include, { dot: true }),
    excluded: collection.exclude.length > 0 ? picomatch(collection.exclude, { dot: true }) : () => false,
  }));
  return (relativePath) => matchers.find((matcher) => matcher.included(relativePath) && !matcher.excluded(relativePath))?.collection ?? null;
}
