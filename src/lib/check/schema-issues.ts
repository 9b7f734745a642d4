/** Translates zod's issues into problems an editor can act on. */
import type { z } from 'astro/zod';
import { contrastWithWhite, LOW_CONTRAST_ERROR } from '../../schemas/colour.ts';
import { ISO_DATE_ERROR, isoReadings } from '../../schemas/date.ts';
import { gcmObjectives } from '../../vocabularies/gcm-objectives.ts';
import { sdgs } from '../../vocabularies/sdgs.ts';
import { messages, typeNames, type Localised } from './messages.ts';
import type { Problem } from './problem.ts';
import { nearest } from './suggest.ts';

type Issue = z.core.$ZodIssue;

export interface IssueContext {
  readonly file: string;
  readonly data: unknown;
  readonly lineOf: (path: readonly PropertyKey[]) => number;
  /** Field names the schema knows at each object level, to suggest a fix for a misspelt key. */
  readonly knownKeys: (path: readonly PropertyKey[]) => readonly string[];
}

/** Full ranges of vocabulary fields, so an out-of-range value is told the whole valid range. */
const RANGES: Record<string, [number, number]> = {
  gcmObjectives: [1, gcmObjectives.length],
  gcmSecondaryObjectives: [1, gcmObjectives.length],
  sdgs: [1, sdgs.length],
};

/** What a field with a pattern must look like, per language. */
const FORMATS: Record<string, Localised> = {
  code: {
    es: 'un código como BP1_AH (letras, cifras, _ o -)',
    en: 'a code such as BP1_AH (letters, digits, _ or -)',
  },
  area: {
    es: 'un código de área en mayúsculas, p. ej. AH',
    en: 'an area code in capitals, e.g. AH',
  },
  colour: { es: 'un color #rrggbb', en: 'a colour as #rrggbb' },
  currency: {
    es: 'un código de moneda de tres letras, p. ej. USD',
    en: 'a three-letter currency code, e.g. USD',
  },
  url: { es: 'una dirección que empiece por https://', en: 'an address starting with https://' },
  siteUrl: {
    es: 'una dirección que empiece por https://',
    en: 'an address starting with https://',
  },
  repositoryUrl: {
    es: 'una dirección que empiece por https://',
    en: 'an address starting with https://',
  },
  cmsAuthUrl: {
    es: 'la dirección del servicio OAuth, que empiece por https://',
    en: 'the address of the OAuth service, starting with https://',
  },
  pdfFileName: { es: 'un nombre de archivo terminado en .pdf', en: 'a file name ending in .pdf' },
};

/** Up to this many valid field names are listed with an unknown field. */
const FEW_FIELDS = 8;

export function problemsFromIssues(issues: readonly Issue[], context: IssueContext): Problem[] {
  return issues.flatMap((issue) =>
    // `field:` with nothing after it (a scaffold's blank) reads as empty, not as the value 'null'.
    valueAt(context.data, issue.path) === null
      ? problemsFromIssue(issue, context).map((problem) => ({
          ...problem,
          message: messages.blankField(),
        }))
      : problemsFromIssue(issue, context),
  );
}

