/**
 * `npm run lockfile:complete`: adds to package-lock.json the other platforms' optional
 * binaries (Pagefind's, the Astro compiler's) that npm left out because the registry it
 * resolved against lacked them. Without those entries `npm ci` refuses the lock file on every
 * machine. Each entry gets the platform fields npm needs to skip it elsewhere; npm verifies the
 * package itself when a machine of that platform installs it.
 * Plain JavaScript on purpose: it must run before `npm ci`, when no dependency is installed yet.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { stdout } from 'node:process';

const LOCK = 'package-lock.json';
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

/** Platform fields of a package, from the newest version the registry has. */
function platformOf(name) {
  const out = execFileSync('npm', ['view', name, 'os', 'cpu', 'libc', 'license', '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const fields = out.trim() ? JSON.parse(out) : {};
  return Object.fromEntries(
    ['cpu', 'libc', 'license', 'os'].filter((key) => fields[key]).map((key) => [key, fields[key]]),
  );
}

let added = 0;
for (const [location, entry] of Object.entries({ ...packages })) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location}/node_modules/${name}`;
    if (packages[`node_modules/${name}`] || packages[nested]) continue;
    packages[`node_modules/${name}`] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...platformOf(name),
    };
    added++;
    stdout.write(`added ${name}@${version}\n`);
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
stdout.write(added === 0 ? 'package-lock.json was complete.\n' : `${added} entries added.\n`);
