/**
 * Finds a Chromium: an environment variable first, then the usual system paths. For printing,
 * a headless shell (Debian's `chromium-headless-shell`, Puppeteer's `chrome-headless-shell`)
 * comes first: it prints the same PDF, tags included, in about half the time of the full
 * browser's headless mode (at 1,000 practices, the PDF stage took 31–35 s against 45–52 s).
 * Pages shown as readers see them (the tests, Lighthouse) use the full browser.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BuildError } from '../build/build-error.ts';

/** What the browser is for: printing PDFs, or showing pages as a reader's browser would. */
export type BrowserUse = 'print' | 'pages';

const ENV_VARS = ['CHROMIUM_PATH', 'PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'];
const HEADLESS_SHELL_PATHS = [
  // Debian's binary, not the /usr/bin wrapper script, which would stand between the build
  // and the browser's process.
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
];
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
  'Install Chromium (Debian: `sudo apt-get install chromium chromium-headless-shell`; Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome) ' +
  'or set CHROMIUM_PATH to a Chromium or Chrome executable, e.g. `CHROMIUM_PATH=/usr/bin/chromium npm run build`; ' +
  '`npm run build -- --no-pdf` builds the website without the PDF.';

export interface FoundBrowser {
  readonly executable: string;
  /** Where the path came from: an environment variable's name, or "the usual system paths". */
  readonly from: string;
}

/**
 * Whether `executable` is a headless shell, by the name both Debian and Puppeteer give it:
 * Puppeteer starts one in its own headless mode.
 */
export const isHeadlessShell = (executable: string): boolean =>
  /headless[-_]shell/i.test(path.basename(executable));

export function findBrowser(
  use: BrowserUse = 'pages',
  env: NodeJS.ProcessEnv = process.env,
): FoundBrowser {
  for (const name of ENV_VARS) {
    const value = env[name];
    if (!value) continue;
    if (existsSync(value)) return { executable: value, from: name };
    throw new BuildError(
      `${name} is set to '${value}', but there is no file there. ${BROWSER_ADVICE}`,
    );
  }
  const candidates =
    use === 'print'
      ? [...HEADLESS_SHELL_PATHS, ...KNOWN_PATHS]
      : [...KNOWN_PATHS, ...HEADLESS_SHELL_PATHS];
  const known = candidates.find((candidate) => existsSync(candidate));
  if (known) return { executable: known, from: 'the usual system paths' };
  throw new BuildError(
    `No Chromium or Chrome found${use === 'print' ? ' to print the PDF' : ''}. ${BROWSER_ADVICE}`,
  );
}
