// Debian's chromium, headless, as this machine's closed network needs it: without the background-networking
// flags Chromium keeps trying to reach Google's hosts and its connections are refused. Shared by the browser tests.
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const CLOSED_NETWORK_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A persistent context in a fresh profile folder (the caller removes it). */
export function launchChromium(
  userDataDir: string,
  options: { viewport: { width: number; height: number }; acceptDownloads?: boolean },
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CLOSED_NETWORK_FLAGS,
    timeout: 60_000,
    ...options,
  });
}
