/**
 * The fields of a zod object schema as a plain tree, so that tools which must describe the
 * content (the `npm run new` scaffold, the CMS configuration) read the schemas instead of
 * repeating them. Walks zod 4 definitions as src/lib/check/schema-keys.ts does.
 */
import type { z } from 'astro/zod';

export type FieldType =
  'text' | 'date' | 'url' | 'number' | 'boolean' | 'choice' | 'list' | 'group' | 'either';

export interface SchemaField {
  readonly name: string;
  /** The editor must write it: neither optional nor defaulted. */
  readonly required: boolean;
  readonly type: FieldType;
  /** Allowed values of a `choice` (an enum or a literal). */
  readonly values?: readonly string[];
  /** Fields of a `group` (an object). */
  readonly fields?: readonly SchemaField[];
  /** What a `list` holds. */
  readonly item?: SchemaField;
  /** The alternatives of an `either` (a union), e.g. a number or `no-registra`. */
  readonly options?: readonly SchemaField[];
  /** Minimum and maximum of a number, when the schema sets them. */
  readonly min?: number;
  readonly max?: number;
  /** The default the schema applies when the field is left out. */
  readonly defaultValue?: unknown;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  defaultValue?: unknown;
  format?: string;
  checks?: { _zod: { def: { check: string; format?: string; value?: number } } }[];
  in?: z.ZodType;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The fields of an object schema, in the order the schema declares them. */
export function schemaFields(schema: z.ZodType): SchemaField[] {
  const def = defOf(schema);
  if (def.type !== 'object' || !def.shape) throw new Error('schemaFields needs an object schema');
  return Object.entries(def.shape).map(([name, field]) => describe(name, field));
}

function describe(name: string, schema: z.ZodType): SchemaField {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'nullable') && def.innerType) {
      required = false;
      current = def.innerType;
    } else if ((def.type === 'default' || def.type === 'prefault') && def.innerType) {
      required = false;
      defaultValue = def.defaultValue;
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      current = def.in;
    } else {
      break;
    }
  }
  const base = { name, required, ...(defaultValue === undefined ? {} : { defaultValue }) };
  const def = defOf(current);
  switch (def.type) {
    case 'string': {
      const format = def.format ?? def.checks?.map((check) => check._zod.def.format).find(Boolean);
      return { ...base, type: format === 'date' ? 'date' : format === 'url' ? 'url' : 'text' };
    }
    case 'number': {
      const bound = (kind: string) =>
        def.checks?.find((check) => check._zod.def.check === kind)?._zod.def.value;
      const min = bound('greater_than');
      const max = bound('less_than');
      return {
        ...base,
        type: 'number',
        ...(min === undefined ? {} : { min }),
        ...(max === undefined ? {} : { max }),
      };
    }
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'enum':
      return { ...base, type: 'choice', values: Object.values(def.entries ?? {}) };
    case 'literal':
      return { ...base, type: 'choice', values: (def.values ?? []).map(String) };
    case 'array':
      return { ...base, type: 'list', item: describe(name, def.element as z.ZodType) };
    case 'object':
      return { ...base, type: 'group', fields: schemaFields(current) };
    case 'union':
      return {
        ...base,
        type: 'either',
        options: (def.options ?? []).map((option) => describe(name, option)),
      };
    default:
      return { ...base, type: 'text' };
  }
}
