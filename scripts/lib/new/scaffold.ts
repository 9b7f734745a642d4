/**
 * The text of a new practice file: every field of its kind's schema and every section of its
 * kind, each with a one-line hint in the entry's language. Required fields are left blank, so
 * that `npm run check` points at each one until it is filled in; optional ones are commented out.
 */
import { stringify } from 'yaml';
import { schemaFields, type SchemaField } from '../../../src/lib/cms/schema-fields.ts';
import type { PracticeKind } from '../../../src/schemas/practice-kinds.ts';
import { practiceShapeSchema } from '../../../src/schemas/practice.ts';
import { sectionsByKind } from '../../../src/schemas/sections.ts';
import type { Language } from '../../../src/schemas/vocabularies.ts';
import { fieldHints, sectionHints } from '../../../src/lib/cms/hints.ts';

export interface NewEntry {
  readonly kind: PracticeKind;
  readonly code: string;
  readonly area: string;
  readonly title: string;
  readonly lang: Language;
}

/** The zod schema of one kind of practice. */
export function kindSchema(kind: PracticeKind) {
  const schema = practiceShapeSchema.options.find((option) => option.shape.kind.value === kind);
  if (!schema) throw new Error(`No schema for kind '${kind}'`);
  return schema;
}

export function scaffold(entry: NewEntry): string {
  const known: Record<string, unknown> = {
    kind: entry.kind,
    code: entry.code,
    area: entry.area,
    title: entry.title,
    lang: entry.lang,
  };
  const lines = ['---'];
  for (const field of schemaFields(kindSchema(entry.kind))) {
    lines.push(...fieldLines(field, field.name, known[field.name], entry.lang, ''));
  }
  lines.push('---', '');
  for (const section of sectionsByKind[entry.kind]) {
    const hint = sectionHints[section.id]?.[entry.lang] ?? '';
    lines.push(`## ${section.heading[entry.lang]}`, '', `<!-- ${hint} -->`, '');
  }
  return lines.join('\n');
}

function fieldLines(
  field: SchemaField,
  path: string,
  value: unknown,
  lang: Language,
  indent: string,
): string[] {
  const hint = fieldHints[path]?.[lang];
  const lines = hint ? [`${indent}# ${hint}`] : [];
  const line = (text: string, commented: boolean) =>
    `${indent}${commented ? '# ' : ''}${field.name}:${text === '' ? '' : ` ${text}`}`;
  if (value !== undefined) return [...lines, line(inline(value), false)];
  if (field.type === 'group' && field.fields && (field.required || field.defaultValue)) {
    // A group the editor fills in place (criteria, geographic scope): its fields one per line.
    return [
      ...lines,
      line('', false),
      ...field.fields.flatMap((child) =>
        fieldLines(child, `${path}.${child.name}`, undefined, lang, `${indent}  `),
      ),
    ];
  }
  if (field.required) return [...lines, line('', false)];
  if (field.defaultValue !== undefined) return [...lines, line(inline(field.defaultValue), false)];
  if (field.type === 'group' && field.fields) {
    return [
      ...lines,
      line('', true),
      ...field.fields.map((child) => `${indent}#   ${child.name}:`),
    ];
  }
  return [...lines, line('', true)];
}

/** A value on one line, as YAML writes it: `[]`, `false`, `"a title: with a colon"`. */
function inline(value: unknown): string {
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
}
