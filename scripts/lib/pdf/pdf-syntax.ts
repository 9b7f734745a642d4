/**
 * PDF file syntax, for writing a merged catalogue as a stream of objects instead of growing
 * one document in MuPDF: the object offsets of a file with a classic cross-reference table
 * (as Chromium's Skia writes it), references renumbered in an object's text, and a writer
 * that numbers objects, records where each starts and ends the file with its table.
 */

/** Where each object of a file starts and ends (its `N 0 obj` … `endobj`, with what follows). */
export interface ObjectRegions {
  /** Object number → [start, end) in the file; in-use objects only. */
  readonly regions: ReadonlyMap<number, readonly [number, number]>;
  /** The /Size of the trailer: object numbers are below it. */
  readonly size: number;
}

/**
 * The in-use objects of a PDF with one classic cross-reference table and no object streams.
 * Objects follow each other in the file: each ends where the next begins, the last where
 * the table does.
 */
export function objectRegions(text: string): ObjectRegions {
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const tableAt = startxref ? Number(startxref[1]) : -1;
  if (tableAt < 0 || !text.startsWith('xref', tableAt))
    throw new Error('The PDF has no classic cross-reference table (was it printed by Chromium?).');
  const trailerAt = text.indexOf('trailer', tableAt);
  const size = /\/Size\s+(\d+)/.exec(text.slice(trailerAt, trailerAt + 500));
  if (trailerAt < 0 || !size) throw new Error('The PDF has no trailer with a /Size.');
  const starts: [number, number][] = [];
  const table = text.slice(tableAt + 4, trailerAt);
  const section = /(\d+)\s+(\d+)\s*\r?\n/y;
  let at = table.search(/\S/);
  while (at >= 0 && at < table.length) {
    section.lastIndex = at;
    const header = section.exec(table);
    if (!header) break;
    const first = Number(header[1]);
    const count = Number(header[2]);
    at = section.lastIndex;
    for (let index = 0; index < count; index++, at += 20) {
      if (table[at + 17] === 'n') starts.push([first + index, Number(table.slice(at, at + 10))]);
    }
    while (at < table.length && /\s/.test(table[at]!)) at++;
  }
  starts.sort((a, b) => a[1] - b[1]);
  const regions = new Map<number, [number, number]>();
  starts.forEach(([number, start], index) => {
    regions.set(number, [start, starts[index + 1]?.[1] ?? tableAt]);
  });
  return { regions, size: Number(size[1]) };
}

