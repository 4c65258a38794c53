import { chmodSync, chownSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces a file's contents so that a reader sees the old file or the new
 * one, never half of each: the bytes go to a temporary file in the same
 * folder (same file system, so the rename is atomic), which takes the old
 * file's permissions and owner and is then renamed over it. A symbolic link
 * is followed, so the link stays a link and its target changes.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const target = realpathSync(path);
  const { mode, uid, gid } = statSync(target);
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
