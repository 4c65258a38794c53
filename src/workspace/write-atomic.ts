import { accessSync, chmodSync, chownSync, constants, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, relative, sep } from 'node:path';

/** A write Copydesk will not make, though the file system would let it: the message says why. */
export class WriteRefused extends Error {
  readonly code = 'EREFUSED';
  constructor(message: string) {
    super(message);
    this.name = 'WriteRefused';
  }
}

/** Whether `path` is `folder` or lies inside it. */
function isInside(path: string, folder: string): boolean {
  const way = relative(folder, path);
  return way === '' || (!way.startsWith(`..${sep}`) && way !== '..' && !way.startsWith(sep));
}

/**
 * Refuses what a rename would do behind the user's back, as Prettier and
 * ESLint refuse it: replacing a read-only file (the rename needs only the
 * folder to be writable, and root passes every permission check), or writing
 * through a symbolic link to a file outside the link's own folder, which a
 * folder's fix must never reach.
 */
function checkWritable(path: string, target: string, mode: number): void {
  const folder = realpathSync(dirname(path));
  if (!isInside(target, folder)) throw new WriteRefused(`is a symbolic link to ${target}, outside its folder; not written through`);
  let writable = (mode & 0o222) !== 0;
  try {
    accessSync(target, constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable) throw new WriteRefused(`read-only file (mode ${(mode & 0o777).toString(8)}), not rewritten; make it writable to fix it`);
}

/**
 * Replaces a file's contents so that a reader sees the old file or the new
 * one, never half of each: the bytes go to a temporary file in the same
 * folder (same file system, so the rename is atomic), which takes the old
 * file's permissions and owner and is then renamed over it. A symbolic link
 * is followed, so the link stays a link and its target changes, when the
 * target lies in the link's folder; a read-only file is refused.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const target = realpathSync(path);
  const { mode, uid, gid } = statSync(target);
  checkWritable(path, target, mode);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.copydesk-tmp`);
  try {
    writeFileSync(temporary, bytes, { mode, flag: 'wx' });
    // The umask may have narrowed the mode given at creation.
    chmodSync(temporary, mode);
    keepOwner(temporary, uid, gid);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Only root may give a file away; anyone else writes files they own, which is what the new file already is. */
function keepOwner(path: string, uid: number, gid: number): void {
  if (process.getuid?.() !== 0) return;
  chownSync(path, uid, gid);
}
