/** A fresh folder per test and the planbook command run inside it, its output captured. */
import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../../cli/main';

export interface Sandbox {
  /** The folder the command runs in. */
  dir: string;
  /** What the command printed to stdout and stderr, line by line. */
  out: string[];
  err: string[];
  /** Runs `planbook ...argv` in the folder, on 2027-01-01; resolves to the exit code. */
  run(...argv: string[]): Promise<number>;
  /** A path inside the folder. */
  at(...parts: string[]): string;
}

/** Sets up a sandbox before each test and removes it after; read its fields inside tests. */
export function cliSandbox(): Sandbox {
  const box = { out: [], err: [] } as unknown as Sandbox;
  beforeEach(() => {
    box.dir = mkdtempSync(path.join(os.tmpdir(), 'planbook-cli-'));
    box.out = [];
    box.err = [];
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(box.dir, { recursive: true, force: true });
  });
  box.run = (...argv) =>
    runCli(argv, {
      out: (l) => box.out.push(l),
      err: (l) => box.err.push(l),
      now: () => new Date(2027, 0, 1),
      cwd: box.dir,
    });
  box.at = (...parts) => path.join(box.dir, ...parts);
  return box;
}
