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
