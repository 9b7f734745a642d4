/** Path questions the build asks about its folders, answered the same way everywhere. */
import path from 'node:path';

/** True when `child` is `parent` itself or lies anywhere inside it. */
export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return (
    relative === '' ||
    (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative))
  );
}

/** A folder as the user sees it in messages: relative inside the project, absolute outside it. */
export function displayPath(root: string, folder: string): string {
  if (!isInside(root, folder)) return folder;
  return path.relative(root, folder) || '.';
}

/** A folder named in a message, with its trailing slash: `dist/`, `./`, `/srv/site/`. */
export function folderLabel(root: string, folder: string): string {
  const shown = displayPath(root, folder);
  return shown.endsWith(path.sep) ? shown : `${shown}${path.sep}`;
}
