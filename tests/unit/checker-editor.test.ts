/**
 * The checker as the editor's friend: the valid options when they are few, a suggestion only
 * when it is close, one report per mistake, and advice (warnings) that never fails a build.
 * Each test breaks one thing in the valid fixture and shows the English message; the last
 * ones show that every new message also reads in Spanish and as JSON.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { formatProblem, sortProblems, type MessageLanguage } from '../../src/lib/check/problem.ts';
import { formatJsonReport } from '../../src/lib/check/report.ts';
import { BP, LN, MDX, readFixture, replaceLine, useSandbox } from '../helpers/content-sandbox.ts';

const sandbox = useSandbox();

async function check() {
  return checkContent(path.join(sandbox.root, 'content'), sandbox.root);
}

async function messagesIn(lang: MessageLanguage): Promise<string[]> {
  return sortProblems((await check()).problems).map((problem) => formatProblem(problem, lang));
}

/** Rewrites `file` with `change` and returns the English messages. */
async function after(file: string, change: (text: string) => string): Promise<string[]> {
  await sandbox.write(file, change(await readFixture(file)));
  return messagesIn('en');
}

test('an unknown field inside a group lists the group’s fields', async () => {
  expect(
    await after(MDX, (text) =>
      replaceLine(
        text,
        '  - { title: "Radio spot"',
        '  - { title: "Radio spot", type: media, link: x }',
      ),
    ),
  ).toMatchInlineSnapshot(`
    [
      "content/practices/gn/R4V_PLATFORM.mdx:15 resources.link: there is no field 'link' (expected one of the fields 'title', 'type', 'url'); remove it or correct its name",
    ]
  `);
});

test('a misspelt inner field is told the fields it could be', async () => {
  expect(
    await after(MDX, (text) =>
      text.replace(
        'fullName: "International Organization for Migration"',
        'full: "International Organization for Migration"',
      ),
    ),
  ).toMatchInlineSnapshot(`
    [
      "content/practices/gn/R4V_PLATFORM.mdx:11 implementingOrganisations.full: there is no field 'full' (expected one of the fields 'name', 'fullName'); remove it or correct its name",
    ]
  `);
});

test('a one-letter value gets the valid letters, not a meaningless nearest one', async () => {
  expect(await after(BP, (text) => replaceLine(text, 'gcmPrinciples:', 'gcmPrinciples: [k]')))
    .toMatchInlineSnapshot(`
    [
      "content/practices/ah/BP1_AH.md:12 gcmPrinciples: 'k' is not valid (expected one of 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j')",
    ]
  `);
});

test('a keyword written with a space is told the keyword it is close to', async () => {
  expect(await after(MDX, (text) => replaceLine(text, 'endYear:', 'endYear: en curso')))
    .toMatchInlineSnapshot(`
    [
      "content/practices/gn/R4V_PLATFORM.mdx:8 endYear: 'en curso' is not valid (expected a number or one of 'en-curso', 'no-registra'); did you mean 'en-curso'?",
    ]
  `);
});

test('a misspelt required heading is reported once, as unknown, not also as missing', async () => {
  expect(await after(BP, (text) => text.replace('## Metas del proyecto', '## Metas del proyeto')))
    .toMatchInlineSnapshot(`
    [
      "content/practices/ah/BP1_AH.md:43 Metas del proyeto: there is no section '## Metas del proyeto' for this kind of practice; did you mean '## Metas del proyecto'?",
    ]
  `);
});

test('an unknown heading far from any section lists the allowed headings', async () => {
  expect(await after(LN, (text) => text.replace('## Beneficiarios', '## Notas varias')))
    .toMatchInlineSnapshot(`
    [
      "content/practices/gn/LN1_GN.md:26 Notas varias: there is no section '## Notas varias' for this kind of practice (expected one of the headings '## Hallazgo', '## Descripción de la lección', '## Contexto y condiciones previas relacionadas', '## Metas del proyecto', '## Beneficiarios', '## Éxito / cuestiones positivas', '## Desafíos, dificultades, problemas', '## Factores diferenciadores', '## Efectividad', '## Importante', '## Útil', '## Equitativo', '## Económico')",
      "content/practices/gn/LN1_GN.md:37 Beneficiarios: the required section '## Beneficiarios' is missing",
    ]
  `);
});

