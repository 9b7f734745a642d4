/**
 * Every message the checker can give, in Spanish and English. Editors are programme
 * staff: say what is wrong and how to fix it, in plain words.
 */
export interface Localised {
  readonly es: string;
  readonly en: string;
}

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

export const messages = {
  notUtf8: (line: number): Localised => ({
    es: `el archivo no está en UTF-8 (primer carácter inválido en la línea ${line}); guárdelo como UTF-8`,
    en: `the file is not UTF-8 (first invalid byte on line ${line}); save it as UTF-8`,
  }),
  utf16: (): Localised => ({
    es: 'el archivo está guardado en UTF-16; guárdelo como UTF-8 (en el Bloc de notas: Guardar como… > Codificación: UTF-8)',
    en: 'the file is saved as UTF-16; save it as UTF-8 (in Notepad: Save as… > Encoding: UTF-8)',
  }),
  symlink: (): Localised => ({
    es: 'es un enlace simbólico: no se lee ni se publica',
    en: 'this is a symbolic link: it is neither read nor published',
  }),
  copyFile: (): Localised => ({
    es: 'ponga aquí el archivo mismo, no un enlace',
    en: 'put the file itself here, not a link to it',
  }),
  pageFileName: (slug: string): Localised => ({
    es: `el nombre de archivo '${slug}' no sirve como dirección de página`,
    en: `the file name '${slug}' cannot be a page address`,
  }),
  pageFileNameHint: (): Localised => ({
    es: 'use minúsculas sin tildes, cifras y guiones, p. ej. buenas-practicas.md',
    en: 'use lower-case letters without accents, digits and hyphens, e.g. good-practices.md',
  }),
  reservedPageName: (slug: string, reserved: readonly string[]): Localised => ({
    es: `la página '${slug}' tendría la misma dirección que una página del sitio (/${slug}/) y no se vería; cambie el nombre del archivo (nombres reservados: ${reserved.join(', ')})`,
    en: `page '${slug}' would have the address of one of the site's own pages (/${slug}/) and never show; rename the file (reserved names: ${reserved.join(', ')})`,
  }),
  yamlAliases: (): Localised => ({
    es: 'la cabecera usa demasiados alias YAML (*nombre); escriba los valores directamente',
    en: 'the header uses too many YAML aliases (*name); write the values out',
  }),
  notIsoDate: (value: string): Localised => ({
    es: `'${value}' no es una fecha AAAA-MM-DD válida`,
    en: `'${value}' is not a valid YYYY-MM-DD date`,
  }),
  writeDateAs: (iso: string): Localised => ({
    es: `escríbala ${iso}`,
    en: `write it as ${iso}`,
  }),
  ambiguousDate: (dayFirst: string, monthFirst: string): Localised => ({
    es: `escriba ${dayFirst} si es día/mes, o ${monthFirst} si es mes/día`,
    en: `write ${dayFirst} if it is day/month, or ${monthFirst} if it is month/day`,
  }),
  lowContrast: (colour: string, ratio: string): Localised => ({
    es: `el texto blanco sobre ${colour} tiene un contraste de ${ratio}:1, menos del 4.5:1 que necesita para leerse`,
    en: `white text on ${colour} has a contrast of ${ratio}:1, below the 4.5:1 it needs to be readable`,
  }),
  darkerColour: (): Localised => ({
    es: 'elija un tono más oscuro',
    en: 'choose a darker shade',
  }),
  unusedFootnote: (label: string): Localised => ({
    es: `la nota [^${label}] está definida pero ningún texto la cita, y no se publicaría`,
    en: `footnote [^${label}] is defined but never cited, so it would not be published`,
  }),
  citeFootnote: (label: string): Localised => ({
    es: `cítela en el texto con [^${label}] o borre su definición`,
    en: `cite it in the text with [^${label}] or delete its definition`,
  }),
  longBody: (kilobytes: number): Localised => ({
    es: `el texto mide ${kilobytes} KB, mucho más que una ficha (unos 5 KB); ¿se pegó algo por error?`,
    en: `the text is ${kilobytes} KB, far more than a ficha (about 5 KB); was something pasted by mistake?`,
  }),
  manyItems: (count: number, usual: number): Localised => ({
    es: `hay ${count} elementos; una ficha suele tener como mucho ${usual}`,
    en: `there are ${count} items; a ficha usually has at most ${usual}`,
  }),
  externalImage: (src: string): Localised => ({
    es: `la imagen '${src}' está en otro sitio: la compilación no la descarga, así que se muestra como enlace y no se imprime`,
    en: `image '${src}' is on another site: the build does not fetch it, so it shows as a link and is not printed`,
  }),
  imageOutsideContent: (src: string): Localised => ({
    es: `la imagen '${src}' está fuera de la carpeta content/ y no se publica`,
    en: `image '${src}' is outside the content/ folder and is not published`,
  }),
  emptyFile: (): Localised => ({
    es: 'el archivo está vacío; copie una ficha existente y complétela',
    en: 'the file is empty; copy an existing practice and fill it in',
  }),
  missingSettings: (): Localised => ({
    es: 'falta el archivo de ajustes del catálogo; cree content/catalogue.yaml (ver docs/fields.md)',
    en: 'the catalogue settings file is missing; create content/catalogue.yaml (see docs/fields.md)',
  }),
  noFrontmatter: (): Localised => ({
    es: "falta la cabecera de datos: el archivo debe empezar con una línea '---', los campos y otra línea '---'",
    en: "the metadata header is missing: the file must start with a '---' line, the fields, and another '---' line",
  }),
  unclosedFrontmatter: (): Localised => ({
    es: "la cabecera de datos no se cierra: falta la segunda línea '---'",
    en: "the metadata header is not closed: the second '---' line is missing",
  }),
  yamlSyntax: (reason: string): Localised => ({
    es: `error de sintaxis YAML: ${reason}`,
    en: `YAML syntax error: ${reason}`,
  }),
  notAnObject: (): Localised => ({
    es: 'la cabecera debe ser una lista de campos `nombre: valor`',
    en: 'the header must be a list of `name: value` fields',
  }),
  missingField: (): Localised => ({
    es: 'falta este campo obligatorio',
    en: 'this required field is missing',
  }),
  wrongType: (expected: Localised, received: Localised): Localised => ({
    es: `se esperaba ${expected.es}, pero hay ${received.es}`,
    en: `expected ${expected.en}, got ${received.en}`,
  }),
  invalidValue: (value: string): Localised => ({
    es: `'${value}' no es un valor válido`,
    en: `'${value}' is not valid`,
  }),
  oneOf: (values: readonly string[]): Localised => ({
    es: `uno de ${list(values)}`,
    en: `one of ${list(values)}`,
  }),
  didYouMean: (value: string): Localised => ({
    es: `¿quiso decir '${value}'?`,
    en: `did you mean '${value}'?`,
  }),
  outOfRange: (value: string): Localised => ({
    es: `${value} está fuera de rango`,
    en: `${value} is out of range`,
  }),
  between: (min: number | undefined, max: number | undefined): Localised => ({
    es:
      min !== undefined && max !== undefined
        ? `un número de ${min} a ${max}`
        : min !== undefined
          ? `al menos ${min}`
          : `como mucho ${max}`,
    en:
      min !== undefined && max !== undefined
        ? `a number from ${min} to ${max}`
        : min !== undefined
          ? `at least ${min}`
          : `at most ${max}`,
  }),
  tooFewItems: (min: number): Localised => ({
    es: `la lista necesita al menos ${min} elemento(s)`,
    en: `the list needs at least ${min} item(s)`,
  }),
  emptyText: (): Localised => ({
    es: 'el texto está vacío',
    en: 'the text is empty',
  }),
  badFormat: (value: string): Localised => ({
    es: `'${value}' no tiene el formato correcto`,
    en: `'${value}' is not in the right format`,
  }),
  unknownField: (name: string): Localised => ({
    es: `el campo '${name}' no existe`,
    en: `there is no field '${name}'`,
  }),
  removeField: (): Localised => ({
    es: 'bórrelo o corrija su nombre',
    en: 'remove it or correct its name',
  }),
  codePattern: (code: string, expected: string): Localised => ({
    es: `'${code}' no sigue el patrón ${expected}`,
    en: `'${code}' does not follow ${expected}`,
  }),
  codeKindMismatch: (code: string, kind: string, prefix: string): Localised => ({
    es: `'${code}' no corresponde al tipo '${kind}', cuyos códigos empiezan por ${prefix}`,
    en: `'${code}' does not match kind '${kind}', whose codes start with ${prefix}`,
  }),
  codeAreaMismatch: (code: string, area: string): Localised => ({
    es: `'${code}' no corresponde al área '${area}'`,
    en: `'${code}' does not match area '${area}'`,
  }),
  unknownArea: (area: string): Localised => ({
    es: `el área '${area}' no existe: no hay archivo content/areas/${area}.md`,
    en: `area '${area}' does not exist: there is no content/areas/${area}.md`,
  }),
  folderAreaMismatch: (folder: string, area: string): Localised => ({
    es: `el archivo está en la carpeta '${folder}' pero su área es '${area}'`,
    en: `the file is in folder '${folder}' but its area is '${area}'`,
  }),
  moveToFolder: (folder: string): Localised => ({
    es: `muévalo a content/practices/${folder}/ o corrija el área`,
    en: `move it to content/practices/${folder}/ or correct the area`,
  }),
  areaFileName: (code: string, fileName: string): Localised => ({
    es: `el código '${code}' no coincide con el nombre del archivo '${fileName}'`,
    en: `code '${code}' does not match the file name '${fileName}'`,
  }),
  duplicateCode: (code: string, others: string, differsInCase: boolean): Localised => ({
    es:
      `el código '${code}' también lo usa ${others}` +
      (differsInCase
        ? '; dos códigos que solo difieren en mayúsculas tendrían la misma dirección'
        : ''),
    en:
      `code '${code}' is also used by ${others}` +
      (differsInCase ? '; two codes that differ only in case would share one address' : ''),
  }),
  uniqueCode: (): Localised => ({
    es: 'cada práctica necesita un código propio',
    en: 'each practice needs a code of its own',
  }),
  brokenRelated: (code: string): Localised => ({
    es: `la práctica relacionada '${code}' no existe`,
    en: `related practice '${code}' does not exist`,
  }),
  missingSection: (heading: string): Localised => ({
    es: `falta la sección obligatoria '## ${heading}'`,
    en: `the required section '## ${heading}' is missing`,
  }),
  emptySection: (heading: string): Localised => ({
    es: `la sección '## ${heading}' está vacía`,
    en: `section '## ${heading}' is empty`,
  }),
  writeSectionText: (): Localised => ({
    es: 'escriba su texto debajo del título',
    en: 'write its text under the heading',
  }),
  unknownSection: (heading: string): Localised => ({
    es: `la sección '## ${heading}' no existe para este tipo de práctica`,
    en: `there is no section '## ${heading}' for this kind of practice`,
  }),
  duplicateSection: (heading: string): Localised => ({
    es: `la sección '## ${heading}' aparece dos veces`,
    en: `section '## ${heading}' appears twice`,
  }),
  textBeforeSections: (): Localised => ({
    es: 'hay texto antes de la primera sección',
    en: 'there is text before the first section',
  }),
  putUnderSection: (): Localised => ({
    es: "póngalo bajo un título '## …'",
    en: "put it under a '## …' heading",
  }),
  topHeading: (): Localised => ({
    es: "los títulos de sección usan '## ' (el título de la ficha va en el campo title)",
    en: "section headings use '## ' (the practice's title goes in the title field)",
  }),
  missingImage: (src: string): Localised => ({
    es: `la imagen '${src}' no existe`,
    en: `image '${src}' does not exist`,
  }),
  imageHint: (): Localised => ({
    es: 'ponga la imagen junto al archivo y escriba su ruta relativa, p. ej. ./figura.png',
    en: 'put the image next to the file and give its relative path, e.g. ./figure.png',
  }),
  strayFile: (): Localised => ({
    es: 'este archivo no se publica: las fichas terminan en .md o .mdx',
    en: 'this file is not published: practices end in .md or .mdx',
  }),
  renameToMarkdown: (): Localised => ({
    es: 'cambie su nombre a .md o sáquelo de content/practices/',
    en: 'rename it to .md or move it out of content/practices/',
  }),
  mdxSyntax: (reason: string): Localised => ({
    es: `error de sintaxis MDX: ${reason}`,
    en: `MDX syntax error: ${reason}`,
  }),
  mdxImportExport: (): Localised => ({
    es: 'no se permiten `import` ni `export` en el contenido',
    en: '`import` and `export` are not allowed in content',
  }),
  mdxComponentsAvailable: (names: readonly string[]): Localised => ({
    es: `los componentes permitidos (${names.join(', ')}) están disponibles sin importarlos`,
    en: `the allowed components (${names.join(', ')}) are available without importing them`,
  }),
  mdxExpression: (): Localised => ({
    es: 'no se permiten expresiones JavaScript `{…}` en el contenido',
    en: 'JavaScript expressions `{…}` are not allowed in content',
  }),
  mdxUnknownComponent: (name: string): Localised => ({
    es: `el componente <${name}> no está permitido`,
    en: `component <${name}> is not allowed`,
  }),
  htmlElement: (tag: string): Localised => ({
    es: `el elemento <${tag}> no está permitido en el contenido`,
    en: `element <${tag}> is not allowed in content`,
  }),
  htmlElementAsText: (tag: string): Localised => ({
    es: `el elemento <${tag}> no está permitido en el contenido: se muestra como texto`,
    en: `element <${tag}> is not allowed in content: it is shown as text`,
  }),
  htmlAttribute: (attribute: string, tag: string): Localised => ({
    es: `el atributo ${attribute} de <${tag}> no está permitido en el contenido`,
    en: `attribute ${attribute} on <${tag}> is not allowed in content`,
  }),
  htmlUrl: (address: string, attribute: string, tag: string, scheme: string): Localised => ({
    es: `la dirección ${address} de ${attribute}= en <${tag}> usa '${scheme}:', que no está permitido`,
    en: `the address ${address} in ${attribute}= on <${tag}> uses '${scheme}:', which is not allowed`,
  }),
  htmlUrlSchemes: (schemes: readonly string[]): Localised => ({
    es: `use una dirección ${orList(schemes, 'o')}, o una relativa`,
    en: `use an ${orList(schemes, 'or')} address, or a relative one`,
  }),
  htmlDiagramClasses: (): Localised => ({
    es: "solo las clases de los diagramas, 'diagram' y 'diagram-…'",
    en: "only the diagrams' classes, 'diagram' and 'diagram-…'",
  }),
  htmlPublishedWithout: (): Localised => ({
    es: 'la página se publica sin ello; quítelo del archivo',
    en: 'the page is published without it; remove it from the file',
  }),
  htmlRemove: (): Localised => ({
    es: 'quítelo del archivo',
    en: 'remove it from the file',
  }),
  // The checker as the editor's friend: valid options, warnings that do not fail.
  oneOfFields: (names: readonly string[]): Localised => ({
    es: `uno de los campos ${list(names)}`,
    en: `one of the fields ${list(names)}`,
  }),
  oneOfHeadings: (headings: readonly string[]): Localised => ({
    es: `uno de los títulos ${headings.map((h) => `'## ${h}'`).join(', ')}`,
    en: `one of the headings ${headings.map((h) => `'## ${h}'`).join(', ')}`,
  }),
  emptyOptionalSection: (heading: string): Localised => ({
    es: `la sección opcional '## ${heading}' está vacía: se publicaría solo el título`,
    en: `the optional section '## ${heading}' is empty: only its heading would be published`,
  }),
  fillOrRemoveSection: (): Localised => ({
    es: 'escriba su texto o borre el título',
    en: 'write its text or delete the heading',
  }),
  longStatement: (length: number, usual: number): Localised => ({
    es: `el enunciado tiene ${length} caracteres; los de la ficha impresa tienen como mucho unos ${usual}`,
    en: `the statement is ${length} characters long; those of the printed fichas have at most about ${usual}`,
  }),
  shortenStatement: (): Localised => ({
    es: 'acórtelo y ponga el detalle en la primera sección',
    en: 'shorten it and put the detail in the first section',
  }),
  headingLanguage: (heading: string, lang: string): Localised => ({
    es: `el título '## ${heading}' no está en el idioma de la entrada (lang: ${lang})`,
    en: `heading '## ${heading}' is not in the entry's language (lang: ${lang})`,
  }),
  writeHeadingAs: (heading: string): Localised => ({
    es: `escríbalo '## ${heading}', o cambie lang si la entrada está en otro idioma`,
    en: `write it as '## ${heading}', or change lang if the entry is in another language`,
  }),
  subheadingIsSection: (heading: string, depth: number): Localised => ({
    es: `'${'#'.repeat(depth)} ${heading}' es el nombre de una sección, pero con ${depth} '#' queda como subtítulo dentro de la sección anterior`,
    en: `'${'#'.repeat(depth)} ${heading}' names a section, but with ${depth} '#' it is a subheading inside the section before it`,
  }),
  blankField: (): Localised => ({
    es: 'el campo está vacío: escriba su valor',
    en: 'the field is empty: write its value',
  }),
  useSectionHeading: (heading: string): Localised => ({
    es: `escríbalo '## ${heading}'`,
    en: `write it as '## ${heading}'`,
  }),
  unknownWord: (word: string): Localised => ({
    es: `palabra desconocida «${word}»`,
    en: `unknown word "${word}"`,
  }),
  unknownWordHint: (wordlist: string, close: readonly string[]): Localised => ({
    es:
      `si es una errata, corríjala${
        close.length > 0
          ? ` (¿${orList(
              close.map((word) => `«${word}»`),
              'o',
            )}?)`
          : ''
      }; ` +
      `si está bien escrita (un lugar, una institución, una sigla), añádala a ${wordlist}, una por línea`,
    en:
      `if it is a typo, correct it${
        close.length > 0
          ? ` (${orList(
              close.map((word) => `"${word}"`),
              'or',
            )}?)`
          : ''
      }; ` +
      `if it is spelt right (a place, an organisation, an acronym), add it to ${wordlist}, one per line`,
  }),
  spellingSummary: (words: number, files: number): Localised => ({
    es:
      words === 0
        ? 'Ninguna palabra desconocida.'
        : `${words} ${words === 1 ? 'palabra desconocida' : 'palabras desconocidas'} en ${files} ${files === 1 ? 'archivo' : 'archivos'}: avisos, no impiden publicar.`,
    en:
      words === 0
        ? 'No unknown words.'
        : `${words} unknown ${words === 1 ? 'word' : 'words'} in ${files} ${files === 1 ? 'file' : 'files'}: warnings, they do not stop publication.`,
  }),
} as const;

/** `a, b or c` */
function orList(values: readonly string[], or: string): string {
  return values.length < 2
    ? values.join('')
    : `${values.slice(0, -1).join(', ')} ${or} ${values[values.length - 1]}`;
}

/** Plain names of value types, for "expected a number, got text". */
export const typeNames: Record<string, Localised> = {
  number: { es: 'un número', en: 'a number' },
  string: { es: 'un texto', en: 'text' },
  boolean: { es: 'true o false', en: 'true or false' },
  array: { es: 'una lista', en: 'a list' },
  object: { es: 'un grupo de campos', en: 'a group of fields' },
  date: { es: 'una fecha AAAA-MM-DD', en: 'a date YYYY-MM-DD' },
  null: { es: 'un valor vacío', en: 'an empty value' },
  undefined: { es: 'nada', en: 'nothing' },
};
