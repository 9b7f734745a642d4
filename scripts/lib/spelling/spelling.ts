/**
 * Spell-checks the catalogue's prose with hunspell and a Spanish dictionary, so OCR
 * damage ("nifios", "poblacién") cannot hide in the content. Words that are right but
 * unknown to the dictionary (place names, acronyms) live in content/spelling-wordlist.txt.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse } from 'yaml';

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

/** Prose of one Markdown file: frontmatter prose fields and body text, without URLs or code. */
export function proseOf(text: string): string {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text.replace(/\r\n/g, '\n'));
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
  if (match) collect(parse(match[1] ?? ''));
  const tree = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .parse(match ? text.slice(match[0].length) : text);
  visit(tree, (node) => {
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

/** Spanish files under `contentDir`, checked with hunspell; returns each unknown word and where it is. */
export async function findMisspellings(
  contentDir: string,
  dictionary = 'es_EC',
): Promise<Misspelling[]> {
  const files = (await readdir(contentDir, { recursive: true }))
    .filter((file) => file.endsWith('.md') || file.endsWith('.mdx'))
    .sort();
  const wordlist = path.join(contentDir, WORDLIST);
  const where = new Map<string, string[]>();
  for (const file of files) {
    const text = await readFile(path.join(contentDir, file), 'utf8');
    if (/^lang:\s*en\s*$/m.test(text)) continue;
    const args = ['-d', dictionary, '-l', ...(existsSync(wordlist) ? ['-p', wordlist] : [])];
    const unknown = await hunspell(args, proseOf(text));
    for (const word of unknown) where.set(word, [...(where.get(word) ?? []), file]);
  }
  return [...where]
    .map(([word, inFiles]) => ({ word, files: inFiles }))
    .sort((a, b) => a.word.localeCompare(b.word));
}

async function hunspell(args: string[], input: string): Promise<string[]> {
  const child = promisify(execFile)('hunspell', args, { maxBuffer: 16 * 1024 * 1024 });
  child.child.stdin?.end(input);
  try {
    const { stdout } = await child;
    return [...new Set(stdout.split('\n').filter(Boolean))];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'hunspell is not installed. Install it with a Spanish dictionary: `sudo apt-get install hunspell hunspell-es`.',
        { cause: error },
      );
    }
    throw error;
  }
}
