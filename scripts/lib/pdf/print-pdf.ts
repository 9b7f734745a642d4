/** Prints one page of the built site to PDF with a system Chromium. */
import { rename, rm } from 'node:fs/promises';
import { BuildError } from '../build/build-error.ts';
import { launchBrowser } from './browser.ts';

export interface PrintOptions {
  readonly url: string;
  readonly outputPath: string;
  readonly paperSize: 'A4' | 'Letter';
}

/** Writes the PDF to a temporary path and renames it only once Chromium has finished. */
export async function printPdf({ url, outputPath, paperSize }: PrintOptions): Promise<void> {
  const partial = `${outputPath}.partial`;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const response = await page.goto(url, { waitUntil: 'networkidle0', timeout: 120_000 });
    if (!response?.ok())
      throw new BuildError(`The print page ${url} answered ${response?.status() ?? 'nothing'}.`);
    if (errors.length > 0)
      throw new BuildError(`The print page has script errors: ${errors.join('; ')}`);
    await page.pdf({
      path: partial,
      format: paperSize,
      printBackground: true,
      preferCSSPageSize: true,
      outline: true,
      tagged: true,
      timeout: 600_000,
    });
    await rename(partial, outputPath);
  } finally {
    await browser.close();
    await rm(partial, { force: true });
  }
}
