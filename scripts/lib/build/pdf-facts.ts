/**
 * Writes the printed PDF's size and page count into the home page of each interface language
 * (src/lib/pdf-facts.ts), once the PDF is in the site folder.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fillPdfFacts } from '../../../src/lib/pdf-facts.ts';
import { homeUrl, UI_LANGUAGES } from '../../../src/lib/routes.ts';
import { BuildError } from './build-error.ts';

export async function writePdfFacts(
  siteDir: string,
  pdfFile: string,
  pages: number,
): Promise<void> {
  const { size: bytes } = await stat(pdfFile);
  for (const lang of UI_LANGUAGES) {
    // Outside Astro, site URLs have no base: `/` and `/en/` are folders of the site.
    const file = path.join(siteDir, homeUrl(lang), 'index.html');
    const { html, filled } = fillPdfFacts(await readFile(file, 'utf8'), { bytes, pages });
    if (filled === 0) {
      throw new BuildError(
        `${path.relative(siteDir, file)} has no place for the PDF's size and page count: ` +
          'the home page must write pdfFactsPlaceholder() (src/lib/pdf-facts.ts) beside its PDF link.',
      );
    }
    await writeFile(file, html);
  }
}
