/**
 * The open data a reader downloads: practices.json validates against its published schema for
 * every kind of practice, the CSV reads back in a spreadsheet parser as the same text, and
 * citations carry what a reference needs.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { bibtexOf, citationOf, cslOf } from '../../src/lib/open-data/citation.ts';
import { csvColumns, inertCell, practicesCsv } from '../../src/lib/open-data/csv.ts';
import { changedOn, practicesFeed } from '../../src/lib/open-data/feed.ts';
import { practicesJsonSchema } from '../../src/lib/open-data/json-schema.ts';
import { openDataDocument, type PublishedPractice } from '../../src/lib/open-data/record.ts';
import { pageDescription, DESCRIPTION_LENGTH } from '../../src/lib/open-data/seo.ts';
import { atSiteUrl } from '../../src/lib/open-data/sitemap.ts';
import { practiceKinds } from '../../src/schemas/practice-kinds.ts';
import type { Area } from '../../src/schemas/area.ts';

const fixture = await checkContent('tests/fixtures/valid-catalogue/content');
const settings = fixture.settings!;
const areas = fixture.entries
  .filter((entry) => entry.collection === 'areas')
  .map((entry) => entry.data as Pick<Area, 'code' | 'name'>);
const sources = fixture.practices.map((practice) => ({
  data: practice.data,
  body: fixture.entries.find((entry) => entry.file === practice.file)?.body ?? '',
}));
const document = openDataDocument(sources, areas, settings, '/practices.schema.json');
const schema = practicesJsonSchema('https://example.org/practices.schema.json');

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('practices.json', () => {
  test('the fixture has every kind of practice, so every kind is validated', () => {
    expect(new Set(document.practices.map((practice) => practice.kind))).toEqual(
      new Set(practiceKinds),
    );
  });

  test('validates against the published JSON Schema', () => {
    const validate = validator();
    expect(validate(JSON.parse(JSON.stringify(document))), JSON.stringify(validate.errors)).toBe(
      true,
    );
  });

  test('an entry with a value outside the schema is refused by the published schema', () => {
    const validate = validator();
    const broken = structuredClone(document);
    (broken.practices[0] as Record<string, unknown>)['sdgs'] = [42];
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.some((error) => error.instancePath.includes('/sdgs'))).toBe(true);
  });

  test('each entry has its page address, its area name and its narrative', () => {
    const practice = document.practices.find((entry) => entry.code === 'BP1_AH')!;
    expect(practice.url).toBe('https://example.org/practicas/bp1_ah/');
    expect(practice.areaName).toBe(areas.find((area) => area.code === 'AH')!.name.es);
    expect(practice.body).toMatch(/^## /);
  });

  test('drafts are left out', () => {
    const [first, ...rest] = sources.filter((source) => !source.data.draft);
    const withDraft = openDataDocument(
      [{ ...first!, data: { ...first!.data, draft: true } }, ...rest],
      areas,
      settings,
      '/practices.schema.json',
    );
    expect(withDraft.practices.map((practice) => practice.code)).toEqual(
      rest.map((source) => source.data.code),
    );
  });
});

describe('practices.csv', () => {
  const columns = csvColumns(
    (schema as { properties: { practices: { items: object } } }).properties.practices.items,
  );
  const tricky: PublishedPractice = {
    ...document.practices[0]!,
    title: 'Comillas "dobles", comas y\nun salto de línea',
    keywords: ['uno', 'dos; tres'],
  };
  const csv = practicesCsv([tricky, ...document.practices.slice(1)], columns);

  test('starts with a byte-order mark and ends its lines with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(columns.join(','));
  });

  test('a spreadsheet parser reads back the same text, quotes, commas and line breaks included', () => {
    const rows = parse<Record<string, string>>(csv, { bom: true, columns: true });
    expect(rows).toHaveLength(document.practices.length);
    expect(rows[0]!['title']).toBe(tricky.title);
    expect(rows[0]!['keywords']).toBe('uno; dos; tres');
    expect(rows[0]!['url']).toBe(tricky.url);
  });

  test('has one column per field of every kind, nested fields dotted, and no narrative', () => {
    expect(columns.slice(0, 3)).toEqual(['kind', 'code', 'title']);
    expect(columns).toEqual(
      expect.arrayContaining(['areaName', 'url', 'criteria.util', 'geographicScope.countries']),
    );
    expect(columns).not.toContain('body');
    expect(new Set(columns).size).toBe(columns.length);
  });
});

describe('feed', () => {
  test('a practice without dates takes the edition date; an updated one comes first', () => {
    const [first, second] = document.practices;
    const updated = { ...second!, updated: '2030-05-01' };
    expect(changedOn(first!, 2024)).toBe(first!.updated ?? first!.added ?? '2024-01-01');
    const atom = practicesFeed([first!, updated], settings);
    expect(atom.indexOf(updated.url)).toBeLessThan(atom.indexOf(`<id>${first!.url}</id>`));
    expect(atom).toContain('<updated>2030-05-01T00:00:00.000Z</updated>');
  });
});

describe('citation', () => {
  const practice = document.practices.find((entry) => entry.code === 'BP1_AH')!;

  test('the suggested text names organisation, year, title, catalogue and address', () => {
    const { text } = citationOf(practice, settings);
    expect(text).toBe(
      `${settings.organisation} (${practice.added?.slice(0, 4) ?? settings.edition}). ` +
        `${practice.title.replace(/\.?$/, '.')} En ${settings.title}. ${practice.url}`,
    );
  });

  test('an English practice is cited in English', () => {
    const english = { ...practice, lang: 'en' as const };
    expect(citationOf(english, settings).text).toContain(` In ${settings.title}.`);
  });

  test('downloads are linked per practice', () => {
    expect(citationOf(practice, settings)).toMatchObject({
      cslUrl: '/citas/bp1_ah.json',
      bibtexUrl: '/citas/bp1_ah.bib',
    });
  });

  test('BibTeX keys the entry by code and escapes TeX specials', () => {
    const special = { ...practice, title: 'Ahorro del 50% & más_datos' };
    const bibtex = bibtexOf(special, settings);
    expect(bibtex).toMatch(/^@\w+\{BP1_AH,/);
    expect(bibtex).toContain('50\\%');
    expect(bibtex).toContain('\\&');
    expect(bibtex).toContain(practice.url);
  });

  test('CSL-JSON names the catalogue as the container', () => {
    expect(cslOf(practice, settings)).toMatchObject({
      id: 'BP1_AH',
      'container-title': settings.title,
      URL: practice.url,
    });
  });
});

test('a long description is cut at a word, within what search engines show', () => {
  const long = 'palabra '.repeat(60);
  const shown = pageDescription(long, settings);
  expect(shown.length).toBeLessThanOrEqual(DESCRIPTION_LENGTH);
  expect(shown).toMatch(/palabra…$/);
  expect(pageDescription(undefined, settings)).toBe(settings.subtitle);
});

test('sitemap addresses sit at the catalogue address, with or without a base', () => {
  const site = 'https://example.org/catalogo/';
  expect(atSiteUrl('https://example.org/practicas/bp1_ah/', site)).toBe(
    'https://example.org/catalogo/practicas/bp1_ah/',
  );
  expect(atSiteUrl('https://example.org/catalogo/practicas/bp1_ah/', site)).toBe(
    'https://example.org/catalogo/practicas/bp1_ah/',
  );
});

test('a cell that a spreadsheet would run as a formula is written as text', () => {
  expect(inertCell('=HYPERLINK("http://evil.example","clic")')).toBe(
    '\'=HYPERLINK("http://evil.example","clic")',
  );
  expect(inertCell('@SUM(A1)')).toBe("'@SUM(A1)");
  expect(inertCell('+593 2 123')).toBe("'+593 2 123");
  expect(inertCell('-12')).toBe('-12');
  expect(inertCell('Quito')).toBe('Quito');
});
