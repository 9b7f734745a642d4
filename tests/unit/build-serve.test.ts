/** The static server the PDF step and the tests use serves its folder and nothing beside it. */
import { request } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve.ts';

let parent: string;
let server: StaticServer;

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'serve-'));
  await mkdir(path.join(parent, 'site', 'practicas', 'bp1_ah'), { recursive: true });
  await writeFile(path.join(parent, 'site', 'index.html'), 'home');
  await writeFile(path.join(parent, 'site', 'practicas', 'bp1_ah', 'index.html'), 'ficha');
  // A sibling whose name starts with the served folder's name.
  await mkdir(path.join(parent, 'site-private'));
  await writeFile(path.join(parent, 'site-private', 'secret.txt'), 'secret');
  await writeFile(path.join(parent, 'secret.txt'), 'secret');
  server = await serveDirectory(
    path.join(parent, 'site'),
    new Map([['/practicas/bp1_ah/?chunk=1', '<p>chunk</p>']]),
  );
});
afterAll(async () => {
  await server.close();
  await rm(parent, { recursive: true, force: true });
});

/** Sends the path exactly as written (no client-side normalisation of `..`). */
function get(rawPath: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

test('serves a file and a folder index', async () => {
  expect(await get('/')).toEqual({ status: 200, body: 'home' });
  expect(await get('/practicas/bp1_ah/')).toEqual({ status: 200, body: 'ficha' });
});

test('answers 404 for a file that is not there', async () => {
  expect((await get('/nothing.html')).status).toBe(404);
});

test.each([
  ['a sibling folder with the same prefix', '/..%2fsite-private%2fsecret.txt'],
  ['a sibling folder, with a backslash', '/..%5csite-private%5csecret.txt'],
  ['the parent folder', '/..%2fsecret.txt'],
  ['the parent folder, twice encoded dots', '/%2e%2e%2fsecret.txt'],
  ['a path from inside the site', '/practicas/..%2f..%2f..%2fsite-private/secret.txt'],
])('refuses %s', async (_name, rawPath) => {
  const response = await get(rawPath);
  expect(response.body).not.toContain('secret');
  expect([403, 404]).toContain(response.status);
});

test('refuses a malformed escape instead of crashing', async () => {
  expect((await get('/%E0%A4%A')).status).toBe(403);
  expect((await get('/')).status).toBe(200);
});

test('serves a document made in memory at its address and query, and the file without them', async () => {
  expect(await get('/practicas/bp1_ah/?chunk=1')).toEqual({ status: 200, body: '<p>chunk</p>' });
  expect(await get('/practicas/bp1_ah/?chunk=2')).toEqual({ status: 200, body: 'ficha' });
  expect(await get('/practicas/bp1_ah/')).toEqual({ status: 200, body: 'ficha' });
});
