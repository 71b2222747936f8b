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
import { translator, type Translate } from '../core/i18n';

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
  t: Translate = translator('en'),
): Promise<Prepared> {
  const fail = (key: string): Prepared => ({
    ok: false,
    error: t(`cli.out.${key}`, { file: shown, folder: path.dirname(shown) }),
  });
  let target = resolved;
  const link = await lstat(resolved);
  if (link?.isSymbolicLink()) {
    if (uid !== undefined && link.uid !== uid) {
      return fail('foreignLink');
    }
    try {
      target = await fs.realpath(resolved);
    } catch {
      return fail('danglingLink');
    }
  }
  const folder = path.dirname(target);
  const dir = await stat(folder);
  if (!dir) return fail('noFolder');
  if (!dir.isDirectory()) return fail('notFolder');
  try {
    await fs.access(folder, constants.W_OK);
  } catch {
    return fail('notWritable');
  }
  const existing = await stat(target);
  if (existing && !existing.isFile()) return fail('notFile');
  if (existing && input !== undefined) {
    const source = await stat(input);
    if (source && source.dev === existing.dev && source.ino === existing.ino) {
      return fail('isInput');
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

/** The system errors whose reason the marketer is told in words (cli.reason.*). */
const REASONS = ['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'EISDIR'];

/** Why writing failed, in words that name no temporary file. */
export function writeFailure(error: unknown, t: Translate = translator('en')): string {
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  if (REASONS.includes(code)) return `${t(`cli.reason.${code}`)} (${code})`;
  return code || String((error as Error)?.message);
}
