/** Prints the whole catalogue from the built site's /print/ page and checks every ficha is in it. */
import path from 'node:path';
import { fichaAnchor } from '../../../src/lib/ficha-anchor.ts';
import { BuildError } from '../build/build-error.ts';
import { serveDirectory } from '../serve.ts';
import { inspectPdf, type PdfSummary } from './inspect-pdf.ts';
import { printPdf } from './print-pdf.ts';

export interface CatalogueExport {
  readonly file: string;
  readonly summary: PdfSummary;
}

export async function exportCataloguePdf(
  siteDir: string,
  fileName: string,
  paperSize: 'A4' | 'Letter',
  codes: readonly string[],
): Promise<CatalogueExport> {
  const file = path.join(siteDir, fileName);
  const server = await serveDirectory(siteDir);
  try {
    await printPdf({ url: `${server.url}/print/`, outputPath: file, paperSize });
  } finally {
    await server.close();
  }
  const summary = await inspectPdf(file);
  // The contents link to every ficha, so Chromium writes a named destination for each one.
  const missing = codes.filter((code) => !summary.destinations.has(fichaAnchor(code)));
  if (missing.length > 0) {
    throw new BuildError(
      `The PDF lacks ${missing.length} of ${codes.length} fichas: ${missing.join(', ')}.`,
    );
  }
  return { file, summary };
}