function problemsFromIssue(issue: Issue, context: IssueContext): Problem[] {
  const path = issue.path;
  const base = { file: context.file, line: context.lineOf(path), field: fieldName(path) };
  const value = valueAt(context.data, path);
  // Messages the schemas attach by key (their `error` option), for fields whose rule needs words of its own.
  if (issue.message === ISO_DATE_ERROR) {
    if (value === undefined) return [{ ...base, message: messages.missingField() }];
    const readings = isoReadings(value);
    const [first, second] = readings;
    return [
      {
        ...base,
        message: messages.notIsoDate(display(value)),
        expected: typeNames['date'],
        ...(first && second
          ? { hint: messages.ambiguousDate(first, second) }
          : first
            ? { hint: messages.writeDateAs(first) }
            : {}),
      },
    ];
  }
  if (issue.message === LOW_CONTRAST_ERROR && typeof value === 'string') {
    return [
      {
        ...base,
        message: messages.lowContrast(value, contrastWithWhite(value).toFixed(1)),
        hint: messages.darkerColour(),
      },
    ];
  }
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return [{ ...base, message: messages.missingField() }];
      return [
        {
          ...base,
          message: messages.wrongType(typeName(issue.expected), typeName(kindOf(value))),
        },
      ];
    case 'invalid_value': {
      const values = issue.values.map(String);
      return [invalidValueProblem(base, value, values)];
    }
    case 'invalid_union': {
      // A union of alternatives (a number or 'no-aplica'; or one of the kinds).
      if ((issue as { note?: string }).note === 'No matching discriminator') {
        const values = discriminatorValues(issue);
        return [invalidValueProblem(base, value, values)];
      }
      const expectations = issue.errors.map((branch) => describeBranch(branch));
      const expected: Localised = {
        es: expectations.map((e) => e.es).join(' o '),
        en: expectations.map((e) => e.en).join(' or '),
      };
      if (value === undefined) return [{ ...base, message: messages.missingField(), expected }];
      // `en curso` for `en-curso`: suggest among the union's keywords when one is close.
      const keywords = issue.errors.flatMap((branch) =>
        branch[0]?.code === 'invalid_value' ? branch[0].values.map(String) : [],
      );
      const suggestion = nearest(display(value), keywords);
      return [
        {
          ...base,
          message: messages.invalidValue(display(value)),
          expected,
          ...(suggestion ? { hint: messages.didYouMean(suggestion) } : {}),
        },
      ];
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'number') {
        const range = RANGES[String(path[0])];
        const min = range?.[0] ?? (issue.code === 'too_small' ? Number(issue.minimum) : undefined);
        const max = range?.[1] ?? (issue.code === 'too_big' ? Number(issue.maximum) : undefined);
        return [
          {
            ...base,
            message: messages.outOfRange(display(value)),
            expected: messages.between(min, max),
          },
        ];
      }
      if (issue.origin === 'array' && issue.code === 'too_small') {
        return [{ ...base, message: messages.tooFewItems(Number(issue.minimum)) }];
      }
      return [{ ...base, message: messages.emptyText() }];
    }
    case 'invalid_format': {
      const key = [...path].reverse().find((segment) => typeof segment === 'string') ?? '';
      const expected = FORMATS[key] ?? { es: issue.message, en: issue.message };
      return [{ ...base, message: messages.badFormat(display(value)), expected }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const keyPath = [...path, key];
        const known = context.knownKeys(path);
        const suggestion = nearest(key, known);
        return {
          file: context.file,
          line: context.lineOf(keyPath),
          field: fieldName(keyPath),
          message: messages.unknownField(key),
          // The valid fields when they are few enough to read (a group such as resources).
          ...(known.length > 0 && known.length <= FEW_FIELDS
            ? { expected: messages.oneOfFields(known) }
            : {}),
          hint: suggestion ? messages.didYouMean(suggestion) : messages.removeField(),
        };
      });
    default:
      return [{ ...base, message: { es: issue.message, en: issue.message } }];
  }
}

function invalidValueProblem(
  base: Pick<Problem, 'file' | 'line' | 'field'>,
  value: unknown,
  values: readonly string[],
): Problem {
  if (value === undefined)
    return { ...base, message: messages.missingField(), expected: messages.oneOf(values) };
  const suggestion = nearest(display(value), values);
  return {
    ...base,
    message: messages.invalidValue(display(value)),
    ...(suggestion ? { hint: messages.didYouMean(suggestion) } : {}),
    expected: messages.oneOf(values),
  };
}

function describeBranch(branch: readonly Issue[]): Localised {
  const first = branch[0];
  if (first?.code === 'invalid_value') return messages.oneOf(first.values.map(String));
  if (first?.code === 'invalid_type') return typeName(first.expected);
  return { es: 'otro valor', en: 'another value' };
}

function discriminatorValues(issue: Issue): string[] {
  const options = (issue as { options?: unknown[] }).options;
  return Array.isArray(options) ? options.map(String) : [];
}

/** `criteria.util`, without list positions (the line already points at the item). */
export function fieldName(path: readonly PropertyKey[]): string | undefined {
  const names = path.filter((segment) => typeof segment === 'string');
  return names.length > 0 ? names.join('.') : undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  return typeof value;
}

function typeName(type: string): Localised {
  return typeNames[type] ?? { es: type, en: type };
}

function display(value: unknown): string {
  if (typeof value === 'string') return value;
  return value === undefined ? 'nothing' : JSON.stringify(value);
}
