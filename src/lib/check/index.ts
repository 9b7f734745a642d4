/**
 * The content checker: one library used by `npm run check`, the first step of
 * `npm run build`, the site's content loader and the tests. It reads every content file,
 * reports every problem it finds (not just the first), and decides what content exists:
 * the site loads exactly the entries it accepted, read exactly as it read them.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { areaSchema } from '../../schemas/area.ts';
import { catalogueSchema, type Catalogue } from '../../schemas/catalogue.ts';
import { pageSchema } from '../../schemas/page.ts';
import { practiceKinds, type PracticeKind } from '../../schemas/practice-kinds.ts';
import { codeMismatch, practiceShapeSchema, type Practice } from '../../schemas/practice.ts';
import { sectionsByKind, type SectionSpec } from '../../schemas/sections.ts';
import { CATALOGUE_SETTINGS_FILE } from '../catalogue-settings.ts';
import { areaSlug, PAGE_SLUG, pageSlug, practiceSlug, reservedSlugs } from '../routes.ts';
import { checkBody } from './body.ts';
import { listFiles, projectPath } from './files.ts';
import { parseFrontmatter, parseYaml, type ParsedFile } from './frontmatter.ts';
import { messages } from './messages.ts';
import { isError, type Problem } from './problem.ts';
import { decodeSource } from './read-source.ts';
import { checkEditorRules } from './rules/editor.ts';
import { checkEntrySize } from './rules/size.ts';
import { knownKeysAt } from './schema-keys.ts';
import { problemsFromIssues } from './schema-issues.ts';
import { nearest } from './suggest.ts';

export type CollectionName = 'practices' | 'areas' | 'pages';

/** A content file the checker accepted, as it read it: what the site's collections load. */
export interface ContentEntry {
  readonly collection: CollectionName;
  /** The entry's id, from which its URL is made (see routes.ts). */
  readonly id: string;
  /** Project-relative path, for messages. */
  readonly file: string;
  readonly absolutePath: string;
  /** The frontmatter as read, before the schema's defaults are applied. */
  readonly data: Record<string, unknown>;
  readonly body: string;
  /** The whole file's text, for change detection. */
  readonly source: string;
}

export interface CheckedPractice {
  /** Project-relative path of the file. */
  readonly file: string;
  readonly data: Practice;
}

export interface CheckResult {
  readonly problems: readonly Problem[];
  /** Every practice accepted (no error in its file), drafts included. */
  readonly practices: readonly CheckedPractice[];
  /** Every accepted entry of every collection. */
  readonly entries: readonly ContentEntry[];
  /** The catalogue settings, when content/catalogue.yaml is valid. */
  readonly settings: Catalogue | undefined;
}

const MARKDOWN = /\.(md|mdx)$/;
/** Images may sit next to the practices that show them; any other file would be silently ignored. */
const ASSET = /\.(png|jpe?g|gif|svg|webp|avif)$/i;

/**
 * Checks a content folder. File names in messages are relative to `root` (the
 * project, by default the current directory), as an editor sees them in the repository.
 */
export async function checkContent(contentDir: string, root = process.cwd()): Promise<CheckResult> {
  const relative = (absolute: string) => projectPath(root, absolute);
  const problems: Problem[] = [];
  const candidates: { entry: ContentEntry; practice?: CheckedPractice }[] = [];

  const settings = await checkCatalogueSettings(contentDir, relative);
  problems.push(...settings.problems);

  // Areas and pages are read from their folder only; practices from any depth below theirs.
  const areas = await listFiles(path.join(contentDir, 'areas'), /\.md$/, false);
  const pages = await listFiles(path.join(contentDir, 'pages'), MARKDOWN, false);
  const practices = await listFiles(path.join(contentDir, 'practices'), MARKDOWN);
  for (const link of [...areas.links, ...pages.links, ...practices.links]) {
    problems.push({ file: relative(link), message: messages.symlink(), hint: messages.copyFile() });
  }

  const areaCodes: string[] = [];
  for (const absolute of areas.files) {
    const file = relative(absolute);
    const expected = path.basename(absolute, '.md');
    const result = checkDataFile(absolute, file, areaSchema, contentDir);
    problems.push(...result.problems);
    // An area whose other fields are wrong still exists: its practices are not told it is missing.
    const code = result.raw?.['code'];
    if (typeof code !== 'string') continue;
    areaCodes.push(code);
    if (code !== expected) {
      problems.push({
        file,
        line: result.lineOf(['code']),
        field: 'code',
        message: messages.areaFileName(code, expected),
      });
    }
    if (result.entry) candidates.push({ entry: { ...result.entry, id: areaSlug(code) } });
  }

  for (const absolute of pages.files) {
    const file = relative(absolute);
    const slug = pageSlug(path.basename(absolute));
    const result = checkDataFile(absolute, file, pageSchema, contentDir);
    problems.push(...result.problems);
    if (!PAGE_SLUG.test(slug)) {
      problems.push({
        file,
        message: messages.pageFileName(slug),
        hint: messages.pageFileNameHint(),
      });
    } else if (reservedSlugs.includes(slug)) {
      problems.push({ file, message: messages.reservedPageName(slug, reservedSlugs) });
    }
    if (result.entry) candidates.push({ entry: { ...result.entry, id: slug } });
  }

  const identities: PracticeIdentity[] = [];
  for (const absolute of practices.files) {
    const result = checkPracticeFile(absolute, relative(absolute), areaCodes, contentDir);
    problems.push(...result.problems);
    if (result.identity) identities.push(result.identity);
    if (result.entry && result.practice)
      candidates.push({ entry: result.entry, practice: result.practice });
  }
  problems.push(...crossPracticeProblems(identities));

  for (const absolute of practices.others) {
    if (ASSET.test(absolute)) continue;
    problems.push({
      file: relative(absolute),
      message: messages.strayFile(),
      hint: messages.renameToMarkdown(),
    });
  }

  // A file with any error, its own or shared with another file, is not loaded.
  const failed = new Set(problems.filter(isError).map((problem) => problem.file));
  const accepted = candidates.filter(({ entry }) => !failed.has(entry.file));
  return {
    problems,
    practices: accepted.flatMap(({ practice }) => (practice ? [practice] : [])),
    entries: accepted.map(({ entry }) => entry),
    settings: settings.settings,
  };
}

