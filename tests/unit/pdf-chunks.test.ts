import { expect, test } from 'vitest';
import { chunkHtml, cutPrintPage, planChunks, type Chunk } from '../../scripts/lib/pdf/chunks.ts';
import { BLOCK_TOKEN_META, blockMarker, type BlockKind } from '../../src/components/print/part.ts';

const token = '3f2b8c1e-0d4a-4e6f-9b7a-2c5d8e1f0a3b';
const marker = (kind: BlockKind) => blockMarker(token, kind);

/** A print page as the build writes it: markers before each block, the token first in the head. */
function printPage(blocks: readonly [BlockKind, string][], keywords = 'migración'): string {
  return (
    `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">` +
    `<meta name="${BLOCK_TOKEN_META}" content="${token}"><meta name="keywords" content="${keywords}">` +
    `</head><body>` +
    blocks.map(([kind, html]) => marker(kind) + html).join('') +
    `${marker('end')}<script>/* levels */</script></body></html>`
  );
}

test('a chunk holds the head, its own blocks with their markers and the page script, and nothing of the others', () => {
  const page = cutPrintPage(
    printPage([
      ['cover', '<section>Portada</section>'],
      ['contents', '<nav>Índice</nav>'],
      ['ficha', '<article id="ficha-a">A</article>'],
      ['ficha', '<article id="ficha-b">B</article>'],
    ]),
  );
  const html = chunkHtml(page, { from: 3, to: 4 });
  expect(html).toContain('<meta charset="utf-8">');
  // Each block after its marker, which the export measures the blocks by.
  expect(html).toContain(`${marker('ficha')}<article id="ficha-b">B</article>`);
  expect(html).toContain('<script>/* levels */</script></body></html>');
  expect(html).not.toContain('Portada');
  expect(html).not.toContain('ficha-a');
});

test('text that looks like a marker without the build’s token does not cut the page', () => {
  const forged = `<!--00000000-0000-0000-0000-000000000000 ficha-->`;
  const page = cutPrintPage(
    printPage(
      [
        ['cover', '<section>Portada</section>'],
        ['ficha', `<article title="${forged}">A ${forged.replace('<', '&lt;')}</article>`],
      ],
      forged,
    ),
  );
  expect(page.blocks.map((block) => block.kind)).toEqual(['cover', 'ficha']);
});

test('a print page built without markers is a build error that says to build again', () => {
  expect(() => cutPrintPage('<html><head></head><body><article></article></body></html>')).toThrow(
    /Build the site again/,
  );
});

const kinds = (counts: { front: number; areas: number[] }): BlockKind[] => [
  'cover',
  'contents',
  ...Array<BlockKind>(counts.front).fill('front'),
  ...counts.areas.flatMap((fichas) => ['area' as const, ...Array<BlockKind>(fichas).fill('ficha')]),
  'index',
];

const fichasIn = (all: readonly BlockKind[], { from, to }: Chunk) =>
  all.slice(from, to).filter((kind) => kind === 'ficha').length;

test('a catalogue of no more fichas than a chunk holds is printed whole', () => {
  const all = kinds({ front: 2, areas: [20, 14] });
  expect(planChunks(all, 34)).toEqual([{ from: 0, to: all.length }]);
});

test('a large catalogue is cut into front matter, even chunks of fichas and a short last one with the index', () => {
  const all = kinds({ front: 3, areas: [400, 350, 250] });
  const chunks = planChunks(all, 125);
  // Cover, contents and front matter first, the index after the last chunk's fichas.
  expect(all.slice(chunks[0]!.from, chunks[0]!.to)).toEqual([
    'cover',
    'contents',
    'front',
    'front',
    'front',
  ]);
  expect(all.slice(chunks.at(-1)!.from, chunks.at(-1)!.to).slice(-2)).toEqual(['ficha', 'index']);
  // Every block once, in order.
  expect(chunks[0]!.from).toBe(0);
  for (const [index, chunk] of chunks.slice(1).entries())
    expect(chunk.from).toBe(chunks[index]!.to);
  expect(chunks.at(-1)!.to).toBe(all.length);
  // 979 fichas in eight chunks as even as can be, then a sixth of 125.
  expect(chunks.slice(1).map((chunk) => fichasIn(all, chunk))).toEqual([
    ...Array<number>(7).fill(123),
    118,
    21,
  ]);
});

test('a last chunk never holds more than its share, whatever the division leaves', () => {
  for (const total of [241, 500, 961, 1000, 1039, 5000]) {
    const all = kinds({ front: 2, areas: [Math.floor(total / 2), Math.ceil(total / 2)] });
    const counts = planChunks(all, 240)
      .slice(1)
      .map((chunk) => fichasIn(all, chunk));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total);
    expect(counts.at(-1)).toBe(40);
    expect(Math.max(...counts)).toBeLessThanOrEqual(240);
    // Every chunk but the last starts with a ficha or its area's opener, never an opener alone.
    expect(counts.every((count) => count > 0)).toBe(true);
  }
});

test('an area opener goes with the chunk of its first ficha', () => {
  const all = kinds({ front: 1, areas: [3, 3, 3] });
  const chunks = planChunks(all, 3);
  const second = chunks[2]!;
  expect(all.slice(second.from, second.to)).toEqual(['area', 'ficha', 'ficha', 'ficha']);
});
