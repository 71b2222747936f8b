/** Debian's Chromium driven by playwright-core, and the playground served from dist/web. */
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import { CHROMIUM } from './chromium';
import { programInstalled } from '../programs';

export { launchChromium } from './chromium';

/** True when Chromium is installed (programInstalled says what happens when it is not). */
export const hasChromium = () => programInstalled(CHROMIUM, 'Chromium', 'chromium');

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
