/**
 * The Decap CMS configuration (/admin/config.yml), generated from the zod schemas: one
 * collection per kind of practice, its fields walked from the kind's schema, its body prefilled
 * with the kind's sections. It writes the same Markdown files as an editor would, into
 * content/practices/<area>/<CODE>.md, and opens a pull request per entry (editorial workflow).
 */
import { t } from '../../i18n/index.ts';
import type { Area } from '../../schemas/area.ts';
import { practiceKinds, type PracticeKind } from '../../schemas/practice-kinds.ts';
import { practiceShapeSchema } from '../../schemas/practice.ts';
import { sectionsByKind } from '../../schemas/sections.ts';
import type { Language } from '../../schemas/vocabularies.ts';
import { gcmObjectives } from '../../vocabularies/gcm-objectives.ts';
import { gcmPrinciples } from '../../vocabularies/gcm-principles.ts';
import { sdgs } from '../../vocabularies/sdgs.ts';
import { fieldHints, sectionHints } from './hints.ts';
import { schemaFields, type SchemaField } from './schema-fields.ts';

export interface CmsOptions {
  /** `owner/name` of the GitHub repository; without it the CMS works only with its local backend. */
  readonly repository?: string | undefined;
  readonly branch?: string;
  /** Address of the OAuth proxy for GitHub sign-in on a static host (catalogue.yaml's `cmsAuthUrl`). */
  readonly authUrl?: string | undefined;
  /** Address of the local backend (decap-server) for editing on one's own machine. */
  readonly localBackendUrl?: string;
  /** The catalogue's areas, offered as a list. */
  readonly areas: readonly Pick<Area, 'code' | 'name'>[];
  /** Language of labels and hints. Default: Spanish. */
  readonly lang?: Language;
}

type CmsField = Record<string, unknown>;

/** `https://github.com/owner/name` → `owner/name`. */
export function githubRepository(url: string | undefined): string | undefined {
  const match = url && /^https:\/\/github\.com\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url);
  return match ? match[1] : undefined;
}

/**
 * Decap's `base_url` is a bare origin and `auth_endpoint` the path it opens there (default
 * `auth`): `https://auth.example.org/catalogo` → `{ base_url: 'https://auth.example.org',
 * auth_endpoint: 'catalogo/auth' }`.
 */
export function authEndpoint(url: string | undefined): Record<string, string> {
  if (!url) return {};
  const { origin, pathname } = new URL(url);
  const path = pathname.replace(/^\/+|\/+$/g, '');
  return path ? { base_url: origin, auth_endpoint: `${path}/auth` } : { base_url: origin };
}

export function cmsConfig(options: CmsOptions): Record<string, unknown> {
  const lang = options.lang ?? 'es';
  return {
    backend: {
      name: 'github',
      repo: options.repository ?? 'owner/repository',
      branch: options.branch ?? 'main',
      ...authEndpoint(options.authUrl),
      // Each new or changed practice becomes a pull request, checked and built by CI, then reviewed.
      open_authoring: false,
    },
    publish_mode: 'editorial_workflow',
    local_backend: options.localBackendUrl
      ? { url: options.localBackendUrl, allowed_hosts: ['127.0.0.1', 'localhost'] }
      : true,
    locale: lang,
    // Images sit next to the practice that shows them (see the checker's image rule).
    media_folder: 'content/practices',
    public_folder: '',
    collections: practiceKinds.map((kind) => collection(kind, options, lang)),
  };
}

function collection(kind: PracticeKind, options: CmsOptions, lang: Language) {
  const schema = practiceShapeSchema.options.find((option) => option.shape.kind.value === kind);
  if (!schema) throw new Error(`No schema for kind '${kind}'`);
  return {
    name: kind,
    label: t(lang, `kind.${kind}`),
    folder: 'content/practices',
    // content/practices/<area>/<CODE>.md, as the checker expects.
    path: '{{area | lower}}/{{slug}}',
    slug: '{{code}}',
    identifier_field: 'code',
    summary: '{{code}}: {{title}}',
    filter: { field: 'kind', value: kind },
    create: true,
    extension: 'md',
    format: 'frontmatter',
    media_folder: '',
    public_folder: '',
    fields: [
      ...schemaFields(schema).map((field) => cmsField(field, field.name, options, lang)),
      {
        name: 'body',
        label: lang === 'es' ? 'Texto de la ficha' : 'Text of the entry',
        widget: 'markdown',
        // Raw Markdown: the file keeps exactly what the editor wrote, headings and comments included.
        modes: ['raw'],
        hint:
          lang === 'es'
            ? 'Escriba bajo cada título ## su texto; los títulos obligatorios no pueden quedar vacíos.'
            : 'Write under each ## heading; required headings must not stay empty.',
        default: sectionsByKind[kind]
          .map(
            (section) =>
              `## ${section.heading[lang]}\n\n<!-- ${sectionHints[section.id]?.[lang] ?? ''} -->`,
          )
          .join('\n\n'),
      },
    ],
  };
}

