/** Prints the whole catalogue from the built site's /print/ page and checks every ficha is in it. */
import path from 'node:path';
import { fichaAnchor } from '../../../src/lib/anchors.ts';
import { BuildError } from '../build/build-error.ts';
import { serveDirectory } from '../serve.ts';
import { inspectPdf, type PdfSummary } from './inspect-pdf.ts';
import { printPdf } from './print-pdf.ts';

export interface CatalogueExport {
  readonly file: string;
  readonly summary: PdfSummary;
  /** Addresses outside the site that the print page named and the PDF went without. */
  readonly blocked: readonly string[];
}

export async function exportCataloguePdf(
  siteDir: string,
  fileName: string,
  paperSize: 'A4' | 'Letter',
  codes: readonly string[],
): Promise<CatalogueExport> {
  const file = path.join(siteDir, fileName);
  const server = await serveDirectory(siteDir);
  let blocked: readonly string[];
  try {
    ({ blocked } = await printPdf({ url: `${server.url}/print/`, outputPath: file, paperSize }));
  } finally {
    await server.close();
  }
  const summary = await inspectPdf(file);
  // The contents link to every ficha, so Chromium writes a named destination for each one:
  // one per practice, no more, no less.
  const missing = codes.filter((code) => !summary.destinations.has(fichaAnchor(code)));
  const printed = [...summary.destinations.keys()].filter((name) =>
    name.startsWith(fichaAnchor('')),
  ).length;
  if (missing.length > 0 || printed !== codes.length) {
    throw new BuildError(
      `The PDF has ${printed} fichas for ${codes.length} practices` +
        (missing.length > 0 ? `; missing: ${missing.join(', ')}.` : '.'),
    );
  }
  return { file, summary, blocked };
}
