/** The link checker finds what a reader would hit: missing pages, images and anchors, under a base too. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { findBrokenLinks } from '../helpers/link-check.ts';

let site: string;
const page = (body: string) =>
  `<!doctype html><html><head><title>x</title></head><body>${body}</body></html>`;

beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'link-check-'));
  await mkdir(path.join(site, 'practicas', 'bp1_ah'), { recursive: true });
  await writeFile(path.join(site, 'logo.png'), '');
  await writeFile(
    path.join(site, 'practicas', 'bp1_ah', 'index.html'),
    page('<h2 id="contexto">Contexto</h2><a href="../../#inicio">up</a>'),
  );
  await writeFile(
    path.join(site, 'index.html'),
    page(
      [
        '<h1 id="inicio">Inicio</h1>',
        '<a href="/catalogo/practicas/bp1_ah/#contexto">ok</a>',
        '<a href="/catalogo/practicas/bp1_ah/#limitaciones">no anchor</a>',
        '<a href="/catalogo/practicas/ln9_ah/">no page</a>',
        '<a href="/practicas/bp1_ah/">outside the base</a>',
        '<img src="/catalogo/logo.png" srcset="/catalogo/logo.png 1x, /catalogo/logo@2x.png 2x" alt="">',
        '<a href="https://example.org/nowhere/">external</a>',
        '<a href="mailto:someone@example.org">mail</a>',
        '<a href="#inicio">same page</a>',
      ].join(''),
    ),
  );
});
afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

test('reports missing pages, anchors and srcset images, and links that leave the base', async () => {
  const broken = await findBrokenLinks(site, { base: '/catalogo/' });
  expect(broken.map(({ page, attribute, url }) => `${page} ${attribute} ${url}`)).toEqual([
    'index.html href /catalogo/practicas/bp1_ah/#limitaciones',
    'index.html href /catalogo/practicas/ln9_ah/',
    'index.html href /practicas/bp1_ah/',
    'index.html srcset /catalogo/logo@2x.png',
  ]);
  expect(broken[0]!.reason).toContain('#limitaciones');
});

test('the same site read without a base finds every base-prefixed link missing', async () => {
  const broken = await findBrokenLinks(site);
  expect(broken.some((link) => link.url === '/practicas/bp1_ah/')).toBe(false);
  expect(broken.some((link) => link.url === '/catalogo/practicas/bp1_ah/#contexto')).toBe(true);
});

test('links the caller chooses to ignore are left alone', async () => {
  const broken = await findBrokenLinks(site, {
    base: '/catalogo/',
    ignore: (url) => url.endsWith('.png'),
  });
  expect(broken.some((link) => link.attribute === 'srcset')).toBe(false);
});
