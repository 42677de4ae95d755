import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

/** Flags that keep headless Chromium from contacting outside hosts and from needing a sandbox as root. */
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Finds Chromium: `CHROME_PATH` first, then the usual system paths. Throws a one-line install hint when none exists. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file exists there. Point it at a Chromium or Chrome binary.`);
  }

  const found = SYSTEM_PATHS.find((path) => existsSync(path));
  if (found) return found;
  throw new Error('Chromium not found: install it with `sudo apt-get install -y chromium` or set CHROME_PATH to a Chromium or Chrome binary.');
}

/** Launches headless Chromium with the flags these tests need. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: LAUNCH_ARGS });
}
