/** Debian's Chromium driven by playwright-core, and the playground served from dist/web. */
import { existsSync } from 'fs';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import { CHROMIUM } from '../../bench/chromium';

export { launchChromium } from '../../bench/chromium';

/** True when Chromium is installed. Under CI=true a missing Chromium fails instead. */
export function hasChromium(): boolean {
  const found = existsSync(CHROMIUM);
  if (!found && process.env.CI === 'true')
    throw new Error('Chromium is missing; .ci/run installs it with apt-get');
  if (!found)
    console.warn(
      'Chromium (/usr/bin/chromium) is not installed: the browser tests are skipped here',
    );
  return found;
}

/** Builds the playground and serves it on a free loopback port; resolves to its URL. */
export async function servePlayground(): Promise<{ url: string; server: Server }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildWeb } = require('../../web/build') as {
    buildWeb: (o: { quiet: boolean }) => Promise<unknown>;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serveWeb } = require('../../web/serve') as {
    serveWeb: (port: number) => Promise<Server>;
  };
  await buildWeb({ quiet: true });
  const server = await serveWeb(0);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
