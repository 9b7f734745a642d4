/**
 * One PDF job of the bench, run as its own process so that its time and memory are its own:
 * `floor SITE` prints the built print page's fichas once with a minimal stylesheet, without
 * tags or bookmarks (what printing these pages costs at the least); `full SITE` runs the
 * build's whole PDF stage (catalogue with the page-number pass, index, bookmarks,
 * factsheets, area PDFs).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
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
  const server = await serveDirectory(site);
  try {
    await withPrintPage(`${server.url}/print/`, 'A4', async (page) => {
      // The same fichas, with nothing but a page break before each.
      await page.evaluate(() => {
        const fichas = [...document.querySelectorAll('article.print-ficha')];
        for (const element of document.querySelectorAll('style, link[rel="stylesheet"]'))
          element.remove();
        document.body.replaceChildren(...fichas);
        const style = document.createElement('style');
        style.textContent =
          '@page { size: A4; margin: 15mm } body { font: 10pt sans-serif } article { break-before: page }';
        document.head.append(style);
      });
      await printToFile(page, path.join(site, 'floor.pdf'), { paperSize: 'A4', tagged: false });
    });
  } finally {
    await server.close();
  }
  console.log('floor printed');
}
