import { accessSync, constants } from 'node:fs';
import { testEnv } from '../../src/config/env.ts';

/**
 * Browser tests use Debian's Chromium, never Playwright's own download (which cannot reach its servers
 * here). CHROMIUM_PATH overrides the location.
 */
export const chromiumPath: string = testEnv.chromiumPath;

/** Whether the Chromium binary is there and executable. */
export function hasChromium(path: string = chromiumPath): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Flags for headless Chromium on these machines: no sandbox (CI runs as root), and no background
 * connections, which a closed network answers slowly or not at all.
 */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
