/**
 * The content checker: one library used by `npm run check`, the first step of
 * `npm run build`, and the tests. It reads every content file, reports every problem
 * it finds (not just the first) and returns the practices it accepted.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { CATALOGUE_SETTINGS_FILE } from '../../lib/catalogue-settings.ts';
import { areaSchema, areaSlug } from '../../schemas/area.ts';
import { catalogueSchema, type Catalogue } from '../../schemas/catalogue.ts';
import { pageSchema } from '../../schemas/page.ts';
import { practiceKinds, type PracticeKind } from '../../schemas/practice-kinds.ts';
import { codeMismatch, practiceShapeSchema, type Practice } from '../../schemas/practice.ts';
import { sectionsByKind, type SectionSpec } from '../../schemas/sections.ts';
import { checkBody } from './body.ts';
import { parseFrontmatter, parseYaml, type ParsedFile } from './frontmatter.ts';
import { messages } from './messages.ts';
import type { Problem } from './problem.ts';
import { decodeSource } from './read-source.ts';
import { knownKeysAt } from './schema-keys.ts';
import { problemsFromIssues } from './schema-issues.ts';
import { nearest } from './suggest.ts';

export interface CheckedPractice {
  /** Project-relative path of the file. */
  readonly file: string;
  readonly data: Practice;
}

export interface CheckResult {
  readonly problems: readonly Problem[];
  /** Every practice file that passed its own checks (drafts included). */
  readonly practices: readonly CheckedPractice[];
  /** The catalogue settings, when content/catalogue.yaml is valid. */
  readonly settings: Catalogue | undefined;
}

const MARKDOWN = /\.(md|mdx)$/;

/**
 * Checks a content folder. File names in messages are relative to `root` (the
 * project, by default the current directory), as an editor sees them in the repository.
 */
export async function checkContent(contentDir: string, root = process.cwd()): Promise<CheckResult> {
  const relative = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');
  const problems: Problem[] = [];

  const { problems: settingsProblems, settings } = await checkCatalogueSettings(
    contentDir,
    relative,
  );
  problems.push(...settingsProblems);

  // Areas and pages are read from their folder only, as the site's collections read them.
  const areaFiles = await listFiles(path.join(contentDir, 'areas'), /\.md$/, false);
  const areaCodes: string[] = [];
  for (const absolute of areaFiles) {
    const result = await checkDataFile(absolute, relative(absolute), areaSchema);
    problems.push(...result.problems);
    const code = result.data?.code;
    if (code === undefined) continue;
    areaCodes.push(code);
    const expected = path.basename(absolute, '.md');
    if (code !== expected) {
      problems.push({
        file: relative(absolute),
        line: result.lineOf(['code']),
        field: 'code',
        message: messages.areaFileName(code, expected),
      });
    }
  }

  for (const absolute of await listFiles(path.join(contentDir, 'pages'), MARKDOWN, false)) {
    problems.push(...(await checkDataFile(absolute, relative(absolute), pageSchema)).problems);
  }

  const practiceFiles = await listFiles(path.join(contentDir, 'practices'), MARKDOWN);
  const practices: CheckedPractice[] = [];
  const identities: PracticeIdentity[] = [];
  for (const absolute of practiceFiles) {
    const result = await checkPracticeFile(absolute, relative(absolute), areaCodes);
    problems.push(...result.problems);
    if (result.practice) practices.push(result.practice);
    if (result.identity) identities.push(result.identity);
  }
  problems.push(...crossPracticeProblems(identities));

  problems.push(...(await strayFiles(path.join(contentDir, 'practices'), relative)));

  return { problems, practices, settings };
}

/** Images may sit next to the practices that show them; any other file would be silently ignored. */
const ASSET = /\.(png|jpe?g|gif|svg|webp|avif)$/i;

async function strayFiles(dir: string, relative: (absolute: string) => string): Promise<Problem[]> {
  const all = await listFiles(dir, /./);
  return all
    .filter((absolute) => !MARKDOWN.test(absolute) && !ASSET.test(absolute))
    .map((absolute) => ({
      file: relative(absolute),
      message: messages.strayFile(),
      hint: messages.renameToMarkdown(),
    }));
}

async function listFiles(dir: string, pattern: RegExp, recursive = true): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

interface ReadResult {
  readonly problems: Problem[];
  readonly parsed?: ParsedFile;
}

async function readContentFile(absolute: string, file: string): Promise<ReadResult> {
  const source = decodeSource(await readFile(absolute));
  if (!source.ok) return { problems: [{ file, line: source.line, message: source.message }] };
  const split = parseFrontmatter(file, source.text);
  if (!split.ok) return { problems: split.problems };
  return { problems: [], parsed: split.parsed };
}

/** An area or page: frontmatter against its schema, body for images and MDX safety. */
async function checkDataFile<S extends z.ZodType>(absolute: string, file: string, schema: S) {
  const read = await readContentFile(absolute, file);
  const lineOf = read.parsed?.lineOf ?? (() => 1);
  if (!read.parsed) return { problems: read.problems, data: undefined, lineOf };
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
  problems.push(...checkParsedBody(file, absolute, parsed));
  return { problems, data: result.success ? result.data : undefined, lineOf };
}

function checkParsedBody(
  file: string,
  absolute: string,
  parsed: ParsedFile,
  sections?: readonly SectionSpec[],
): Problem[] {
  return checkBody({
    file,
    absolutePath: absolute,
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

async function checkPracticeFile(absolute: string, file: string, areaCodes: readonly string[]) {
  const read = await readContentFile(absolute, file);
  if (!read.parsed) return { problems: read.problems, practice: undefined, identity: undefined };
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
    ...checkParsedBody(file, absolute, parsed, kind ? sectionsByKind[kind] : undefined),
  );

  const practice =
    result.success && problems.length === 0 ? { file, data: result.data } : undefined;
  const identity =
    typeof data['code'] === 'string'
      ? {
          file,
          code: data['code'],
          related: Array.isArray(data['related']) ? data['related'] : [],
          lineOf,
        }
      : undefined;
  return { problems, practice, identity };
}

/** Rules across files: unique codes, related practices that exist. */
function crossPracticeProblems(practices: readonly PracticeIdentity[]): Problem[] {
  const problems: Problem[] = [];
  const byCode = new Map<string, PracticeIdentity[]>();
  for (const practice of practices) {
    const same = byCode.get(practice.code) ?? [];
    same.push(practice);
    byCode.set(practice.code, same);
  }
  for (const [code, same] of byCode) {
    if (same.length < 2) continue;
    for (const practice of same) {
      const others = same
        .filter((other) => other !== practice)
        .map((other) => other.file)
        .join(', ');
      problems.push({
        file: practice.file,
        line: practice.lineOf(['code']),
        field: 'code',
        message: messages.duplicateCode(code, others),
        hint: messages.uniqueCode(),
      });
    }
  }
  const codes = [...byCode.keys()];
  for (const practice of practices) {
    practice.related.forEach((code, index) => {
      if (typeof code !== 'string' || byCode.has(code)) return;
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
