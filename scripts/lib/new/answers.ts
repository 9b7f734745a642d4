/**
 * What `npm run new` needs to know — kind, area, title, language — from flags
 * (`--kind --area --title --lang`), asking interactively for whatever the flags leave out.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { practiceKinds, type PracticeKind } from '../../../src/schemas/practice-kinds.ts';
import { languages, type Language } from '../../../src/schemas/vocabularies.ts';

export interface Answers {
  readonly kind: PracticeKind;
  readonly area: string;
  readonly title: string;
  readonly lang: Language;
  readonly contentDir: string;
}

export async function readAnswers(argv: readonly string[]): Promise<Answers> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      kind: { type: 'string' },
      area: { type: 'string' },
      title: { type: 'string' },
      lang: { type: 'string' },
      content: { type: 'string', default: 'content' },
    },
  });
  const contentDir = values.content;
  const areas = (await readdir(path.join(contentDir, 'areas')))
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.slice(0, -3))
    .sort();
  const ask = values.kind && values.area && values.title && values.lang ? undefined : prompter();
  try {
    const kind = await choose('kind', values.kind, practiceKinds, ask);
    const area = await choose('area', values.area?.toUpperCase(), areas, ask);
    const lang = await choose('lang', values.lang, languages, ask);
    const title = values.title ?? (await ask?.('title: '))?.trim();
    if (!title) throw new Error('A title is needed: --title "…"');
    return { kind, area, title, lang, contentDir };
  } finally {
    ask?.close();
  }
}

type Ask = ((question: string) => Promise<string>) & { close(): void };

function prompter(): Ask {
  const readline = createInterface({ input: process.stdin, output: process.stdout });
  return Object.assign((question: string) => readline.question(question), {
    close: () => {
      readline.close();
    },
  });
}

async function choose<T extends string>(
  name: string,
  given: string | undefined,
  options: readonly T[],
  ask: Ask | undefined,
): Promise<T> {
  let answer = given;
  if (answer === undefined && ask) answer = (await ask(`${name} (${options.join(', ')}): `)).trim();
  const found = options.find((option) => option === answer);
  if (!found)
    throw new Error(`--${name} must be one of ${options.join(', ')} (got '${answer ?? ''}')`);
  return found;
}
