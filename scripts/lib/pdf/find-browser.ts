/** Finds a Chromium to print with: an environment variable first, then the usual system paths. */
import { existsSync } from 'node:fs';
import { BuildError } from '../build/build-error.ts';

const ENV_VARS = ['CHROMIUM_PATH', 'PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'];
const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  for (const name of ENV_VARS) {
    const value = env[name];
    if (!value) continue;
    if (existsSync(value)) return value;
    throw new BuildError(`${name} is set to '${value}', but there is no file there.`);
  }
  const found = KNOWN_PATHS.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new BuildError(
    'No Chromium or Chrome found to print the PDF. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
      'macOS: install Google Chrome) or set CHROMIUM_PATH to its executable.',
  );
}
