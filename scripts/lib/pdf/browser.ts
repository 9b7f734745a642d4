/**
 * Starts the system Chromium the way this machine and CI need it: headless, no sandbox, no
 * network chatter. `withBrowser` closes it whatever happens, and turns a browser that does
 * not start or dies into a BuildError that names the executable and how to choose another.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { BuildError, firstLine } from '../build/build-error.ts';
import {
  BROWSER_ADVICE,
  findBrowser,
  isHeadlessShell,
  type BrowserUse,
  type FoundBrowser,
} from './find-browser.ts';

const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // No DNS prefetch or preconnect to addresses the page names: the PDF fetches nothing from outside.
  '--dns-prefetch-disable',
  // Glyph advances unhinted, as the full browser's headless mode sets them: a headless shell
  // would otherwise round them and break lines elsewhere, so the PDF is the same from either.
  '--font-render-hinting=none',
  // Not `--single-process`: at 1,000 practices it took a quarter less processor time, but
  // every tab then shares one renderer thread, so the PDF stage took as long (48.4 s against
  // 49.3 s, three alternating runs each), and Chromium does not support it.
];

/**
 * Network confinement below request interception: every connection goes to a proxy address
 * where nothing listens, except to `origin` (the build's own server). A speculative
 * connection (Chromium preconnects while a frame's navigation waits for interception) then
 * never reaches another host, and no host name is even looked up.
 */
function confinedTo(origin: string): string[] {
  const { host } = new URL(origin);
  return ['--proxy-server=http://127.0.0.1:9', `--proxy-bypass-list=<-loopback>;${host}`];
}

function launch(found: FoundBrowser, origin: string | undefined): Promise<Browser> {
  return puppeteer.launch({
    executablePath: found.executable,
    headless: isHeadlessShell(found.executable) ? 'shell' : true,
    args: [...BROWSER_ARGS, ...(origin ? confinedTo(origin) : [])],
    // Talk over a pipe, not a port: Chromium then exits with the build however the build
    // ends, even killed outright.
    pipe: true,
    // The build handles Ctrl-C itself (scripts/lib/build/interrupt.ts); Puppeteer still
    // kills the browser when the process exits.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    // A long catalogue's print is one protocol call of minutes.
    protocolTimeout: 900_000,
  });
}

/** Chromium itself stopped (crashed or was killed), as opposed to the page failing: worth one retry. */
export class ChromiumStoppedError extends BuildError {}

export interface LaunchOptions {
  /** The only origin the browser can reach. */
  readonly confineTo?: string;
  /** Printing prefers a headless shell (find-browser.ts); pages default to the full browser. */
  readonly use?: BrowserUse;
}

/** A started browser; the caller closes it (the tests use this). */
export async function launchBrowser({ confineTo, use }: LaunchOptions = {}): Promise<Browser> {
  const found = findBrowser(use);
  try {
    return await launch(found, confineTo);
  } catch (error) {
    throw new BuildError(
      `Chromium did not start from ${found.executable} (found through ${found.from}): ${firstLine(error)}. ${BROWSER_ADVICE}`,
      { cause: error },
    );
  }
}

/** Closes a browser, killing it if it no longer answers. */
async function closeBrowser(browser: Browser): Promise<void> {
  try {
    await browser.close();
  } catch {
    browser.process()?.kill('SIGKILL');
  }
}

/** Runs `work` with a started browser and closes it afterwards, whatever happened. */
export async function withBrowser<T>(
  work: (browser: Browser) => Promise<T>,
  options: LaunchOptions = {},
): Promise<T> {
  const browser = await launchBrowser(options);
  try {
    return await work(browser);
  } catch (error) {
    if (error instanceof BuildError) throw error;
    const executable = browser.process()?.spawnfile ?? 'Chromium';
    const crashed = !browser.connected;
    throw new (crashed ? ChromiumStoppedError : BuildError)(
      `${crashed ? 'Chromium stopped' : 'Chromium failed'} while printing the PDF (${executable}): ${firstLine(error)}. ` +
        (crashed
          ? 'Run the build again; if Chromium keeps stopping, choose another one with CHROMIUM_PATH, or build without the PDF: `npm run build -- --no-pdf`.'
          : 'Run `npm run build -- --debug` for the details.'),
      { cause: error },
    );
  } finally {
    await closeBrowser(browser);
  }
}
