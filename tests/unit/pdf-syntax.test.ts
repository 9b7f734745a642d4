import { describe, expect, test } from 'vitest';
import {
  arraySpans,
  dictionarySpans,
  objectRegions,
  pdfName,
  pdfString,
  PdfWriter,
  referencedNumber,
  renumberReferences,
} from '../../scripts/lib/pdf/pdf-syntax.ts';

const plus100 = (number: number) => number + 100;

describe('renumbering the references of an object', () => {
  test('renumbers references, not the numbers, names or strings around them', () => {
    const body =
      '<</F4 4 0 R /K [0 1 2 0 R] /W [3 4 5] /Alt (see 3 0 R) /ID <3 0 R> /T (a\\) 7 0 R)>>';
    expect(renumberReferences(body, plus100).text).toBe(
      '<</F4 104 0 R /K [0 1 102 0 R] /W [3 4 5] /Alt (see 3 0 R) /ID <3 0 R> /T (a\\) 7 0 R)>>',
    );
  });

  test('keeps nested parentheses of a string as one string', () => {
    expect(renumberReferences('<</Alt (a (1 0 R) b) /P 1 0 R>>', plus100).text).toBe(
      '<</Alt (a (1 0 R) b) /P 101 0 R>>',
    );
  });

  test('stops at the stream keyword and says where the data begins', () => {
    const body = '\n<</Length 5 0 R /Note (stream)>> stream\nxx 9 0 R\nendstream\nendobj\n';
    const { text, streamAt } = renumberReferences(body, plus100);
    expect(text).toBe('\n<</Length 105 0 R /Note (stream)>> stream\n');
    expect(body.slice(streamAt)).toBe('xx 9 0 R\nendstream\nendobj\n');
  });

  test('changes only the strings of the keys it is asked about', () => {
    const rename = (literal: string, key: string | undefined) =>
      key === 'ID' || key === 'Headers' ? `${literal.slice(0, -1)}-2)` : literal;
    const headers = Array.from({ length: 12 }, (_, i) => `(node0000001${i})`);
    const body = `<</ID (n1) /A <</Headers [${headers.join(' ')}]>> /Alt (n1) /K [(n1)]>>`;
    const renamed = headers.map((header) => `${header.slice(0, -1)}-2)`);
    expect(renumberReferences(body, plus100, rename).text).toBe(
      `<</ID (n1-2) /A <</Headers [${renamed.join(' ')}]>> /Alt (n1) /K [(n1)]>>`,
    );
  });
});

describe('names and strings', () => {
  test('escapes in a name the bytes that are not regular characters', () => {
    expect(pdfName('relación-causa efecto#1')).toBe('/relaci#c3#b3n-causa#20efecto#231');
  });

  test('writes ASCII as a literal string and anything else as UTF-16 in hex', () => {
    expect(pdfString('node(1)')).toBe('(node\\(1\\))');
    expect(pdfString('ñ')).toBe('<FEFF00f1>');
  });
});

describe('writing a file and reading its table back', () => {
  test('every object is where the table says, whatever order it was written in', () => {
    const writer = new PdfWriter();
    const [catalog, pages, extra] = [writer.reserve(), writer.reserve(), writer.reserve()];
    writer.write(extra, '(last reserved, first written)');
    writer.write(pages, '<</Type /Pages /Kids [] /Count 0>>');
    writer.write(catalog, `<</Type /Catalog /Pages ${pages} 0 R>>`);
    const text = Buffer.from(writer.finish(catalog, undefined)).toString('latin1');
    const { regions, size } = objectRegions(text);
    expect(size).toBe(4);
    for (const number of [catalog, pages, extra]) {
      const [start, end] = regions.get(number)!;
      expect(text.slice(start, end)).toMatch(new RegExp(`^${number} 0 obj\\n[^]*\\nendobj\\n$`));
    }
  });

  test('a reserved object never written is an error, not a file with a hole', () => {
    const writer = new PdfWriter();
    const catalog = writer.reserve();
    writer.reserve();
    writer.write(catalog, '<</Type /Catalog>>');
    expect(() => writer.finish(catalog, undefined)).toThrow(/reserved and never written/);
  });
});

describe('reading a dictionary from the file text', () => {
  const text =
    String.raw`x <</Type/StructElem /S /P /P 12 0 R/K [3 14 0 R <</Type /MCR /MCID 1 /Pg 7 0 R>>]` +
    String.raw` /Alt (a \) ] >> (b) c) /ID <6E6F> /A [<</O /Table /Headers [(n1) (n2)]>>] /Pg 7 0 R>> y`;
  const entries = dictionarySpans(text, 2);
  const value = (key: string) => {
    const [start, end] = entries.get(key)!;
    return text.slice(start, end);
  };

  test('finds each entry’s value whole: references, arrays, strings with brackets and escapes, hex strings, nested dictionaries', () => {
    expect([...entries.keys()]).toEqual(['Type', 'S', 'P', 'K', 'Alt', 'ID', 'A', 'Pg']);
    expect(value('Type')).toBe('/StructElem');
    expect(value('P')).toBe('12 0 R');
    expect(value('K')).toBe('[3 14 0 R <</Type /MCR /MCID 1 /Pg 7 0 R>>]');
    expect(value('Alt')).toBe(String.raw`(a \) ] >> (b) c)`);
    expect(value('ID')).toBe('<6E6F>');
    expect(value('A')).toBe('[<</O /Table /Headers [(n1) (n2)]>>]');
    expect(value('Pg')).toBe('7 0 R');
  });

  test('splits an array into its items, a reference being one', () => {
    const items = arraySpans(text, entries.get('K')!).map(([start, end]) => text.slice(start, end));
    expect(items).toEqual(['3', '14 0 R', '<</Type /MCR /MCID 1 /Pg 7 0 R>>']);
    expect(items.map(referencedNumber)).toEqual([undefined, 14, undefined]);
  });
});