interface ReadResult {
  readonly problems: Problem[];
  readonly parsed?: ParsedFile;
  readonly source?: string;
}

/** Read synchronously: a thousand small files are read faster one after the other than awaited. */
function readContentFile(absolute: string, file: string): ReadResult {
  const source = decodeSource(readFileSync(absolute));
  if (!source.ok) return { problems: [{ file, line: source.line, message: source.message }] };
  const split = parseFrontmatter(file, source.text);
  if (!split.ok) return { problems: split.problems };
  return { problems: [], parsed: split.parsed, source: source.text };
}

/** The entry a file becomes when it is accepted; its id is set by its collection's rule. */
function entryOf(
  collection: CollectionName,
  absolute: string,
  file: string,
  read: ReadResult,
): ContentEntry | undefined {
  if (!read.parsed || read.source === undefined) return undefined;
  return {
    collection,
    id: '',
    file,
    absolutePath: absolute,
    data: read.parsed.data as Record<string, unknown>,
    body: read.parsed.body,
    source: read.source,
  };
}

/** An area or page: frontmatter against its schema, body for images and HTML safety. */
function checkDataFile(absolute: string, file: string, schema: z.ZodType, contentDir: string) {
  const read = readContentFile(absolute, file);
  const lineOf = read.parsed?.lineOf ?? (() => 1);
  if (!read.parsed) return { problems: read.problems, raw: undefined, entry: undefined, lineOf };
  const { parsed } = read;
  const problems: Problem[] = [];
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    problems.push(
      ...problemsFromIssues(result.error.issues, {
        file,
        data: parsed.data,
        lineOf,
        knownKeys: (p) => knownKeysAt(schema, p),
      }),
    );
  }
  problems.push(...checkParsedBody(file, absolute, parsed, contentDir));
  const collection = schema === areaSchema ? 'areas' : 'pages';
  return {
    problems,
    raw: parsed.data as Record<string, unknown>,
    entry: entryOf(collection, absolute, file, read),
    lineOf,
  };
}

function checkParsedBody(
  file: string,
  absolute: string,
  parsed: ParsedFile,
  contentDir: string,
  sections?: readonly SectionSpec[],
): Problem[] {
  return checkBody({
    file,
    absolutePath: absolute,
    contentDir: path.resolve(contentDir),
    body: parsed.body,
    lineOffset: parsed.bodyLineOffset,
    isMdx: absolute.endsWith('.mdx'),
    sections,
  });
}

/** What cross-file rules need of a practice, read even when the rest of its file is invalid. */
interface PracticeIdentity {
  readonly file: string;
  readonly code: string;
  readonly related: readonly unknown[];
  readonly lineOf: ParsedFile['lineOf'];
}

interface PracticeFileResult {
  readonly problems: Problem[];
  readonly identity?: PracticeIdentity | undefined;
  readonly practice?: CheckedPractice;
  readonly entry?: ContentEntry;
}

