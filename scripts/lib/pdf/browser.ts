/** Starts the system Chromium the way this machine and CI need it: headless, no sandbox, no network chatter. */
import puppeteer, { type Browser } from 'puppeteer-core';
import { findBrowser } from './find-browser.ts';

const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
}
