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

/** How to point the build at a browser, for every message about one. */
export const BROWSER_ADVICE =
  'Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome) ' +
  'or set CHROMIUM_PATH to a Chromium or Chrome executable, e.g. `CHROMIUM_PATH=/usr/bin/chromium npm run build`; ' +
  '`npm run build -- --no-pdf` builds the website without the PDF.';

export interface FoundBrowser {
  readonly executable: string;
  /** Where the path came from: an environment variable's name, or "the usual system paths". */
  readonly from: string;
}

export function findBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser {
  for (const name of ENV_VARS) {
    const value = env[name];
    if (!value) continue;
    if (existsSync(value)) return { executable: value, from: name };
    throw new BuildError(
      `${name} is set to '${value}', but there is no file there. ${BROWSER_ADVICE}`,
    );
  }
  const found = KNOWN_PATHS.find((candidate) => existsSync(candidate));
  if (found) return { executable: found, from: 'the usual system paths' };
  throw new BuildError(`No Chromium or Chrome found to print the PDF. ${BROWSER_ADVICE}`);
}