/** A reference `n g R` not inside a name, a number or a keyword. */
const REFERENCE = /(?<![\w.#/+-])(\d+)\s+(\d+)\s+R(?![\w#])/g;

/** What renumberReferences stops at: what may open a string, a dictionary or a stream. */
const SPECIAL = /[(<>s]/g;

/** A name at the end of plain text, then at most the opening of an array: the key of what follows. */
const KEY_AT_END = /\/([^\s/[\]()<>{}%]+)\s*\[?\s*$/;

/**
 * Changes a literal string (with its parentheses) that is the value of `key`, or is in the
 * array that is: returns it as it should be written.
 */
export type StringChange = (literal: string, key: string | undefined) => string;

/**
 * `body` (an object's text after `N 0 obj`, up to its stream data if it has any) with every
 * reference renumbered by `renumber`, strings left as they are unless `changeString` changes
 * them. Also where the stream data begins in `body` (after the `stream` keyword and its end
 * of line), if it does.
 */
export function renumberReferences(
  body: string,
  renumber: (number: number) => number,
  changeString?: StringChange,
): { text: string; streamAt: number | undefined } {
  let out = '';
  let plainFrom = 0;
  let at = 0;
  /** The key whose value (or array) the text so far ends in, for changeString. */
  let key: string | undefined;
  const flushPlain = (to: number) => {
    const plain = body.slice(plainFrom, to);
    out += plain.includes('R')
      ? plain.replace(REFERENCE, (_, number: string) => `${renumber(Number(number))} 0 R`)
      : plain;
    // Between the strings of one array the key holds; anything else ends it or names another.
    if (changeString && !/^\s*$/.test(plain)) key = KEY_AT_END.exec(plain.slice(-128))?.[1];
  };
  for (;;) {
    // Straight to the next character that can start a string, a dictionary or `stream`.
    SPECIAL.lastIndex = at;
    const next = SPECIAL.exec(body);
    if (!next) break;
    at = next.index;
    const char = next[0];
    if (char === '(') {
      flushPlain(at);
      const end = literalStringEnd(body, at);
      const literal = body.slice(at, end);
      out += changeString ? changeString(literal, key) : literal;
      plainFrom = at = end;
    } else if (char === '<' && body[at + 1] !== '<') {
      flushPlain(at);
      const end = body.indexOf('>', at) + 1 || body.length;
      out += body.slice(at, end);
      plainFrom = at = end;
    } else if (char === '<' || char === '>') {
      at += body[at + 1] === char ? 2 : 1;
    } else if (
      char === 's' &&
      body.startsWith('stream', at) &&
      !/[\w/]/.test(body[at - 1] ?? ' ')
    ) {
      let dataAt = at + 'stream'.length;
      if (body[dataAt] === '\r') dataAt++;
      if (body[dataAt] === '\n') dataAt++;
      flushPlain(dataAt);
      return { text: out, streamAt: dataAt };
    } else {
      at++;
    }
  }
  flushPlain(body.length);
  return { text: out, streamAt: undefined };
}

/** A PDF file read as text: its bytes, the same as Latin-1 text (one character per byte), and its objects. */
export interface PdfSource extends ObjectRegions {
  readonly bytes: Uint8Array;
  readonly text: string;
  /** What the file is, for messages (the address a part was printed from). */
  readonly label: string;
}

export function pdfSource(data: Uint8Array, label: string): PdfSource {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const text = bytes.toString('latin1');
  return { bytes, text, label, ...objectRegions(text) };
}

/** Where object `number`'s body (what follows `N 0 obj`) is in `source`, up to its region's end. */
export function objectBody(source: PdfSource, number: number): Span {
  const [start, end] = source.regions.get(number) ?? [-1, -1];
  const header = start < 0 ? null : /^\d+\s+\d+\s+obj/.exec(source.text.slice(start, start + 40));
  if (!header) throw new Error(`Object ${number} of ${source.label} is not where its table says.`);
  return [start + header[0].length, end];
}

/**
 * Writes object `number` of `source` into `out` as `renumber(number)`, as it is in the file
 * (its stream's bytes untouched), its references renumbered and its strings changed by
 * `changeString`.
 */
export function copyObject(
  out: PdfWriter,
  source: PdfSource,
  number: number,
  renumber: (number: number) => number,
  changeString?: StringChange,
): void {
  const [bodyAt, end] = objectBody(source, number);
  const { text: body, streamAt } = renumberReferences(
    source.text.slice(bodyAt, end),
    renumber,
    changeString,
  );
  const data = streamAt === undefined ? undefined : source.bytes.subarray(bodyAt + streamAt, end);
  out.copy(renumber(number), body, data);
}

/** The index after the `)` that closes the literal string opening at `start`. */
function literalStringEnd(text: string, start: number): number {
  let depth = 0;
  for (let at = start; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') at++;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return at + 1;
  }
  return text.length;
}

/** Where a value's text is in a file: [start, end). */
export type Span = readonly [number, number];

/** Character classes of PDF syntax by character code: 1 whitespace, 2 delimiter (ISO 32000-1, 7.2.2). */
const CHAR_CLASS = new Uint8Array(256);
for (const char of '\0\t\n\f\r ') CHAR_CLASS[char.charCodeAt(0)] = 1;
for (const char of '()<>[]{}/%') CHAR_CLASS[char.charCodeAt(0)] = 2;
const isWhitespace = (text: string, at: number) => CHAR_CLASS[text.charCodeAt(at) & 0xff] === 1;
const isRegular = (text: string, at: number) =>
  at < text.length && CHAR_CLASS[text.charCodeAt(at) & 0xff] === 0;
const isDigit = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
};

/** The index of the first character at or after `at` that is neither whitespace nor in a comment. */
function skipSpace(text: string, at: number): number {
  while (at < text.length) {
    if (isWhitespace(text, at)) at++;
    else if (text[at] === '%')
      while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
    else break;
  }
  return at;
}

/** The end of a run of regular characters (a number, a keyword, a name's characters) from `at`. */
function regularEnd(text: string, at: number): number {
  while (isRegular(text, at)) at++;
  return at;
}

/** The end of a run of digits from `at`. */
function digitsEnd(text: string, at: number): number {
  while (isDigit(text, at)) at++;
  return at;
}

/** A reference `n g R` at `at`: its end, or -1. */
function referenceEnd(text: string, at: number): number {
  const number = digitsEnd(text, at);
  if (number === at || !isWhitespace(text, number)) return -1;
  const generationAt = skipSpace(text, number);
  const generation = digitsEnd(text, generationAt);
  if (generation === generationAt || !isWhitespace(text, generation)) return -1;
  const r = skipSpace(text, generation);
  return text[r] === 'R' && !isRegular(text, r + 1) ? r + 1 : -1;
}

/**
 * The end of the object (a value: number, reference, name, string, array, dictionary or
 * keyword) that starts at `at`, whitespace before it skipped.
 */
export function valueEnd(text: string, at: number): number {
  at = skipSpace(text, at);
  const char = text[at];
  if (char === '(') return literalStringEnd(text, at);
  if (char === '/') return regularEnd(text, at + 1);
  if (char === '[') {
    for (let item = skipSpace(text, at + 1); ; item = skipSpace(text, item)) {
      if (item >= text.length) return item;
      if (text[item] === ']') return item + 1;
      item = valueEnd(text, item);
    }
  }
  if (char === '<' && text[at + 1] === '<') {
    for (let key = skipSpace(text, at + 2); ; key = skipSpace(text, key)) {
      if (key >= text.length) return key;
      if (text.startsWith('>>', key)) return key + 2;
      key = valueEnd(text, key);
    }
  }
  if (char === '<') return text.indexOf('>', at) + 1 || text.length;
  const reference = referenceEnd(text, at);
  return reference >= 0 ? reference : Math.max(regularEnd(text, at), at + 1);
}

/** The entries of the dictionary that starts at `at` (`<<`): key (without its slash) → its value's span. */
export function dictionarySpans(text: string, at: number): Map<string, Span> {
  const entries = new Map<string, Span>();
  at = skipSpace(text, at);
  if (!text.startsWith('<<', at)) throw new Error(`No dictionary at offset ${at}.`);
  for (let key = skipSpace(text, at + 2); key < text.length; key = skipSpace(text, key)) {
    if (text.startsWith('>>', key)) break;
    if (text[key] !== '/') throw new Error(`A dictionary key is not a name at offset ${key}.`);
    const keyEnd = regularEnd(text, key + 1);
    const valueAt = skipSpace(text, keyEnd);
    const end = valueEnd(text, valueAt);
    entries.set(text.slice(key + 1, keyEnd), [valueAt, end]);
    key = end;
  }
  return entries;
}

/** The items of an array value's span (`[` … `]`), or the value itself if it is not an array. */
export function arraySpans(text: string, [start, end]: Span): Span[] {
  if (text[start] !== '[') return [[start, end]];
  const items: Span[] = [];
  for (let item = skipSpace(text, start + 1); item < end; item = skipSpace(text, item)) {
    if (text[item] === ']') break;
    const itemEnd = valueEnd(text, item);
    items.push([item, itemEnd]);
    item = itemEnd;
  }
  return items;
}

/** The object number a reference's text (`n g R`) names, or undefined if it is no reference. */
export function referencedNumber(text: string): number | undefined {
  const match = /^(\d+)\s+\d+\s+R$/.exec(text);
  return match ? Number(match[1]) : undefined;
}

const UTF8 = new TextEncoder();

/** A PDF name for `value` (UTF-8, with `#xx` for every byte outside the regular characters). */
export function pdfName(value: string): string {
  let name = '/';
  for (const byte of UTF8.encode(value)) {
    const regular =
      byte > 0x20 && byte < 0x7f && !'#()<>[]{}/%'.includes(String.fromCharCode(byte));
    name += regular ? String.fromCharCode(byte) : `#${byte.toString(16).padStart(2, '0')}`;
  }
  return name;
}

/** A PDF dictionary of `entries`: each key written as a name, each value as the object text it is. */
export function pdfDictionary(entries: Iterable<readonly [string, string]>): string {
  return `<<${[...entries].map(([key, value]) => `${pdfName(key)} ${value}`).join('\n')}>>`;
}

/** A PDF string for `value`: literal if it is printable ASCII, else UTF-16BE in hex. */
export function pdfString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, '\\$&')})`;
  let hex = '<FEFF';
  for (let index = 0; index < value.length; index++)
    hex += value.charCodeAt(index).toString(16).padStart(4, '0');
  return `${hex}>`;
}

/** Text the writer gathers before making it bytes: one Buffer per object costs more than the copy. */
const PENDING_TEXT = 1 << 16;

/** A PDF file written object by object: numbers handed out first, objects in any order. */
export class PdfWriter {
  private readonly chunks: Uint8Array[] = [];
  /** Object text not yet made bytes (Latin-1: one character per byte). */
  private pending = '';
  private length = 0;
  /** Object number → offset of its `N 0 obj` (index 0 unused). */
  private readonly offsets: number[] = [0];

  constructor() {
    // A binary comment after the header tells transfer tools the file is binary.
    this.appendText('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  }

  /** A new object number, for an object written later. */
  reserve(): number {
    this.offsets.push(-1);
    return this.offsets.length - 1;
  }

  /** Writes object `number` whose body (what follows `N 0 obj`) is `text`. */
  write(number: number, text: string): void {
    this.copy(number, `\n${text}\nendobj\n`);
  }

  /** Writes object `number` from a file's bytes: its `body` up to its `endobj`, then `data` (its stream's bytes and end). */
  copy(number: number, body: string, data?: Uint8Array): void {
    if (this.offsets[number] !== -1) throw new Error(`PDF object ${number} written twice.`);
    this.offsets[number] = this.length;
    this.appendText(`${number} 0 obj${body}`);
    if (data) {
      this.flush();
      this.chunks.push(data);
      this.length += data.length;
    }
  }

  /** The whole file, with its cross-reference table and trailer. */
  finish(root: number, info: number | undefined): Uint8Array {
    const missing = this.offsets.findIndex((offset, number) => number > 0 && offset < 0);
    if (missing > 0) throw new Error(`PDF object ${missing} was reserved and never written.`);
    const lines = [`xref\n0 ${this.offsets.length}\n`, '0000000000 65535 f \n'];
    for (const offset of this.offsets.slice(1))
      lines.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
    const trailer =
      `trailer\n<</Size ${this.offsets.length} /Root ${root} 0 R` +
      `${info === undefined ? '' : ` /Info ${info} 0 R`}>>\nstartxref\n${this.length}\n%%EOF\n`;
    this.appendText(lines.join('') + trailer);
    this.flush();
    return Buffer.concat(this.chunks, this.length);
  }

  private appendText(text: string): void {
    this.pending += text;
    this.length += text.length;
    if (this.pending.length >= PENDING_TEXT) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.chunks.push(Buffer.from(this.pending, 'latin1'));
    this.pending = '';
  }
}
