/**
 * practices.csv: one row per published practice, one column per field. The columns come
 * from the JSON Schema (so a new schema field becomes a column by itself); nested objects
 * become dotted columns (`criteria.util`), lists are joined with `; `.
 */
import { stringify } from 'csv-stringify/sync';
import type { PublishedPractice } from './record.ts';

/** Columns left out: the narrative is too long for a spreadsheet cell; practices.json has it. */
const OMITTED = new Set(['body']);
const LIST_SEPARATOR = '; ';

interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
}

/**
 * Column names from the JSON Schema of one published practice (a `oneOf` per kind): the
 * fields every kind has first, then each kind's own, in schema order.
 */
export function csvColumns(practiceSchema: SchemaNode): string[] {
  const kinds = practiceSchema.oneOf ?? practiceSchema.anyOf ?? [practiceSchema];
  const perKind = kinds.map((kind) => flatColumns(kind, ''));
  const all = [...new Set(perKind.flat())];
  const shared = all.filter((column) => perKind.every((columns) => columns.includes(column)));
  return [...shared, ...all.filter((column) => !shared.includes(column))];
}

function flatColumns(node: SchemaNode, prefix: string): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    if (!prefix && OMITTED.has(key)) return [];
    const name = prefix + key;
    return child.type === 'object' && child.properties ? flatColumns(child, `${name}.`) : [name];
  });
}

/** A value as one cell: lists joined, objects (a budget, a resource) as their values in order. */
export function cellOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(cellOf).join(LIST_SEPARATOR);
  if (typeof value === 'object') return Object.values(value).map(cellOf).join(' ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * A cell a spreadsheet shows as text: one starting like a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return) is prefixed with an apostrophe, as OWASP advises against CSV injection.
 * Numbers are left as they are.
 */
export function inertCell(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(?:\.\d+)?$/.test(cell) ? `'${cell}` : cell;
}

const valueAt = (record: object, column: string): unknown =>
  column
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      record,
    );

/**
 * RFC 4180 text (CRLF line ends; fields with commas, quotes or line breaks quoted, quotes
 * doubled), UTF-8 with a byte-order mark so that Excel reads accents right.
 */
export function practicesCsv(
  practices: readonly PublishedPractice[],
  columns: readonly string[],
): string {
  return stringify(
    practices.map((practice) =>
      columns.map((column) => inertCell(cellOf(valueAt(practice, column)))),
    ),
    { header: true, columns: [...columns], bom: true, record_delimiter: 'windows' },
  );
}
