/**
 * The CMS against its local backend, for tests: the admin page (public/admin/ with the Decap
 * application from its npm package and a config generated from the schemas) on a loopback
 * port, and decap-server writing into a sandbox's content, never into content/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve.ts';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import { decapAssets, DECAP_DIST } from '../../src/lib/cms/decap-assets.ts';
import type { Area } from '../../src/schemas/area.ts';

export interface LocalCms {
  /** Address of the CMS page, /admin/. */
  readonly adminUrl: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

/** Starts decap-server on 127.0.0.1 for `repository` (a sandbox root) and serves the admin page. */
export async function startLocalCms(
  repository: string,
  areas: readonly Pick<Area, 'code' | 'name'>[],
): Promise<LocalCms> {
  const site = await mkdtemp(path.join(tmpdir(), 'cms-site-'));
  const admin = path.join(site, 'admin');
  await cp('public/admin', admin, { recursive: true });
  await mkdir(path.join(admin, 'decap'));
  for (const file of decapAssets())
    await cp(path.join(DECAP_DIST, file), path.join(admin, 'decap', file));
  const port = await freePort();
  const localBackendUrl = `http://127.0.0.1:${port}/api/v1`;
  await writeFile(path.join(admin, 'config.yml'), stringify(cmsConfig({ localBackendUrl, areas })));

  const server: ChildProcess = spawn(path.resolve('node_modules/.bin/decap-server'), [], {
    env: {
      ...process.env,
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      MODE: 'fs',
      GIT_REPO_DIRECTORY: repository,
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  await waitForBackend(localBackendUrl);
  let site_: StaticServer | undefined;
  try {
    site_ = await serveDirectory(site);
  } catch (error) {
    server.kill();
    throw error;
  }
  const served = site_;
  return {
    adminUrl: `${served.url}/admin/`,
    async close() {
      server.kill();
      await served.close();
      await rm(site, { recursive: true, force: true });
    },
  };
}

async function waitForBackend(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`decap-server did not answer at ${url}`);
}

/** Markdown files under a folder, relative to it. */
export async function markdownFiles(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true })).filter((file) => file.endsWith('.md')).sort();
}