function checkPracticeFile(
  absolute: string,
  file: string,
  areaCodes: readonly string[],
  contentDir: string,
): PracticeFileResult {
  const read = readContentFile(absolute, file);
  if (!read.parsed) return { problems: read.problems };
  const { parsed } = read;
  const { lineOf } = parsed;
  const data = parsed.data as Record<string, unknown>;
  const kind = practiceKinds.includes(data['kind'] as PracticeKind)
    ? (data['kind'] as PracticeKind)
    : undefined;
  const problems: Problem[] = [];

  const result = practiceShapeSchema.safeParse(data);
  if (!result.success) {
    const kindSchema = kind
      ? practiceShapeSchema.options.find((option) => option.shape.kind.value === kind)
      : undefined;
    problems.push(
      ...problemsFromIssues(result.error.issues, {
        file,
        data,
        lineOf,
        knownKeys: (p) => (kindSchema ? knownKeysAt(kindSchema, p) : []),
      }),
    );
  }

  // Checks that do not need the whole frontmatter to be valid, so that one run says everything.
  if (typeof data['area'] === 'string' && /^[A-Z]{2,4}$/.test(data['area'])) {
    const area = data['area'];
    if (!areaCodes.includes(area)) {
      const suggestion = nearest(area, areaCodes);
      problems.push({
        file,
        line: lineOf(['area']),
        field: 'area',
        message: messages.unknownArea(area),
        ...(suggestion ? { hint: messages.didYouMean(suggestion) } : {}),
        expected: messages.oneOf(areaCodes),
      });
    } else {
      const folder = path.basename(path.dirname(absolute));
      if (folder !== areaSlug(area)) {
        problems.push({
          file,
          line: lineOf(['area']),
          field: 'area',
          message: messages.folderAreaMismatch(folder, area),
          hint: messages.moveToFolder(areaSlug(area)),
        });
      }
    }
    if (kind && typeof data['code'] === 'string') {
      const mismatch = codeMismatch(kind, data['code'], area);
      if (mismatch) {
        const code = data['code'];
        const message =
          mismatch.reason === 'pattern'
            ? messages.codePattern(code, mismatch.expected)
            : mismatch.reason === 'kind'
              ? messages.codeKindMismatch(code, kind, mismatch.prefix)
              : messages.codeAreaMismatch(code, area);
        problems.push({ file, line: lineOf(['code']), field: 'code', message });
      }
    }
  }

  problems.push(
    ...checkParsedBody(file, absolute, parsed, contentDir, kind ? sectionsByKind[kind] : undefined),
    ...checkEntrySize({ file, data, body: parsed.body, lineOf }),
    ...checkEditorRules({
      file,
      data,
      body: parsed.body,
      lineOffset: parsed.bodyLineOffset,
      isMdx: absolute.endsWith('.mdx'),
      lineOf,
    }),
  );

  const code = data['code'];
  const identity =
    typeof code === 'string'
      ? {
          file,
          code,
          related: Array.isArray(data['related']) ? data['related'] : [],
          lineOf,
        }
      : undefined;
  if (!result.success || typeof code !== 'string') return { problems, identity };
  const entry = entryOf('practices', absolute, file, read);
  return {
    problems,
    identity,
    practice: { file, data: result.data },
    ...(entry ? { entry: { ...entry, id: practiceSlug(code) } } : {}),
  };
}

/** Rules across files: codes unique (as URLs, so regardless of case), related practices that exist. */
function crossPracticeProblems(practices: readonly PracticeIdentity[]): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, PracticeIdentity[]>();
  for (const practice of practices) {
    const slug = practiceSlug(practice.code);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), practice]);
  }
  for (const same of bySlug.values()) {
    if (same.length < 2) continue;
    for (const practice of same) {
      const others = same.filter((other) => other !== practice);
      const differsInCase = others.some((other) => other.code !== practice.code);
      const named = others
        .map((other) => (differsInCase ? `${other.file} ('${other.code}')` : other.file))
        .join(', ');
      problems.push({
        file: practice.file,
        line: practice.lineOf(['code']),
        field: 'code',
        message: messages.duplicateCode(practice.code, named, differsInCase),
        hint: messages.uniqueCode(),
      });
    }
  }
  const codes = practices.map((practice) => practice.code);
  for (const practice of practices) {
    practice.related.forEach((code, index) => {
      if (typeof code !== 'string' || codes.includes(code)) return;
      const suggestion = nearest(
        code,
        codes.filter((candidate) => candidate !== practice.code),
      );
      problems.push({
        file: practice.file,
        line: practice.lineOf(['related', index]),
        field: 'related',
        message: messages.brokenRelated(code),
        ...(suggestion ? { hint: messages.didYouMean(suggestion) } : {}),
      });
    });
  }
  return problems;
}

async function checkCatalogueSettings(
  contentDir: string,
  relative: (absolute: string) => string,
): Promise<{ problems: Problem[]; settings?: Catalogue }> {
  const absolute = path.join(contentDir, CATALOGUE_SETTINGS_FILE);
  const file = relative(absolute);
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch {
    return { problems: [{ file, message: messages.missingSettings() }] };
  }
  const source = decodeSource(bytes);
  if (!source.ok) return { problems: [{ file, line: source.line, message: source.message }] };
  const yaml = parseYaml(file, source.text);
  if (!yaml.ok) return { problems: yaml.problems };
  const { data, lineOf } = yaml.parsed;
  const result = catalogueSchema.safeParse(data);
  if (result.success) return { problems: [], settings: result.data };
  return {
    problems: problemsFromIssues(result.error.issues, {
      file,
      data,
      lineOf,
      knownKeys: (p) => knownKeysAt(catalogueSchema, p),
    }),
  };
}