test('an empty optional section is a warning, and the entry is still published', async () => {
  const messages = await after(BP, (text) =>
    text.replace('## Factores diferenciadores', '## Limitaciones\n\n## Factores diferenciadores'),
  );
  expect(messages).toMatchInlineSnapshot(`
    [
      "content/practices/ah/BP1_AH.md:55 warning: Limitaciones: the optional section '## Limitaciones' is empty: only its heading would be published; write its text or delete the heading",
    ]
  `);
  expect((await check()).practices.map((practice) => practice.data.code)).toContain('BP1_AH');
});

test('a very long statement is a warning', async () => {
  const title = `Una práctica ${'con un enunciado muy largo '.repeat(16)}`.trim();
  expect(await after(BP, (text) => replaceLine(text, 'title:', `title: "${title}"`)))
    .toMatchInlineSnapshot(`
    [
      "content/practices/ah/BP1_AH.md:5 warning: title: the statement is 444 characters long; those of the printed fichas have at most about 300; shorten it and put the detail in the first section",
    ]
  `);
});

test('English headings in a Spanish entry are a warning with the Spanish heading', async () => {
  expect(
    await after(LN, (text) =>
      text.replace('## Hallazgo', '## Finding').replace('## Beneficiarios', '## Beneficiaries'),
    ),
  ).toMatchInlineSnapshot(`
    [
      "content/practices/gn/LN1_GN.md:10 warning: Finding: heading '## Finding' is not in the entry's language (lang: es); write it as '## Hallazgo', or change lang if the entry is in another language",
      "content/practices/gn/LN1_GN.md:26 warning: Beneficiaries: heading '## Beneficiaries' is not in the entry's language (lang: es); write it as '## Beneficiarios', or change lang if the entry is in another language",
    ]
  `);
});

test('a section written as a ### subheading is a warning, besides the missing section', async () => {
  expect(await after(BP, (text) => text.replace('## Efectividad', '### Efectividad')))
    .toMatchInlineSnapshot(`
    [
      "content/practices/ah/BP1_AH.md:39 warning: Efectividad: '### Efectividad' names a section, but with 3 '#' it is a subheading inside the section before it; write it as '## Efectividad'",
      "content/practices/ah/BP1_AH.md:62 Efectividad: the required section '## Efectividad' is missing",
    ]
  `);
});

test('warnings alone do not fail the check', async () => {
  await sandbox.write(LN, (await readFixture(LN)).replace('## Hallazgo', '## Finding'));
  const result = await check();
  expect(result.problems.every((problem) => problem.severity === 'warning')).toBe(true);
  expect(result.practices.map((practice) => practice.data.code)).toContain('LN1_GN');
});

