/** A minimal static file server on a free loopback port, for the PDF export and end-to-end tests. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { isInside } from './build/paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** The file a request path names, or undefined when it is malformed or leads out of `root`. */
export function fileFor(root: string, requestUrl: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  const file = path.join(root, pathname);
  // A prefix test would let `/..%2fsite-private/` through from `site/`: compare whole path segments.
  return isInside(root, file) && !pathname.includes('\0') ? file : undefined;
}

/**
 * Serves `directory`, and `documents` (request path with its query → HTML) made in memory:
 * the PDF export's chunks of the print page, which share its address and so its relative links.
 */
export async function serveDirectory(
  directory: string,
  documents: ReadonlyMap<string, string> = new Map(),
): Promise<StaticServer> {
  const root = path.resolve(directory);
  const server: Server = createServer((request, response) => {
    const document = documents.get(request.url ?? '');
    if (document !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html']! }).end(document);
      return;
    }
    let file = fileFor(root, request.url ?? '/');
    if (file === undefined) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
