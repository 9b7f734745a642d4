/** Opens built pages in the system Chromium, collecting console errors as a reader's browser would show them. */
import type { Browser, Page } from 'puppeteer-core';

export { launchBrowser } from '../../scripts/lib/pdf/browser.ts';

export async function openPage(
  browser: Browser,
  url: string,
): Promise<{ page: Page; consoleErrors: string[] }> {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  const response = await page.goto(url, { waitUntil: 'networkidle0' });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  return { page, consoleErrors };
}
