/**
 * Turns a file's bytes into text the way an editor's tools would: a UTF-8 BOM and
 * CRLF line endings are accepted silently; anything that is not UTF-8 is a problem.
 */
import { messages, type Localised } from './messages.ts';

export type SourceText =
  { ok: true; text: string } | { ok: false; line: number; message: Localised };

export function decodeSource(bytes: Uint8Array): SourceText {
  if (looksUtf16(bytes)) return { ok: false, line: 1, message: messages.utf16() };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    return { ok: false, line, message: messages.notUtf8(line) };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, line: 1, message: messages.emptyFile() };
  return { ok: true, text };
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  // Decode leniently and find the first replacement character; count lines before it.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const index = lenient.indexOf('\uFFFD');
  return lenient.slice(0, Math.max(index, 0)).split('\n').length;
}

/** A UTF-16 byte-order mark, or the NUL bytes of UTF-16 text without one (Windows Notepad "Unicode"). */
function looksUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const head = bytes.subarray(0, 64);
  return head.length >= 4 && head.filter((byte) => byte === 0).length >= head.length / 4;
}
