/** /admin/decap/<file>: the Decap CMS application files, copied from its npm package at build time. */
import type { APIRoute } from 'astro';
import { contentTypeOf, decapAssets, readDecapAsset } from '../../../lib/cms/decap-assets.ts';

export function getStaticPaths() {
  return decapAssets().map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params }) => {
  const file = params.file ?? '';
  return new Response(new Uint8Array(await readDecapAsset(file)), {
    headers: { 'Content-Type': contentTypeOf(file) },
  });
};
