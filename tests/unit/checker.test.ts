/**
 * Every kind of bad input an editor can commit, and the exact message they get.
 * Each test starts from the valid fixture catalogue and breaks one thing.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { formatAnnotation } from '../../src/lib/check/problem.ts';
import {
  BP,
  checkMessages,
  LA,
  MDX,
  readFixture,
  replaceLine,
  useSandbox,
} from '../helpers/content-sandbox.ts';

const sandbox = useSandbox();

/** Replace one frontmatter line of `file` and return the checker's messages. */
async function withLine(file: string, startsWith: string, replacement: string | null) {
  await sandbox.write(file, replaceLine(await readFixture(file), startsWith, replacement));
  return checkMessages(sandbox);
}

test('the valid fixture catalogue has no problems', async () => {
  expect(await checkMessages(sandbox)).toEqual([]);
});

describe('frontmatter', () => {
  test('a YAML syntax error names the line', async () => {
    expect(await withLine(BP, 'territories:', 'territories: [Tulcán, Quito'))
      .toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:8 YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]",
      ]
    `);
  });

  test('a missing required field is named', async () => {
    expect(await withLine(BP, 'assistanceType:', null)).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:2 assistanceType: this required field is missing",
      ]
    `);
  });

  test('a value of the wrong type says what was expected', async () => {
    expect(await withLine(BP, 'keywords:', 'keywords: Acuerdos')).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:15 keywords: expected a list, got text",
      ]
    `);
  });

  test('a number written as text is rejected with both valid forms', async () => {
    expect(await withLine(BP, 'population:', 'population: "muchas"')).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:6 population: 'muchas' is not valid (expected a number or one of 'no-aplica', 'no-registra')",
      ]
    `);
  });

  test('a misspelt sustainability level suggests the nearest valid one', async () => {
    expect(await withLine(BP, 'sustainability:', 'sustainability: Alto')).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:11 sustainability: 'Alto' is not valid (expected one of 'Alta', 'Media', 'Baja'); did you mean 'Alta'?",
      ]
    `);
  });

  test('an out-of-range GCM objective gives the valid range', async () => {
    expect(await withLine(BP, 'gcmObjectives:', 'gcmObjectives: [7, 24]')).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:13 gcmObjectives: 24 is out of range (expected a number from 1 to 23)",
      ]
    `);
  });

  test('an unknown GCM guiding principle lists the valid letters', async () => {
    expect(await withLine(BP, 'gcmPrinciples:', 'gcmPrinciples: [a, k]')).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:12 gcmPrinciples: 'k' is not valid (expected one of 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j')",
      ]
    `);
  });

  test('an out-of-range SDG gives the valid range', async () => {
    expect(await withLine(BP, 'sdgs:', 'sdgs: [18]')).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:14 sdgs: 18 is out of range (expected a number from 1 to 17)",
      ]
    `);
  });

  test('an unknown kind suggests the nearest kind', async () => {
    expect(await withLine(BP, 'kind:', 'kind: buena-practika')).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:2 kind: 'buena-practika' is not valid (expected one of 'buena-practica', 'leccion-aprendida', 'leccion-no-aprendida', 'practica'); did you mean 'buena-practica'?",
      ]
    `);
  });

  test('an unknown area suggests the nearest area', async () => {
    await sandbox.write(
      BP,
      replaceLine(replaceLine(await readFixture(BP), 'area:', 'area: AJ'), 'code:', 'code: BP1_AJ'),
    );
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:4 area: area 'AJ' does not exist: there is no content/areas/AJ.md (expected one of 'AH', 'GN'); did you mean 'AH'?",
      ]
    `);
  });

  test('a misspelt field name suggests the right one', async () => {
    expect(await withLine(BP, 'keywords:', 'keyword: [Acuerdos]')).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:15 keyword: there is no field 'keyword'; did you mean 'keywords'?",
      ]
    `);
  });

  test('a criterion verdict must be one of the four', async () => {
    expect(await withLine(LA, '  util:', '  util: sí')).toMatchInlineSnapshot(`
      [
        "content/practices/ah/LA1_AH.md:11 criteria.util: 'sí' is not valid (expected one of 'si', 'no', 'medianamente', 'no-determinable'); did you mean 'si'?",
      ]
    `);
  });
});

describe('codes', () => {
  test('a code that does not match the kind is rejected', async () => {
    expect(await withLine(BP, 'code:', 'code: LA9_AH')).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:3 code: 'LA9_AH' does not match kind 'buena-practica', whose codes start with BP",
      ]
    `);
  });

  test('a code that does not match the area is rejected', async () => {
    expect(await withLine(BP, 'code:', 'code: BP1_GN')).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:3 code: 'BP1_GN' does not match area 'AH'",
      ]
    `);
  });

  test('a duplicate code names both files', async () => {
    await sandbox.write('content/practices/ah/BP1_AH-copy.md', await readFixture(BP));
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH-copy.md:3 code: code 'BP1_AH' is also used by content/practices/ah/BP1_AH.md; each practice needs a code of its own",
        "content/practices/ah/BP1_AH.md:3 code: code 'BP1_AH' is also used by content/practices/ah/BP1_AH-copy.md; each practice needs a code of its own",
      ]
    `);
  });

  test('a related practice that does not exist is reported', async () => {
    expect(await withLine(BP, 'related:', 'related: [LA2_AH]')).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:16 related: related practice 'LA2_AH' does not exist; did you mean 'LA1_AH'?",
      ]
    `);
  });
});

describe('sections', () => {
  test('a missing required section is named', async () => {
    const text = (await readFixture(BP)).replace(
      '## Efectividad\n\nTexto de la efectividad.\n\n',
      '',
    );
    await sandbox.write(BP, text);
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:58 Efectividad: the required section '## Efectividad' is missing",
      ]
    `);
  });

  test('an empty required section is reported at its heading', async () => {
    await sandbox.write(BP, (await readFixture(BP)).replace('Texto de la efectividad.', ''));
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:39 Efectividad: section '## Efectividad' is empty; write its text under the heading",
      ]
    `);
  });

  test('an unknown section heading suggests the nearest known one', async () => {
    await sandbox.write(BP, (await readFixture(BP)).replace('## Efectividad', '## Efectivida'));
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:39 Efectivida: there is no section '## Efectivida' for this kind of practice; did you mean '## Efectividad'?",
      ]
    `);
  });
});

