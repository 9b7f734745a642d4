/**
 * Spell-checks the catalogue's prose against each entry's own language (`lang`, Spanish by
 * default) with nspell and the npm dictionaries, so no system package is needed and OCR damage
 * ("nifios", "poblacién") cannot hide in the content. Words that are right but unknown to the
 * dictionaries (place names, acronyms) live in content/spelling-wordlist.txt.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import english from 'dictionary-en';
import spanish from 'dictionary-es';
import nspell from 'nspell';
import { parseFrontmatter } from '../../../src/lib/check/frontmatter.ts';
import { parseBody } from '../../../src/lib/check/parse-body.ts';
import { walk } from '../../../src/lib/check/walk.ts';
import type { Language } from '../../../src/schemas/vocabularies.ts';

export const WORDLIST = 'spelling-wordlist.txt';
/** Frontmatter fields that hold prose. */
const PROSE_FIELDS = new Set([
  'title',
  'summary',
  'actors',
  'assistanceType',
  'keywords',
  'territories',
  'term',
  'definition',
  'expansion',
  'name',
  'role',
  'subtitle',
  'es',
]);

export interface Misspelling {
  readonly word: string;
  readonly files: readonly string[];
}

/** A content file as the checker reads it: its frontmatter (empty if it has none) and body. */
function readEntry(text: string): { data: Record<string, unknown>; body: string } {
  const split = parseFrontmatter('', text.replace(/\r\n/g, '\n'));
  if (!split.ok) return { data: {}, body: text };
  return { data: split.parsed.data as Record<string, unknown>, body: split.parsed.body };
}

/** Prose of one Markdown file: frontmatter prose fields and body text, without URLs or code. */
export function proseOf(text: string): string {
  const { data, body } = readEntry(text);
  const parts: string[] = [];
  const collect = (value: unknown, key?: string): void => {
    if (typeof value === 'string' && key !== undefined && PROSE_FIELDS.has(key)) parts.push(value);
    else if (Array.isArray(value))
      value.forEach((item) => {
        collect(item, key);
      });
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) collect(v, k);
  };
  collect(data);
  walk(parseBody(body, false), (node) => {
    if (node.type === 'text') parts.push(node.value);
    if (node.type === 'html') parts.push(node.value.replace(/<[^>]*>/g, ' '));
  });
  return (
    parts
      .join('\n')
      .replace(/\bhttps?:\/\/\S+|\bwww\.\S+/g, ' ')
      // Addresses printed without a scheme, e.g. example.gob.ec/path/file.pdf
      .replace(/\S*\.[a-z]{2,}\/\S*/g, ' ')
      .replace(/\b[A-Z]{2}\d+_[A-Z]+\b/g, ' ')
  );
}

/** A checker per language, each with the project word list added. */
export type Spellers = Readonly<Record<Language, (word: string) => boolean>>;

export async function loadSpellers(wordlist?: string): Promise<Spellers> {
  const personal = wordlist && existsSync(wordlist) ? await readFile(wordlist, 'utf8') : '';
  const speller = (dictionary: typeof spanish) => {
    const spell = nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic));
    spell.personal(personal);
    return (word: string) => spell.correct(word);
  };
  return { es: speller(spanish), en: speller(english) };
}

/**
 * The words of a text, as hunspell splits them: letters with inner apostrophes; hyphenated
 * compounds and `las/os` are checked part by part; single letters (`N/A`) and tokens with digits
 * are skipped.
 */
export function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{M}\d]+(?:['’][\p{L}\p{M}]+)*/gu) ?? []).filter(
    (word) => word.length > 1 && !/\d/.test(word),
  );
}

/** The entry's language, from its frontmatter: `en` or, by default, `es`. */
export function languageOf(text: string): Language {
  return readEntry(text).data['lang'] === 'en' ? 'en' : 'es';
}

/** Unknown words of one text in one language, each once, in order of appearance. */
export function unknownWords(text: string, lang: Language, spellers: Spellers): string[] {
  const correct = spellers[lang];
  return [...new Set(wordsOf(text))].filter((word) => !correct(word));
}

/** Every Markdown file under `contentDir`, checked in its own language; each unknown word and where it is. */
export async function findMisspellings(contentDir: string): Promise<Misspelling[]> {
  const files = (await readdir(contentDir, { recursive: true }))
    .filter((file) => file.endsWith('.md') || file.endsWith('.mdx'))
    .sort();
  const spellers = await loadSpellers(path.join(contentDir, WORDLIST));
  const where = new Map<string, string[]>();
  for (const file of files) {
    const text = await readFile(path.join(contentDir, file), 'utf8');
    for (const word of unknownWords(proseOf(text), languageOf(text), spellers))
      where.set(word, [...(where.get(word) ?? []), file]);
  }
  return [...where]
    .map(([word, inFiles]) => ({ word, files: inFiles }))
    .sort((a, b) => a.word.localeCompare(b.word));
}
