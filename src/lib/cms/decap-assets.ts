/**
 * The Decap CMS application, served from the site itself (/admin/decap/) out of the npm
 * package, so /admin/ needs no CDN and works offline against the local backend.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const DECAP_DIST = path.resolve('node_modules/decap-cms/dist');

/**
 * The files the application loads: its script, its lazy chunks and WebAssembly (6.5 MB). The
 * package also ships the same application built as `cms.js` with its own chunks, and source
 * maps; leaving them out halves what /admin/ adds to the site.
 */
export const decapAssets = (): string[] =>
  readdirSync(DECAP_DIST).filter((file) => /^(\d+\.)?decap-cms\.js$|\.wasm$/.test(file));

export const readDecapAsset = (file: string): Promise<Buffer> =>
  readFile(path.join(DECAP_DIST, path.basename(file)));

export const contentTypeOf = (file: string): string =>
  file.endsWith('.wasm')
    ? 'application/wasm'
    : file.endsWith('.css')
      ? 'text/css'
      : 'text/javascript';