function cmsField(field: SchemaField, path: string, options: CmsOptions, lang: Language): CmsField {
  const label = labelOf(path, lang);
  const hint = fieldHints[path]?.[lang];
  const base: CmsField = {
    name: field.name,
    label,
    required: field.required,
    ...(hint ? { hint } : {}),
  };
  const widget = widgetOf(field, path, options, lang);
  const withDefault =
    field.defaultValue !== undefined &&
    !Array.isArray(field.defaultValue) &&
    typeof field.defaultValue !== 'object'
      ? { default: field.defaultValue }
      : {};
  return { ...base, ...withDefault, ...widget };
}

/** Offered values with labels, for the vocabularies editors pick from. */
function vocabularyOptions(path: string, lang: Language) {
  if (path === 'gcmObjectives' || path === 'gcmSecondaryObjectives')
    return gcmObjectives.map((o) => ({ label: `${o.number}. ${o.title[lang]}`, value: o.number }));
  if (path === 'gcmPrinciples')
    return gcmPrinciples.map((p) => ({ label: `${p.key}. ${p.label[lang]}`, value: p.key }));
  if (path === 'sdgs')
    return sdgs.map((s) => ({ label: `${s.number}. ${s.title[lang]}`, value: s.number }));
  return undefined;
}

function widgetOf(field: SchemaField, path: string, options: CmsOptions, lang: Language): CmsField {
  if (path === 'area') {
    return {
      widget: 'select',
      options: options.areas.map((area) => ({
        label: `${area.code}: ${area.name[lang]}`,
        value: area.code,
      })),
    };
  }
  if (path === 'kind') return { widget: 'hidden', default: field.values?.[0] };
  switch (field.type) {
    case 'text':
      return { widget: path === 'title' || path === 'summary' ? 'text' : 'string' };
    case 'url':
      return { widget: 'string', pattern: ['^https?://', 'https://…'] };
    case 'date':
      return {
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'YYYY-MM-DD',
        time_format: false,
      };
    case 'number':
      return {
        widget: 'number',
        value_type: 'int',
        ...(field.min === undefined ? {} : { min: field.min }),
        ...(field.max === undefined ? {} : { max: field.max }),
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'choice':
      return { widget: 'select', options: field.values ?? [] };
    case 'group':
      return {
        widget: 'object',
        collapsed: !field.required,
        // Decap would demand the inner fields of an optional group left out; the checker still does.
        fields: (field.fields ?? []).map((child) =>
          cmsField(
            field.required ? child : { ...child, required: false },
            `${path}.${child.name}`,
            options,
            lang,
          ),
        ),
      };
    case 'either':
      return eitherWidget(field);
    case 'list':
      return listWidget(field, path, options, lang);
  }
}

function listWidget(
  field: SchemaField,
  path: string,
  options: CmsOptions,
  lang: Language,
): CmsField {
  const vocabulary = vocabularyOptions(path, lang);
  if (vocabulary) return { widget: 'select', multiple: true, options: vocabulary, default: [] };
  const item = field.item;
  if (!item) return { widget: 'list', default: [] };
  if (item.type === 'choice')
    return { widget: 'select', multiple: true, options: item.values ?? [], default: [] };
  if (item.type === 'group') {
    return {
      widget: 'list',
      default: [],
      fields: (item.fields ?? []).map((child) =>
        cmsField(child, `${path}.${child.name}`, options, lang),
      ),
    };
  }
  if (item.type === 'either') {
    // Organisations: a short name, or a name with its full name; the CMS always writes the second form.
    const group = item.options?.find((option) => option.type === 'group');
    if (group?.fields) {
      return {
        widget: 'list',
        default: [],
        fields: group.fields.map((child) =>
          cmsField(child, `${path}.${child.name}`, options, lang),
        ),
      };
    }
  }
  return { widget: 'list', default: [] };
}

/**
 * A number or a keyword (`no-registra`), or an amount with its currency: one text box whose
 * value is typed on saving (public/admin/either-widget.js).
 */
function eitherWidget(field: SchemaField): CmsField {
  const options = field.options ?? [];
  return {
    widget: 'either',
    numbers: options.some((option) => option.type === 'number'),
    keywords: options.flatMap((option) => (option.type === 'choice' ? (option.values ?? []) : [])),
    amount_currency: options.some((option) => option.type === 'group'),
  };
}

/** The site's label for the field, else (for inner fields) its hint, else its name. */
function labelOf(path: string, lang: Language): string {
  try {
    return t(lang, `field.${path}`);
  } catch {
    return fieldHints[path]?.[lang] ?? path.split('.').pop() ?? path;
  }
}
