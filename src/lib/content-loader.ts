/**
 * The site's content loader: each collection holds exactly the entries the content checker
 * accepted, with the frontmatter as the checker read it (one YAML reading, one schema), so
 * whatever `npm run check` accepts, the build accepts, and nothing it did not read (a
 * symbolic link, a file with errors) reaches a page.
 */
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkedContent } from './check/checked-content.ts';
import { projectPath } from './check/files.ts';
import type { CollectionName, ContentEntry } from './check/index.ts';
import { errorsOf } from './check/problem.ts';
import { formatReport } from './check/report.ts';

type RenderFunction = (entry: {
  id: string;
  data: Record<string, unknown>;
  body: string;
  filePath: string;
  digest: string;
}) => Promise<{ html: string; metadata?: { imagePaths?: string[] } }>;

export function checkedCollection(collection: CollectionName, contentDir: string): Loader {
  return {
    name: `checked-${collection}`,
    load: async (context) => {
      await loadEntries(collection, contentDir, context);
      // In `astro dev`, reload after every content edit, as the glob loader would.
      const absoluteDir = path.resolve(fileRoot(context), contentDir);
      let pending: NodeJS.Timeout | undefined;
      context.watcher?.on('all', (_event, file) => {
        if (!path.resolve(file).startsWith(absoluteDir + path.sep)) return;
        clearTimeout(pending);
        pending = setTimeout(() => void loadEntries(collection, contentDir, context), 150);
      });
    },
  };
}

const fileRoot = (context: LoaderContext) => new URL('.', context.config.root).pathname;

async function loadEntries(collection: CollectionName, contentDir: string, context: LoaderContext) {
  const { store, logger, config } = context;
  // Astro passes its content entry types to loaders; the glob loader uses them the same way.
  const { entryTypes } = context as LoaderContext & {
    entryTypes: Map<string, { getRenderFunction?: (config: unknown) => Promise<RenderFunction> }>;
  };
  const parseData: LoaderContext['parseData'] = (props) => context.parseData(props);
  const generateDigest: LoaderContext['generateDigest'] = (data) => context.generateDigest(data);
  const root = fileRoot(context);
  const result = await checkedContent(path.resolve(root, contentDir), root);
  if (errorsOf(result.problems).length > 0 && !context.watcher) {
    // `astro build` run without `npm run build`'s check first: stop with the checker's report.
    throw new Error(
      `\n${formatReport(result.problems, 'en', { practices: result.practices.length })}`,
    );
  }
  // In `astro dev` the content-check integration prints the report; the site shows what is valid.
  const entries = result.entries.filter((entry) => entry.collection === collection);
  const render = await entryTypes.get('.md')?.getRenderFunction?.(config);
  store.clear();
  for (const entry of entries) {
    await storeEntry(entry, { root, store, parseData, generateDigest, render });
  }
  logger.debug(`${entries.length} ${collection} loaded`);
}

async function storeEntry(
  entry: ContentEntry,
  context: Pick<LoaderContext, 'store' | 'parseData' | 'generateDigest'> & {
    root: string;
    render: RenderFunction | undefined;
  },
) {
  const { root, store, parseData, generateDigest, render } = context;
  const data = await parseData({ id: entry.id, data: entry.data, filePath: entry.absolutePath });
  const digest = generateDigest(entry.source);
  const filePath = projectPath(root, entry.absolutePath);
  if (entry.absolutePath.endsWith('.mdx') || !render) {
    // MDX compiles to a component; Astro imports the file itself when the page renders it.
    store.set({ id: entry.id, data, body: entry.body, filePath, digest, deferredRender: true });
    return;
  }
  const rendered = await render({
    id: entry.id,
    data,
    body: entry.body,
    filePath: entry.absolutePath,
    digest,
  });
  store.set({
    id: entry.id,
    data,
    body: entry.body,
    filePath,
    digest,
    rendered,
    ...(rendered.metadata?.imagePaths?.length
      ? { assetImports: rendered.metadata.imagePaths }
      : {}),
  });
}
