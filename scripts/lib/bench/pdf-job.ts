/**
 * One PDF job of the bench, run as its own process so that its time and memory are its own:
 * `floor SITE` prints the built print page's fichas once with a minimal stylesheet, without
 * tags or bookmarks (what printing these pages costs at the least); `full SITE` runs the
 * build's whole PDF stage (catalogue with the page-number pass, index, bookmarks,
 * factsheets, area PDFs).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { cutPrintPage } from '../pdf/chunks.ts';
import { exportCataloguePdf } from '../pdf/export-catalogue.ts';
import { printToFile, withPrintPage } from '../pdf/print-pdf.ts';
import { serveDirectory } from '../serve.ts';

const [mode, site] = process.argv.slice(2);
if (!site || (mode !== 'floor' && mode !== 'full'))
  throw new Error('usage: pdf-job.ts floor|full SITE');
const codes = (await readdir(path.join(site, 'practicas'))).map((slug) => slug.toUpperCase());

if (mode === 'full') {
  const result = await exportCataloguePdf(site, 'catalogue.pdf', 'A4', codes);
  const steps = Object.entries(result.timings).map(
    ([step, seconds]) => `${step} ${seconds.toFixed(1)} s`,
  );
  console.log(
    `${result.summary.pageCount} pages printed in ${result.chunks} chunks, ${result.factsheets} factsheets, ${result.areaPdfs} area PDFs`,
  );
  console.log(steps.join(', '));
} else {
  // The same fichas, in a document of their own with nothing but a page break before each:
  // what printing them costs at the least, their load included.
  const cut = cutPrintPage(await readFile(path.join(site, 'print', 'index.html'), 'utf8'));
  const fichas = cut.blocks.filter((block) => block.kind === 'ficha').map((block) => block.html);
  const floorPage = '/print/?floor';
  const documents = new Map([
    [
      floorPage,
      '<!doctype html><html lang="es"><head><meta charset="utf-8"><style>' +
        '@page { size: A4; margin: 15mm } body { font: 10pt sans-serif } article { break-before: page }' +
        `</style></head><body>${fichas.join('')}</body></html>`,
    ],
  ]);
  const server = await serveDirectory(site, documents);
  try {
    await withPrintPage(`${server.url}${floorPage}`, 'A4', (page) =>
      printToFile(page, path.join(site, 'floor.pdf'), { paperSize: 'A4', tagged: false }),
    );
  } finally {
    await server.close();
  }
  console.log('floor printed');
}
