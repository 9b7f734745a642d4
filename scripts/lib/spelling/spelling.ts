/**
 * Spell-checks the catalogue's prose against each entry's own language (`lang`, Spanish by
 * default) with nspell and the npm dictionaries, so no system package is needed and OCR damage
 * or a typo ("nifios", "poblacién") is pointed out where it is. Words that are right but unknown
 * to the dictionaries (place names, acronyms) live in content/spelling-wordlist.txt.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import english from 'dictionary-en';
import spanish from 'dictionary-es';
import nspell from 'nspell';
import { listFiles, projectPath } from '../../../src/lib/check/files.ts';
import { parseFrontmatter } from '../../../src/lib/check/frontmatter.ts';
import { messages } from '../../../src/lib/check/messages.ts';
import { parseBody } from '../../../src/lib/check/parse-body.ts';
import type { Problem } from '../../../src/lib/check/problem.ts';
import { walk } from '../../../src/lib/check/walk.ts';
import { defaultEntryLanguage, entryLanguage } from '../../../src/schemas/practice.ts';
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

/** One language's dictionary with the project word list added. */
export interface Speller {
  readonly correct: (word: string) => boolean;
  /** Dictionary words close to `word`, nearest first. */
  readonly suggest: (word: string) => string[];
}

/** A speller per language, each loaded when first used: Spanish alone takes over a second. */
export type Spellers = Readonly<Record<Language, Speller>>;

const DICTIONARIES: Readonly<Record<Language, typeof spanish>> = { es: spanish, en: english };

export async function loadSpellers(wordlist?: string): Promise<Spellers> {
  const personal = wordlist && existsSync(wordlist) ? await readFile(wordlist, 'utf8') : '';
  const loaded = new Map<Language, ReturnType<typeof nspell>>();
  const speller = (lang: Language): Speller => {
    const spell = () => {
      let found = loaded.get(lang);
      if (!found) {
        const { aff, dic } = DICTIONARIES[lang];
        found = nspell(Buffer.from(aff), Buffer.from(dic)).personal(personal);
        loaded.set(lang, found);
      }
      return found;
    };
    return { correct: (word) => spell().correct(word), suggest: (word) => spell().suggest(word) };
  };
  return { es: speller('es'), en: speller('en') };
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

/** The entry's language, from its frontmatter, defaulted as the schema defaults it. */
export function languageOf(text: string): Language {
  return entryLanguage(readEntry(text).data['lang']) ?? defaultEntryLanguage;
}

/** Unknown words of one text in one language, each once, in order of appearance. */
export function unknownWords(text: string, lang: Language, spellers: Spellers): string[] {
  const { correct } = spellers[lang];
  return [...new Set(wordsOf(text))].filter((word) => !correct(word));
}

/** The first line of `source` where `word` stands as a whole word, if it does. */
export function lineOfWord(source: string, word: string): number | undefined {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = new RegExp(`(?<![\\p{L}\\p{M}\\d])${escaped}(?![\\p{L}\\p{M}\\d])`, 'u').exec(
    source,
  )?.index;
  return at === undefined ? undefined : source.slice(0, at).split('\n').length;
}

/** Unknown words for which the dictionary is asked for close ones: each asking can take 0.2 s. */
const SUGGESTED_WORDS = 30;

/**
 * Every unknown word of every Markdown file under `contentDir`, checked in its entry's own
 * language, as a warning on the first line that has it: a correct word the dictionary lacks
 * (a place, an organisation) is not an error, and the editor is told where to add it. File
 * names are relative to `root`, as the checker gives them.
 */
export async function spellingProblems(
  contentDir: string,
  root = process.cwd(),
): Promise<Problem[]> {
  // The files the checker reads, as it lists them: a symbolic link is never followed.
  const { files } = await listFiles(contentDir, /\.mdx?$/);
  const wordlist = path.join(contentDir, WORDLIST);
  const spellers = await loadSpellers(wordlist);
  const shownWordlist = projectPath(root, wordlist);
  const suggestions = new Map<string, string[]>();
  const problems: Problem[] = [];
  for (const absolute of files) {
    const text = (await readFile(absolute, 'utf8')).replace(/\r\n/g, '\n');
    const lang = languageOf(text);
    for (const word of unknownWords(proseOf(text), lang, spellers)) {
      const key = `${lang} ${word}`;
      if (!suggestions.has(key))
        suggestions.set(
          key,
          suggestions.size < SUGGESTED_WORDS ? spellers[lang].suggest(word).slice(0, 3) : [],
        );
      problems.push({
        file: projectPath(root, absolute),
        line: lineOfWord(text, word),
        message: messages.unknownWord(word),
        hint: messages.unknownWordHint(shownWordlist, suggestions.get(key)!),
        severity: 'warning',
      });
    }
  }
  return problems;
}
