import { describe, expect, test } from 'vitest';
import {
  describePdf,
  fillPdfFacts,
  formatFileSize,
  pdfFactsPlaceholder,
} from '../../src/lib/pdf-facts.ts';

describe('the PDF facts on the home page', () => {
  test('sizes read as people read them, in the page language', () => {
    expect(formatFileSize(2_345_678, 'es')).toBe('2,3 MB');
    expect(formatFileSize(2_345_678, 'en')).toBe('2.3 MB');
    expect(formatFileSize(850_200, 'es')).toBe('850 kB');
  });

  test('each language’s placeholder is filled in its own language', () => {
    const page = `<a>PDF ${pdfFactsPlaceholder('es')}</a><a>PDF ${pdfFactsPlaceholder('en')}</a>`;
    const { html, filled } = fillPdfFacts(page, { bytes: 1_461_426, pages: 52 });
    expect(filled).toBe(2);
    expect(html).toBe(
      '<a>PDF <span class="pdf-facts">PDF, 1,5 MB, 52 páginas</span></a>' +
        '<a>PDF <span class="pdf-facts">PDF, 1.5 MB, 52 pages</span></a>',
    );
  });

  test('a page without the placeholder is left as it was, and says so', () => {
    expect(fillPdfFacts('<p>Inicio</p>', { bytes: 1, pages: 1 })).toEqual({
      html: '<p>Inicio</p>',
      filled: 0,
    });
  });

  test('large page counts are grouped as the language groups them', () => {
    expect(describePdf({ bytes: 12_000_000, pages: 1052 }, 'en')).toBe('PDF, 12 MB, 1,052 pages');
  });
});