test('every new message reads in Spanish too', async () => {
  const title = `Una práctica ${'con un enunciado muy largo '.repeat(16)}`.trim();
  await sandbox.write(
    BP,
    replaceLine(
      (await readFixture(BP))
        .replace('## Metas del proyecto', '## Metas del proyeto')
        .replace('## Efectividad', '### Efectividad')
        .replace('## Factores diferenciadores', '## Limitaciones\n\n## Factores diferenciadores')
        .replace('## Hallazgo', '## Finding')
        .replace('population: 32000', 'population:'),
      'title:',
      `title: "${title}"`,
    ),
  );
  await sandbox.write(
    MDX,
    replaceLine(
      await readFixture(MDX),
      '  - { title: "Radio spot"',
      '  - { title: "Radio spot", link: x }',
    ),
  );
  await sandbox.write(LN, (await readFixture(LN)).replace('## Beneficiarios', '## Notas varias'));
  expect(await messagesIn('es')).toMatchInlineSnapshot(`
    [
      "content/practices/ah/BP1_AH.md:5 aviso: title: el enunciado tiene 444 caracteres; los de la ficha impresa tienen como mucho unos 300; acórtelo y ponga el detalle en la primera sección",
      "content/practices/ah/BP1_AH.md:6 population: el campo está vacío: escriba su valor (se esperaba un número o uno de 'no-aplica', 'no-registra')",
      "content/practices/ah/BP1_AH.md:19 aviso: Finding: el título '## Finding' no está en el idioma de la entrada (lang: es); escríbalo '## Hallazgo', o cambie lang si la entrada está en otro idioma",
      "content/practices/ah/BP1_AH.md:39 aviso: Efectividad: '### Efectividad' es el nombre de una sección, pero con 3 '#' queda como subtítulo dentro de la sección anterior; escríbalo '## Efectividad'",
      "content/practices/ah/BP1_AH.md:43 Metas del proyeto: la sección '## Metas del proyeto' no existe para este tipo de práctica; ¿quiso decir '## Metas del proyecto'?",
      "content/practices/ah/BP1_AH.md:55 aviso: Limitaciones: la sección opcional '## Limitaciones' está vacía: se publicaría solo el título; escriba su texto o borre el título",
      "content/practices/ah/BP1_AH.md:64 Efectividad: falta la sección obligatoria '## Efectividad'",
      "content/practices/gn/LN1_GN.md:26 Notas varias: la sección '## Notas varias' no existe para este tipo de práctica (se esperaba uno de los títulos '## Hallazgo', '## Descripción de la lección', '## Contexto y condiciones previas relacionadas', '## Metas del proyecto', '## Beneficiarios', '## Éxito / cuestiones positivas', '## Desafíos, dificultades, problemas', '## Factores diferenciadores', '## Efectividad', '## Importante', '## Útil', '## Equitativo', '## Económico')",
      "content/practices/gn/LN1_GN.md:37 Beneficiarios: falta la sección obligatoria '## Beneficiarios'",
      "content/practices/gn/R4V_PLATFORM.mdx:15 resources.link: el campo 'link' no existe (se esperaba uno de los campos 'title', 'type', 'url'); bórrelo o corrija su nombre",
    ]
  `);
});

test('--format json gives every problem with its place, severity and texts', async () => {
  await sandbox.write(LN, (await readFixture(LN)).replace('## Hallazgo', '## Finding'));
  const result = await check();
  const json = JSON.parse(
    formatJsonReport(result.problems, 'en', { practices: result.practices.length }),
  ) as unknown;
  expect(json).toMatchInlineSnapshot(`
    {
      "errors": 0,
      "practices": 4,
      "problems": [
        {
          "expected": null,
          "field": "Finding",
          "file": "content/practices/gn/LN1_GN.md",
          "hint": "write it as '## Hallazgo', or change lang if the entry is in another language",
          "line": 10,
          "message": "heading '## Finding' is not in the entry's language (lang: es)",
          "severity": "warning",
          "text": "content/practices/gn/LN1_GN.md:10 warning: Finding: heading '## Finding' is not in the entry's language (lang: es); write it as '## Hallazgo', or change lang if the entry is in another language",
        },
      ],
      "warnings": 1,
    }
  `);
});

test('a required field left blank says so and what it expects', async () => {
  expect(
    await after(BP, (text) =>
      replaceLine(
        replaceLine(text, 'sustainability:', 'sustainability:'),
        'population:',
        'population:',
      ),
    ),
  ).toMatchInlineSnapshot(`
    [
      "content/practices/ah/BP1_AH.md:6 population: the field is empty: write its value (expected a number or one of 'no-aplica', 'no-registra')",
      "content/practices/ah/BP1_AH.md:11 sustainability: the field is empty: write its value (expected one of 'Alta', 'Media', 'Baja')",
    ]
  `);
});
