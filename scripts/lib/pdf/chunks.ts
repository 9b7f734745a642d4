/**
 * The print page cut into chunks of consecutive blocks, each printed as a document of its
 * own: at a thousand practices one print of the whole page lays out and tags on one core
 * while the other idles, and its tagging costs grow faster than the document. A chunk is
 * the built page's head (styles, running heads, scripts) with some of its blocks, cut at the
 * markers the print page writes before each block (src/components/print/part.ts), so no
 * chunk costs a parse of the blocks it does not print. Every block starts a page of its own,
 * so a chunk's pages are the whole document's, from a page offset the chunks before it give.
 */
import {
  BLOCK_TOKEN_META,
  blockMarker,
  type BlockKind,
} from '../../../src/components/print/part.ts';
import { BuildError } from '../build/build-error.ts';

/**
 * Fichas a chunk holds at most: a print of this many takes about ten seconds. At 1,000
 * practices, chunks of 125 took 60 s and 1.5 GB, of 200 52 s and 1.8 GB (one bench run
 * each): fewer chunks cost less per chunk, bigger ones more memory. With a short last chunk
 * (below), 4 × 240 + 40 beat 5 × 200 by 1–2 s; 3 × 316 + 53 was no faster and held more.
 */
export const FICHAS_PER_CHUNK = 240;

/**
 * The last chunk's share of a full one. The prints end with the contents chunk, which waits
 * for every chunk's measure, and with the last chunk, which the other tab prints beside it:
 * a short last chunk ends with it instead of leaving a core idle for seconds. At 1,000
 * practices, four chunks of 240 and one of 40 against five of 200: 1–2 s less (four
 * alternating runs each) and about 15 % less user processor time.
 */
const LAST_CHUNK_SHARE = 1 / 6;

export interface PrintBlock {
  readonly kind: BlockKind;
  readonly html: string;
}

export interface CutPrintPage {
  /** The token of the page's block markers. */
  readonly token: string;
  /** Everything before the first block: the head and the body's opening tag. */
  readonly head: string;
  readonly blocks: readonly PrintBlock[];
  /** Everything after the last block: the page's script and closing tags. */
  readonly tail: string;
}

/** Blocks `from` to `to` − 1 of the cut page. */
export interface Chunk {
  readonly from: number;
  readonly to: number;
}

const KINDS: readonly BlockKind[] = ['cover', 'contents', 'front', 'area', 'ficha', 'index', 'end'];

/** The built print page's blocks, found by the markers of its own token. */
export function cutPrintPage(html: string): CutPrintPage {
  const opening = `<meta name="${BLOCK_TOKEN_META}" content="`;
  const at = html.indexOf(opening);
  const token =
    at < 0 ? '' : html.slice(at + opening.length, html.indexOf('"', at + opening.length));
  if (!/^[\w-]{16,}$/.test(token)) {
    throw new BuildError(
      `The built print page has no ${BLOCK_TOKEN_META} meta element, so the PDF export cannot cut it into chunks. ` +
        'Build the site again; if this persists, src/pages/print.astro lost its block markers.',
    );
  }
  const [head = '', ...pieces] = html.split(`<!--${token} `);
  const blocks = pieces.map((piece) => {
    const close = piece.indexOf('-->');
    return { kind: piece.slice(0, close) as BlockKind, html: piece.slice(close + 3) };
  });
  const end = blocks.pop();
  if (end?.kind !== 'end' || blocks.some((block) => !KINDS.includes(block.kind))) {
    throw new BuildError(
      'The built print page has block markers out of place (the last must be "end"). Build the site again.',
    );
  }
  return { token, head, blocks, tail: end.html };
}

/**
 * Chunks of at most `fichasPerChunk` fichas: first the cover, the contents and the front
 * matter; then the area openers and fichas, in chunks as even as that allows, but for the
 * last, which is short (LAST_CHUNK_SHARE) and holds whatever follows its last ficha (the
 * keyword index). A catalogue of no more fichas than `fichasPerChunk` is one chunk.
 */
export function planChunks(kinds: readonly BlockKind[], fichasPerChunk: number): Chunk[] {
  const fichas = kinds.filter((kind) => kind === 'ficha').length;
  if (fichas <= fichasPerChunk) return [{ from: 0, to: kinds.length }];
  const body = kinds.findIndex((kind) => kind === 'area' || kind === 'ficha');
  const after = kinds.findLastIndex((kind) => kind === 'ficha') + 1;
  const last = Math.max(1, Math.round(fichasPerChunk * LAST_CHUNK_SHARE));
  const before = fichas - last;
  const perChunk = Math.ceil(before / Math.ceil(before / fichasPerChunk));
  const chunks: Chunk[] = [{ from: 0, to: body }];
  let from = body;
  let counted = 0;
  let seen = 0;
  for (let index = body; index < after; index++) {
    const ficha = kinds[index] === 'ficha';
    if (ficha) {
      counted += 1;
      seen += 1;
    }
    // A chunk ends after its last ficha, so an area opener starts the chunk of its first
    // ficha; the last chunk holds what follows too (the index): it is measured last, and
    // the index's numbers need every chunk measured, so it costs no wait, and one load less.
    if ((ficha && (counted === perChunk || seen === before)) || index === after - 1) {
      const to = index === after - 1 ? kinds.length : index + 1;
      chunks.push({ from, to });
      from = to;
      counted = 0;
    }
  }
  return chunks.filter((chunk) => chunk.to > chunk.from);
}

/**
 * The HTML of one chunk: the page's head, the chunk's blocks, each after its marker (the
 * export measures the blocks it marks, measure-pages.ts), and the page's tail.
 */
export function chunkHtml(page: CutPrintPage, { from, to }: Chunk): string {
  return [
    page.head,
    ...page.blocks.slice(from, to).map((block) => blockMarker(page.token, block.kind) + block.html),
    page.tail,
  ].join('');
}
