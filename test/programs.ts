/**
 * The programs the engine and browser tests need from Debian. Outside CI a missing one is named
 * and its checks are skipped; under CI=true it fails the run, since .ci/run installs it.
 */
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';

/** True when `command` (a name on PATH, or an absolute path) is installed. */
export function programInstalled(command: string, what: string, debianPackage: string): boolean {
  const found = command.startsWith('/')
    ? existsSync(command)
    : spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
  if (!found && process.env.CI === 'true') {
    throw new Error(`${what} (${command}) is missing; .ci/run installs ${debianPackage}`);
  }
  if (!found) console.warn(`${what} (${command}) is not installed: its checks are skipped here`);
  return found;
}
