/**
 * A throwaway Astro project that renders the same Markdown files as plain pages, with no
 * layout, collections or integrations: what Astro alone costs, to compare the site's build with.
 */
import { mkdir, readdir, symlink, writeFile, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';

/** Writes the project into `projectDir` (one page per practice file) and returns how many pages it has. */
export async function writeBareProject(
  root: string,
  contentDir: string,
  projectDir: string,
): Promise<number> {
  const pagesDir = path.join(projectDir, 'src', 'pages', 'practicas');
  await mkdir(pagesDir, { recursive: true });
  await symlink(path.join(root, 'node_modules'), path.join(projectDir, 'node_modules'), 'dir');
  await writeFile(path.join(projectDir, 'package.json'), '{ "type": "module" }\n');
  await writeFile(
    path.join(projectDir, 'astro.config.mjs'),
    "export default { build: { format: 'directory' }, devToolbar: { enabled: false } };\n",
  );
  const files = (await readdir(path.join(contentDir, 'practices'), { recursive: true })).filter(
    (file) => file.endsWith('.md'),
  );
  for (const file of files) {
    await copyFile(
      path.join(contentDir, 'practices', file),
      path.join(pagesDir, path.basename(file).toLowerCase()),
    );
  }
  return files.length;
}

export async function buildBareProject(projectDir: string, outDir: string): Promise<void> {
  await build({ root: projectDir, outDir, logLevel: 'warn' });
}
