import { chmodSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces a file's contents so that a reader sees the old file or the new
 * one, never half of each: the bytes go to a temporary file in the same
 * folder (same file system, so the rename is atomic), which takes the old
 * file's permissions and is then renamed over it.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const { mode } = statSync(path);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.copydesk-tmp`);
  try {
    writeFileSync(temporary, bytes, { mode, flag: 'wx' });
    // The umask may have narrowed the mode given at creation.
    chmodSync(temporary, mode);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
