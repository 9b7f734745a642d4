/**
 * The export measures where each part of the print page will land instead of printing it
 * first (measure-pages.ts). Here the shipped site's print stylesheet lays out blocks that
 * break across pages in every way the catalogue's do — a long table whose header repeats,
 * a ficha whose two-column body runs over three pages, headings kept with what follows, a
 * glossary grid — and the measured pages must be the printed ones.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, inject, test } from 'vitest';
import { cutPrintPage } from '../../scripts/lib/pdf/chunks.ts';
import { measurePages } from '../../scripts/lib/pdf/measure-pages.ts';
import { destinationsOf } from '../../scripts/lib/pdf/print-chunk.ts';
import { printToFile, withPrintBrowser } from '../../scripts/lib/pdf/print-pdf.ts';
import { serveDirectory } from '../../scripts/lib/serve.ts';
import { blockMarker, type BlockKind } from '../../src/components/print/part.ts';

const { dist } = inject('shipped');
const page = cutPrintPage(await readFile(path.join(dist, 'print', 'index.html'), 'utf8'));

/** A sentence of varied length, so that lines and rows break at different heights. */
const sentence = (index: number) =>
  `Frase ${index} sobre la gestión integral de la migración ${'y la protección de las personas '.repeat(index % 7)}en el territorio.`;

const blocks: [BlockKind, string][] = [
  ['cover', '<section class="cover"><p class="cover__title">Portada</p></section>'],
  [
    'front',
    `<div class="front-matter"><h1 id="glosario">Glosario</h1><dl class="glossary">${Array.from(
      { length: 90 },
      (_, index) => `<dt>Término ${index}</dt><dd>${sentence(index)}</dd>`,
    ).join('')}</dl></div>`,
  ],
  [
    'area',
    `<section class="area-opener" id="area-xx"><header class="area-opener__band"><h1 class="area-opener__title">Área</h1></header>` +
      `<table class="area-opener__summary"><caption>Prácticas</caption><thead><tr><th scope="col">Código</th><th scope="col">Enunciado</th><th scope="col" class="area-opener__page">Página</th></tr></thead><tbody>` +
      Array.from(
        { length: 150 },
        (_, index) =>
          `<tr id="fila-${index}"><th scope="row">BP${index}</th><td>${sentence(index)}</td><td class="area-opener__page"></td></tr>`,
      ).join('') +
      `</tbody></table></section>`,
  ],
  [
    'ficha',
    `<article class="print-ficha" id="ficha-larga" data-code="BP1_XX"><header class="print-ficha__strip"><h2 class="print-ficha__title">Ficha larga</h2></header>` +
      `<div class="print-ficha__body">${Array.from(
        { length: 45 },
        (_, index) =>
          `<h2 id="seccion-${index}">Sección ${index}</h2><p>${sentence(index)} ${sentence(index + 3)}</p><ul><li>${sentence(index + 1)}</li><li>${sentence(index + 2)}</li></ul>`,
      ).join('')}</div></article>`,
  ],
  [
    'ficha',
    `<article class="print-ficha" id="ficha-corta" data-code="BP2_XX"><header class="print-ficha__strip"><h2 class="print-ficha__title">Ficha corta</h2></header><p>${sentence(1)}</p></article>`,
  ],
];
const targets = ['glosario', 'area-xx', 'fila-120', 'ficha-larga', 'seccion-30', 'ficha-corta'];
const html = [
  page.head,
  ...blocks.map(([kind, block]) => blockMarker(page.token, kind) + block),
  // Chromium writes a named destination for each element a link leads to.
  `<div hidden>${targets.map((id) => `<a href="#${id}"></a>`).join('')}</div>`,
  page.tail,
].join('');

const documents = new Map([['/print/measure/', html]]);
const server = await serveDirectory(dist, documents);
afterAll(() => server.close());

test('the measured page of every part and link target is the page it is printed on', async () => {
  const file = path.join(path.dirname(dist), 'measure.pdf');
  const { result: measured } = await withPrintBrowser(server.url, 'A4', (session) =>
    session.withPage(`${server.url}/print/measure/`, async (tab) => {
      const layout = await measurePages(tab, 'A4');
      await printToFile(tab, file, { paperSize: 'A4', tagged: false });
      return layout;
    }),
  );
  const printed = await destinationsOf(file);
  // The blocks do break across pages: the table over several, the ficha over three.
  expect(
    printed.destinations.get('ficha-larga')! - printed.destinations.get('area-xx')!,
  ).toBeGreaterThan(2);
  expect(
    printed.destinations.get('ficha-corta')! - printed.destinations.get('ficha-larga')!,
  ).toBeGreaterThan(2);
  expect(printed.destinations.get('seccion-30')).toBeGreaterThan(
    printed.destinations.get('ficha-larga')!,
  );
  expect(measured.pageCount).toBe(printed.pageCount);
  for (const id of targets) {
    expect({ id, page: measured.pages.get(id) }).toEqual({
      id,
      page: printed.destinations.get(id),
    });
  }
});
