/**
 * Where the workbook goes, checked before any work starts, and how it is written: to an
 * unpredictable temporary file created exclusively beside the target, then renamed over it, so
 * that an existing workbook is never half-overwritten and no other file is ever touched.
 *
 * Decisions (README, "Writing the file"):
 * - `--out` that is a symbolic link is written through to the file it points at (the link stays
 *   a link), but only when the link is the marketer's own: a link someone else planted in a
 *   shared folder is refused, as the kernel's protected_symlinks refuses it in /tmp.
 * - An existing file keeps its permissions; a new one gets the usual ones (0666 less umask).
 * - `--out` naming the `--input` file (by any path, link or hard link) is refused.
 */
import { randomBytes } from 'crypto';
import { constants, promises as fs } from 'fs';
import path from 'path';

export interface Output {
  /** The file that will be replaced or created (a link's target, resolved). */
  target: string;
  /** The permissions to give the new file: the old file's, or undefined for a new one. */
  mode?: number;
}

export type Prepared = { ok: true; output: Output } | { ok: false; error: string };

const lstat = (file: string) => fs.lstat(file).catch(() => undefined);
const stat = (file: string) => fs.stat(file).catch(() => undefined);

/** Who runs planbook; Windows has no uid (links there need privileges to make: trusted). */
const runningUid = (): number | undefined => process.getuid?.();

/**
 * Checks the output before the workbook is built. `shown` is the path as the marketer typed it
 * (messages name it, never a resolved or temporary path); `uid` is whose links are followed.
 */
export async function prepareOutput(
  shown: string,
  resolved: string,
  input: string | undefined,
  uid = runningUid(),
): Promise<Prepared> {
  const fail = (why: string): Prepared => ({ ok: false, error: `--out: ${shown} ${why}` });
  let target = resolved;
  const link = await lstat(resolved);
  if (link?.isSymbolicLink()) {
    if (uid !== undefined && link.uid !== uid) {
      return fail('is a link made by another user; refusing to follow it');
    }
    try {
      target = await fs.realpath(resolved);
    } catch {
      return fail('is a link to a file that does not exist');
    }
  }
  const folder = path.dirname(target);
  const dir = await stat(folder);
  if (!dir) return fail(`cannot be written: the folder ${path.dirname(shown)} does not exist`);
  if (!dir.isDirectory()) return fail(`cannot be written: ${path.dirname(shown)} is not a folder`);
  try {
    await fs.access(folder, constants.W_OK);
  } catch {
    return fail(`cannot be written: the folder ${path.dirname(shown)} is not writable`);
  }
  const existing = await stat(target);
  if (existing && !existing.isFile()) return fail('exists and is not a file');
  if (existing && input !== undefined) {
    const source = await stat(input);
    if (source && source.dev === existing.dev && source.ino === existing.ino) {
      return fail('is the --input file; writing it would replace the plan with the workbook');
    }
  }
  return { ok: true, output: { target, mode: existing ? existing.mode & 0o7777 : undefined } };
}

/** Writes the bytes beside the target under a random name, then renames them into place. */
export async function writeOutput(output: Output, bytes: Uint8Array): Promise<void> {
  const { target, mode } = output;
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(12).toString('hex')}.tmp`,
  );
  // 'wx': O_CREAT | O_EXCL, which fails on any existing name, a planted link included. A new
  // file gets 0666 less the umask, as any file the marketer creates; a replaced one keeps its
  // permissions (chmod, which the umask does not touch).
  const handle = await fs.open(temp, 'wx', mode === undefined ? 0o666 : 0o600);
  try {
    try {
      await handle.writeFile(bytes);
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  EISDIR: 'it is a folder',
};

/** Why writing failed, in words that name no temporary file. */
export function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  return REASONS[code] ? `${REASONS[code]} (${code})` : code || String((error as Error)?.message);
}
