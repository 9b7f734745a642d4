/**
 * What the checker tells an editor about HTML the policy removes: a warning in `.md`
 * (the page is published without it), an error in `.mdx` (the page is not built).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { errorsOf, formatProblem, sortProblems } from '../../src/lib/check/problem.ts';
import {
  BP,
  checkMessages,
  MDX,
  PAGE,
  readFixture,
  useSandbox,
} from '../helpers/content-sandbox.ts';

const sandbox = useSandbox();

/** Replaces `text` (one line of the fixture file) and returns the checker's messages. */
async function withText(file: string, text: string, replacement: string) {
  const source = await readFixture(file);
  if (!source.includes(text)) throw new Error(`${file} has no '${text}'`);
  await sandbox.write(file, source.replace(text, replacement));
  return checkMessages(sandbox);
}

const FINDING = 'La emergencia sanitaria incrementó la demanda de alojamiento temporal.';
const SUMMARY = 'Text about benefit and impact.';

describe('.md: warnings, with the line', () => {
  test('a javascript: link hidden by a tab is named as the browser reads it', async () => {
    expect(await withText(BP, FINDING, 'Ver <a href="java&#9;script:alert(1)">esto</a>.'))
      .toMatchInlineSnapshot(`
        [
          "content/practices/ah/BP1_AH.md:21 warning: the address "javascript:alert(1)" in href= on <a> uses 'javascript:', which is not allowed; use an http, https, mailto or tel address, or a relative one",
        ]
      `);
  });

  test('entities, control characters, case and other schemes are all caught', async () => {
    expect(
      await withText(
        BP,
        FINDING,
        '<a href="&#x6A;avascript:alert(1)">a</a> <a href="javascript&colon;alert(2)">b</a>\n' +
          '<a href=" &#1;JAVASCRIPT:alert(3)">c</a> <a href="vbscript:msgbox(4)">d</a>\n' +
          '<img src="data:text/html,x" alt="e"> <a href="file:///etc/passwd">f</a>',
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:21 warning: the address "javascript:alert(1)" in href= on <a> uses 'javascript:', which is not allowed; use an http, https, mailto or tel address, or a relative one",
        "content/practices/ah/BP1_AH.md:21 warning: the address "javascript:alert(2)" in href= on <a> uses 'javascript:', which is not allowed; use an http, https, mailto or tel address, or a relative one",
        "content/practices/ah/BP1_AH.md:22 warning: the address "javascript:alert(3)" in href= on <a> uses 'javascript:', which is not allowed; use an http, https, mailto or tel address, or a relative one",
        "content/practices/ah/BP1_AH.md:22 warning: the address "vbscript:msgbox(4)" in href= on <a> uses 'vbscript:', which is not allowed; use an http, https, mailto or tel address, or a relative one",
        "content/practices/ah/BP1_AH.md:23 warning: the address "data:text/html,x" in src= on <img> uses 'data:', which is not allowed; use an http or https address, or a relative one",
        "content/practices/ah/BP1_AH.md:23 warning: the address "file:///etc/passwd" in href= on <a> uses 'file:', which is not allowed; use an http, https, mailto or tel address, or a relative one",
      ]
    `);
  });

  test('attributes that retitle the search result or pass for page chrome are named with their value', async () => {
    expect(
      await withText(
        BP,
        FINDING,
        '<a href="/x/" data-pagefind-meta="url[href]" id="main" class="ficha__title" style="color:red" onclick="alert(1)">x</a>',
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:21 warning: attribute data-pagefind-meta="url[href]" on <a> is not allowed in content; the page is published without it; remove it from the file",
        "content/practices/ah/BP1_AH.md:21 warning: attribute id="main" on <a> is not allowed in content; the page is published without it; remove it from the file",
        "content/practices/ah/BP1_AH.md:21 warning: attribute class="ficha__title" on <a> is not allowed in content (expected only the diagrams' classes, 'diagram' and 'diagram-…'); the page is published without it; remove it from the file",
        "content/practices/ah/BP1_AH.md:21 warning: attribute style="color:red" on <a> is not allowed in content; the page is published without it; remove it from the file",
        "content/practices/ah/BP1_AH.md:21 warning: attribute onclick="alert(1)" on <a> is not allowed in content; the page is published without it; remove it from the file",
      ]
    `);
  });

  test('a class is reported by the values removed, a diagram class is not', async () => {
    expect(await withText(BP, FINDING, '<p class="diagram-text site-header">x</p>'))
      .toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:21 warning: attribute class="site-header" on <p> is not allowed in content (expected only the diagrams' classes, 'diagram' and 'diagram-…'); the page is published without it; remove it from the file",
      ]
    `);
  });

  test('an element that would swallow the rest of the page is shown as text', async () => {
    expect(await withText(BP, FINDING, '<plaintext>')).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:21 warning: element <plaintext> is not allowed in content: it is shown as text; remove it from the file",
      ]
    `);
  });

  test('elements outside the allowlist are named', async () => {
    expect(
      await withText(
        BP,
        FINDING,
        '<iframe src="https://evil.example/"></iframe>\n\n<form><button>Go</button></form>\n\n<svg><script>alert(1)</script></svg>',
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:21 warning: element <iframe> is not allowed in content: it is shown as text; remove it from the file",
        "content/practices/ah/BP1_AH.md:23 warning: element <form> is not allowed in content; the page is published without it; remove it from the file",
        "content/practices/ah/BP1_AH.md:23 warning: element <button> is not allowed in content; the page is published without it; remove it from the file",
        "content/practices/ah/BP1_AH.md:25 warning: element <script> is not allowed in content: it is shown as text; remove it from the file",
        "content/practices/ah/BP1_AH.md:25 warning: element <svg> is not allowed in content; the page is published without it; remove it from the file",
      ]
    `);
  });

  test('pages are checked too', async () => {
    expect(await withText(PAGE, 'Texto de la presentación de prueba.', '<p id="nav">Texto.</p>'))
      .toMatchInlineSnapshot(`
      [
        "content/pages/presentacion.md:7 warning: attribute id="nav" on <p> is not allowed in content; the page is published without it; remove it from the file",
      ]
    `);
  });

  test('the shipped diagram markup passes', async () => {
    const diagram = (await readFile('content/pages/metodologia.md', 'utf8')).split('---\n')[2]!;
    expect(await withText(PAGE, 'Texto de la presentación de prueba.', diagram)).toEqual([]);
  });

  test('warnings do not stop the check, and are in Spanish by default', async () => {
    await sandbox.write(
      BP,
      (await readFixture(BP)).replace(FINDING, '<a href="javascript:alert(1)" id="main">x</a>'),
    );
    const { problems } = await checkContent(path.join(sandbox.root, 'content'), sandbox.root);
    expect(errorsOf(problems)).toEqual([]);
    expect(sortProblems(problems).map((problem) => formatProblem(problem, 'es')))
      .toMatchInlineSnapshot(`
        [
          "content/practices/ah/BP1_AH.md:21 aviso: la dirección "javascript:alert(1)" de href= en <a> usa 'javascript:', que no está permitido; use una dirección http, https, mailto o tel, o una relativa",
          "content/practices/ah/BP1_AH.md:21 aviso: el atributo id="main" de <a> no está permitido en el contenido; la página se publica sin ello; quítelo del archivo",
        ]
      `);
  });
});

describe('.mdx: errors, as the page cannot be cleaned without changing it', () => {
  test('a literal tab inside a JSX href is caught', async () => {
    expect(await withText(MDX, SUMMARY, 'See <a href="java\tscript:alert(1)">this</a>.'))
      .toMatchInlineSnapshot(`
        [
          "content/practices/gn/R4V_PLATFORM.mdx:36 the address "javascript:alert(1)" in href= on <a> uses 'javascript:', which is not allowed; use an http, https, mailto or tel address, or a relative one",
        ]
      `);
  });

  test('lowercase JSX tags follow the same allowlist as raw HTML', async () => {
    expect(
      await withText(
        MDX,
        SUMMARY,
        '<span data-pagefind-meta="url[href]" class="site-header">x</span> <iframe src="https://evil.example/" />',
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/practices/gn/R4V_PLATFORM.mdx:36 attribute data-pagefind-meta="url[href]" on <span> is not allowed in content; remove it from the file",
        "content/practices/gn/R4V_PLATFORM.mdx:36 attribute class="site-header" on <span> is not allowed in content (expected only the diagrams' classes, 'diagram' and 'diagram-…'); remove it from the file",
        "content/practices/gn/R4V_PLATFORM.mdx:36 element <iframe> is not allowed in content; remove it from the file",
      ]
    `);
  });

  test('Callout may only be given its title, and its content follows the policy', async () => {
    expect(
      await withText(
        MDX,
        '<Callout title="Why it matters">Partners plan together.</Callout>',
        '<Callout title="Why it matters" onclick="alert(1)">Partners <a href="vbscript:x">plan</a>.</Callout>',
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/practices/gn/R4V_PLATFORM.mdx:30 attribute onclick="alert(1)" on <Callout> is not allowed in content; remove it from the file",
        "content/practices/gn/R4V_PLATFORM.mdx:30 the address "vbscript:x" in href= on <a> uses 'vbscript:', which is not allowed; use an http, https, mailto or tel address, or a relative one",
      ]
    `);
  });

  test('an expression as an attribute value is rejected', async () => {
    expect(await withText(MDX, SUMMARY, '<a href={"javascript:alert(1)"}>x</a>'))
      .toMatchInlineSnapshot(`
        [
          "content/practices/gn/R4V_PLATFORM.mdx:36 JavaScript expressions \`{…}\` are not allowed in content",
        ]
      `);
  });

  test('an MDX comment is accepted, but code hidden after a comment is not', async () => {
    expect(await withText(MDX, SUMMARY, `${SUMMARY}\n\n{/* nota del editor */}`)).toEqual([]);
    expect(await withText(MDX, SUMMARY, `${SUMMARY}\n\n{/* a */ alert(1) /* b */}`)).toEqual([
      'content/practices/gn/R4V_PLATFORM.mdx:38 JavaScript expressions `{…}` are not allowed in content',
    ]);
  });

  test('the errors are in Spanish by default', async () => {
    await sandbox.write(
      MDX,
      (await readFixture(MDX)).replace(SUMMARY, '<span onclick="alert(1)">x</span> <Evil />'),
    );
    const { problems } = await checkContent(path.join(sandbox.root, 'content'), sandbox.root);
    expect(sortProblems(problems).map((problem) => formatProblem(problem, 'es')))
      .toMatchInlineSnapshot(`
        [
          "content/practices/gn/R4V_PLATFORM.mdx:36 el atributo onclick="alert(1)" de <span> no está permitido en el contenido; quítelo del archivo",
          "content/practices/gn/R4V_PLATFORM.mdx:36 el componente <Evil> no está permitido; los componentes permitidos (Callout) están disponibles sin importarlos",
        ]
      `);
  });
});
