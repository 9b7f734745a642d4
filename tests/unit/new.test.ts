/** `npm run new` writes a file an editor only has to fill in, under the next free code. */
import { execFile } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { schemaFields, type SchemaField } from '../../src/lib/cms/schema-fields.ts';
import { practiceKinds } from '../../src/schemas/practice-kinds.ts';
import { sectionsByKind } from '../../src/schemas/sections.ts';
import { fieldHints, sectionHints } from '../../src/lib/cms/hints.ts';
import { nextCode } from '../../scripts/lib/new/next-code.ts';
import { kindSchema, scaffold } from '../../scripts/lib/new/scaffold.ts';
import { checkMessages, createSandbox, type Sandbox } from '../helpers/content-sandbox.ts';
import { SCRIPT_LOADER } from '../../scripts/lib/build/script-loader.ts';

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await createSandbox();
});
afterEach(async () => {
  await sandbox.dispose();
});

/** Required values an editor would write, per field, so that the scaffold becomes a valid entry. */
const filledIn: Record<string, string> = {
  population: 'population: no-registra',
  assistanceType: 'assistanceType: "Asistencia técnica"',
  budget: 'budget: no-aplica',
  sustainability: 'sustainability: Media',
  lessonType: 'lessonType: positiva',
  '  importante': '  importante: si',
  '  util': '  util: si',
  '  equitativo': '  equitativo: no',
  '  economico': '  economico: medianamente',
};

/** Fills blank required fields and the text of every section, as an editor would. */
function fillIn(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const key = /^(\s*[A-Za-z]+):$/.exec(line)?.[1];
      return key && filledIn[key] ? filledIn[key] : line;
    })
    .join('\n')
    .replace(/<!-- (.*) -->/g, 'Texto de la sección: $1.');
}

test.each(practiceKinds)(
  'a scaffolded %s with its required fields filled in passes the check',
  async (kind) => {
    const contentDir = path.join(sandbox.root, 'content');
    const code = await nextCode(contentDir, kind, 'AH');
    const text = scaffold({ kind, code, area: 'AH', title: 'Una práctica nueva', lang: 'es' });
    await sandbox.write(`content/practices/ah/${code}.md`, fillIn(text));
    expect(await checkMessages(sandbox)).toEqual([]);
  },
);

test('a scaffold left unfilled is refused, pointing at the blank fields', async () => {
  const code = await nextCode(path.join(sandbox.root, 'content'), 'buena-practica', 'AH');
  await sandbox.write(
    `content/practices/ah/${code}.md`,
    scaffold({ kind: 'buena-practica', code, area: 'AH', title: 'Nueva', lang: 'es' }),
  );
  const messages = (await checkMessages(sandbox)).join('\n');
  expect(messages).toContain('population');
  expect(messages).toContain("'## Hallazgo'");
});

test('the next code follows the highest number of that kind in that area', async () => {
  const contentDir = path.join(sandbox.root, 'content');
  expect(await nextCode(contentDir, 'buena-practica', 'AH')).toBe('BP2_AH');
  await sandbox.write('content/practices/ah/BP7_AH.md', '');
  expect(await nextCode(contentDir, 'buena-practica', 'AH')).toBe('BP8_AH');
  expect(await nextCode(contentDir, 'practica', 'GN')).toBe('PR1_GN');
});

test('an English entry gets English headings and hints', () => {
  const text = scaffold({ kind: 'practica', code: 'PR1_GN', area: 'GN', title: 'New', lang: 'en' });
  expect(text).toContain('## Benefit and impact');
  expect(text).toContain('# Start year, or no-registra');
  expect(text).not.toContain('## Resumen');
});

test('every field and section of every kind has a hint in both languages', () => {
  const paths = (fields: readonly SchemaField[], prefix = ''): string[] =>
    fields.flatMap((field) => [
      `${prefix}${field.name}`,
      ...(field.type === 'group' && field.fields
        ? paths(field.fields, `${prefix}${field.name}.`)
        : []),
    ]);
  for (const kind of practiceKinds) {
    for (const name of paths(schemaFields(kindSchema(kind)))) {
      expect(fieldHints[name]?.es, `${kind} ${name}`).toBeTruthy();
      expect(fieldHints[name]?.en, `${kind} ${name}`).toBeTruthy();
    }
    for (const section of sectionsByKind[kind]) expect(sectionHints[section.id]?.en).toBeTruthy();
  }
});

test('each example in docs/examples is a valid entry of its kind', async () => {
  const examples = await readdir('docs/examples');
  expect(examples.sort()).toEqual(practiceKinds.map((kind) => `${kind}.md`).sort());
  await rm(path.join(sandbox.root, 'content/practices'), { recursive: true });
  for (const example of examples) {
    const text = await readFile(path.join('docs/examples', example), 'utf8');
    const code = /^code: (\S+)$/m.exec(text)?.[1] ?? '';
    const area = /^area: (\S+)$/m.exec(text)?.[1] ?? '';
    await sandbox.write(`content/practices/${area.toLowerCase()}/${code}.md`, text);
  }
  // The examples name practices of the shipped catalogue as related; the fixture has other codes.
  const messages = await checkMessages(sandbox);
  expect(messages.filter((line) => !line.includes('related practice'))).toEqual([]);
});

test('npm run new with flags writes the file and prints its path', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [
    ...SCRIPT_LOADER,
    'scripts/new.ts',
    '--kind',
    'leccion-aprendida',
    '--area',
    'ah',
    '--title',
    'Una lección',
    '--lang',
    'es',
    '--content',
    path.join(sandbox.root, 'content'),
  ]);
  expect(stdout.trim()).toBe(path.join(sandbox.root, 'content/practices/ah/LA2_AH.md'));
  expect(await readFile(stdout.trim(), 'utf8')).toContain('code: LA2_AH');
});