describe('files', () => {
  test('an empty file is reported', async () => {
    await sandbox.write(BP, '');
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:1 the file is empty; copy an existing practice and fill it in",
      ]
    `);
  });

  test('a file that is not UTF-8 is reported with the line of the first bad byte', async () => {
    const latin1 = Buffer.from((await readFixture(BP)).replace('Tulcán', 'Tulc\u00e1n'), 'latin1');
    await sandbox.write(BP, latin1);
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:5 the file is not UTF-8 (first invalid byte on line 5); save it as UTF-8",
      ]
    `);
  });

  test('CRLF line endings and a UTF-8 BOM simply work', async () => {
    await sandbox.write(BP, `\uFEFF${(await readFixture(BP)).replace(/\n/g, '\r\n')}`);
    expect(await checkMessages(sandbox)).toEqual([]);
  });

  test('a practice saved with another extension is reported, not silently skipped', async () => {
    await sandbox.write('content/practices/ah/BP2_AH.markdown', await readFixture(BP));
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP2_AH.markdown this file is not published: practices end in .md or .mdx; rename it to .md or move it out of content/practices/",
      ]
    `);
  });

  test('a missing image is reported with its line', async () => {
    await sandbox.remove('content/practices/gn/figure.png');
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/practices/gn/R4V_PLATFORM.mdx:32 image: image './figure.png' does not exist; put the image next to the file and give its relative path, e.g. ./figure.png",
      ]
    `);
  });
});

