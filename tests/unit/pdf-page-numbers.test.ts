import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser } from '../../scripts/lib/pdf/browser.ts';
import {
  movedTargets,
  pageNumbersOf,
  pageRefTargets,
  writePageNumbers,
} from '../../scripts/lib/pdf/page-numbers.ts';
import { BuildError } from '../../scripts/lib/build/build-error.ts';
import { PAGE_REF_PLACEHOLDER } from '../../src/components/print/print-layout.ts';

describe('page numbers from destinations', () => {
  const destinations = new Map([
    ['ficha-bp1_ah', 12],
    ['area-ah', 11],
    ['unrelated', 3],
  ]);

  test('each target gets the page of its destination', () => {
    expect(pageNumbersOf(['area-ah', 'ficha-bp1_ah', 'ficha-bp1_ah'], destinations)).toEqual(
      new Map([
        ['area-ah', 11],
        ['ficha-bp1_ah', 12],
      ]),
    );
  });

  test('a target the PDF has no destination for is named in the error', () => {
    expect(() => pageNumbersOf(['area-ah', 'ficha-xx'], destinations)).toThrow(BuildError);
    expect(() => pageNumbersOf(['area-ah', 'ficha-xx'], destinations)).toThrow(/ficha-xx/);
  });

  test('a target whose page changed after the second print counts as moved', () => {
    const written = new Map([
      ['area-ah', 11],
      ['ficha-bp1_ah', 12],
    ]);
    expect(movedTargets(written, destinations)).toEqual([]);
    expect(
      movedTargets(
        written,
        new Map([
          ['area-ah', 11],
          ['ficha-bp1_ah', 13],
        ]),
      ),
    ).toEqual(['ficha-bp1_ah']);
  });
});

describe('writing the numbers into the print page', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser({ use: 'print' });
    page = await browser.newPage();
    await page.emulateMediaType('print');
    // Boxes as src/components/print/PageRef.astro writes them, before the numbers.
    await page.setContent(`<!doctype html><html><body style="width: 120mm">
      <a class="toc__entry" href="#a"><span class="toc__text">Presentación</span><span class="toc__leader"></span><span class="page-ref" data-page-of="a">${PAGE_REF_PLACEHOLDER}</span></a>
      <p class="keyword-index__entry">Acuerdos <a class="keyword-index__ref" href="#b">BP1_AH <span class="page-ref" data-page-of="b">${PAGE_REF_PLACEHOLDER}</span></a> <a class="keyword-index__ref" href="#a">BP2_AH <span class="page-ref" data-page-of="a">${PAGE_REF_PLACEHOLDER}</span></a> y más texto después</p>
      <p id="a">A</p><p id="b">B</p></body></html>`);
    await page.addStyleTag({ path: 'src/styles/print.css' });
  });
  afterAll(async () => {
    await browser.close();
  });

  /** Where every box of the page lies, to compare the layout before and after. */
  const layout = () =>
    page.$$eval('body *', (elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return [box.x, box.y, box.width, box.height].map(Math.round).join(',');
      }),
    );

  test('every number lands in its box, and no box or text moves', async () => {
    expect(await pageRefTargets(page)).toEqual(['a', 'b', 'a']);
    const before = await layout();
    await writePageNumbers(
      page,
      new Map([
        ['a', 7],
        ['b', 1234],
      ]),
    );
    const texts = await page.$$eval('[data-page-of]', (elements) =>
      elements.map((element) => element.textContent),
    );
    expect(texts).toEqual(['7', '1234', '7']);
    expect(await layout()).toEqual(before);
  });
});