describe('MDX', () => {
  test('an MDX syntax error names the line', async () => {
    await sandbox.write(MDX, (await readFixture(MDX)).replace('</Callout>', ''));
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/practices/gn/R4V_PLATFORM.mdx:30 MDX syntax error: Expected a closing tag for \`<Callout>\` before the end of \`paragraph\`",
      ]
    `);
  });

  test('an import is rejected and the allowed components are named', async () => {
    await sandbox.write(
      MDX,
      (await readFixture(MDX)).replace(
        '## Summary',
        "## Summary\n\nimport Evil from '../../evil.astro';",
      ),
    );
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/practices/gn/R4V_PLATFORM.mdx:28 \`import\` and \`export\` are not allowed in content; the allowed components (Callout) are available without importing them",
      ]
    `);
  });

  test('a component outside the whitelist is rejected', async () => {
    await sandbox.write(
      MDX,
      (await readFixture(MDX))
        .replace('<Callout title="Why it matters">', '<Calout title="Why it matters">')
        .replace('</Callout>', '</Calout>'),
    );
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/practices/gn/R4V_PLATFORM.mdx:30 component <Calout> is not allowed; did you mean 'Callout'?",
      ]
    `);
  });

  test('JavaScript expressions and event handlers are rejected', async () => {
    await sandbox.write(
      MDX,
      (await readFixture(MDX)).replace(
        'Text about benefit and impact.',
        'Text {process.exit(1)} and <span onclick="alert(1)">x</span>.',
      ),
    );
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/practices/gn/R4V_PLATFORM.mdx:36 JavaScript expressions \`{…}\` are not allowed in content",
        "content/practices/gn/R4V_PLATFORM.mdx:36 attribute onclick="alert(1)" on <span> is not allowed in content; remove it from the file",
      ]
    `);
  });
});

test('every problem in a run is reported together', async () => {
  await sandbox.write(
    BP,
    replaceLine(
      replaceLine(await readFixture(BP), 'sustainability:', 'sustainability: Alto'),
      'sdgs:',
      'sdgs: [18]',
    ),
  );
  await sandbox.write(LA, '');
  expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
    [
      "content/practices/ah/BP1_AH.md:11 sustainability: 'Alto' is not valid (expected one of 'Alta', 'Media', 'Baja'); did you mean 'Alta'?",
      "content/practices/ah/BP1_AH.md:14 sdgs: 18 is out of range (expected a number from 1 to 17)",
      "content/practices/ah/BP1_AH.md:16 related: related practice 'LA1_AH' does not exist; did you mean 'LN1_GN'?",
      "content/practices/ah/LA1_AH.md:1 the file is empty; copy an existing practice and fill it in",
    ]
  `);
});

test('messages are in Spanish by default for editors', async () => {
  await sandbox.write(
    BP,
    replaceLine(await readFixture(BP), 'sustainability:', 'sustainability: Alto'),
  );
  const { problems } = await checkContent(path.join(sandbox.root, 'content'), sandbox.root);
  expect(problems.map((problem) => `${problem.message.es}; ${problem.hint?.es}`))
    .toMatchInlineSnapshot(`
    [
      "'Alto' no es un valor válido; ¿quiso decir 'Alta'?",
    ]
  `);
});

test('problems become GitHub annotations on the file and line', async () => {
  await sandbox.write(
    BP,
    replaceLine(await readFixture(BP), 'sustainability:', 'sustainability: Alto'),
  );
  const { problems } = await checkContent(path.join(sandbox.root, 'content'), sandbox.root);
  expect(problems.map((problem) => formatAnnotation(problem, 'en'))).toMatchInlineSnapshot(`
    [
      "::error file=content/practices/ah/BP1_AH.md,line=11,title=sustainability::sustainability: 'Alto' is not valid (expected one of 'Alta', 'Media', 'Baja'); did you mean 'Alta'?",
    ]
  `);
});

describe('`npm run check`, as an editor runs it', () => {
  const runCheck = (contentDir: string) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        'npm',
        ['run', '--silent', 'check', '--', '--content', contentDir],
        (error, stdout, stderr) => {
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
        },
      );
    });

  test('valid content: the summary line and exit code 0', async () => {
    const { code, stdout } = await runCheck(path.join(sandbox.root, 'content'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ prácticas, 0 errores, 0 avisos\. \(\d+\.\d+ s\)$/m);
  });

  test('an error: the file, the line and the field on stderr, and exit code 1', async () => {
    await sandbox.write(
      BP,
      replaceLine(await readFixture(BP), 'sustainability:', 'sustainability: Alto'),
    );
    const { code, stderr } = await runCheck(path.join(sandbox.root, 'content'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/BP1_AH\.md:11 sustainability: 'Alto' no es un valor válido/);
    expect(stderr).toMatch(/1 error/);
  });
});
