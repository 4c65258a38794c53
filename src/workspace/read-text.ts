import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { ArticleFormat } from '../core/article/model';
import { formatForPath } from '../core/article/parse';

/** An article file decoded for linting. */
export interface ArticleText {
  /** The text without its byte order mark: what the core lints and offsets count in. */
  readonly text: string;
  /** Whether the file began with a UTF-8 byte order mark, which a fixed file must keep. */
  readonly bom: boolean;
  readonly format: ArticleFormat;
}

/** Why a file could not be read as article text. */
export type ReadFailure = 'binary' | 'encoding' | 'io';

/** A file that is not article text or cannot be read; the message names the file and the reason. */
export class ReadError extends Error {
  constructor(
    readonly path: string,
    readonly failure: ReadFailure,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'ReadError';
  }
}

const BOM = [0xef, 0xbb, 0xbf];
/** How far to look for a NUL byte: what git and grep look at to call a file binary. */
const BINARY_SNIFF_BYTES = 8192;

/** Messages for the file system errors a user can act on; anything else keeps Node's own words. */
const IO_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ELOOP: 'too many symbolic links',
};

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && IO_REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

/**
 * Decodes a file's bytes as article text. Binary files and invalid UTF-8
 * are refused rather than linted, since a report on garbled text would
 * point at places that do not exist.
 */
export function decodeArticle(path: string, bytes: Uint8Array): ArticleText {
  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul !== -1) throw new ReadError(path, 'binary', `binary file (NUL byte at offset ${nul}), not article text`);
  const bom = hasBom(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    throw new ReadError(path, 'encoding', 'not valid UTF-8 (save it as UTF-8 and lint it again)');
  }
  return { text, bom, format: formatForPath(path) };
}

/** Reads a file's bytes; a file system failure becomes a `ReadError` naming the file. */
export function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ReadError(path, 'io', describeIoError(error));
  }
}

/** Reads and decodes one article file. */
export function readArticle(path: string): ArticleText {
  return decodeArticle(path, readBytes(path));
}

/** The bytes to write back for fixed text: the byte order mark goes back if the file had one. */
export function encodeArticle(text: string, bom: boolean): Buffer {
  const body = Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([Buffer.from(BOM), body]) : body;
}

/** The most a configuration file or an entity dictionary may hold: far more than any real one, far less than a runaway read. */
export const SETTINGS_FILE_LIMIT = 1024 * 1024;

/** Reads up to `limit + 1` bytes from an open file, so a file that grows while it is read is still caught. */
function readUpTo(fd: number, limit: number): Buffer {
  const buffer = Buffer.alloc(limit + 1);
  let filled = 0;
  for (let read = -1; read !== 0 && filled <= limit; filled += read) read = readSync(fd, buffer, filled, limit + 1 - filled, null);
  return buffer.subarray(0, filled);
}

/**
 * Reads a configuration file or a dictionary as text: a regular file of at
 * most 1 MB, or an error saying which it is not. A device (`/dev/zero`), a
 * pipe or a folder would otherwise be read until memory runs out; opening
 * without blocking keeps a pipe with no writer from stalling the read.
 */
export function readSettingsText(path: string): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) throw new Error('not a regular file');
    const bytes = readUpTo(fd, SETTINGS_FILE_LIMIT);
    if (bytes.length > SETTINGS_FILE_LIMIT) throw new Error('larger than 1 MB, more than any configuration needs');
    return bytes.toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    closeSync(fd);
  }
}

/**
 * Why a parser gave up on a hostile settings file, in one line: nesting
 * deeper than the stack (a JSON array three thousand deep) or a YAML alias
 * bomb (the `yaml` library stops at its alias limit). Anything else is a bug
 * and is thrown on.
 */
export function describeParserLimit(error: unknown): string {
  if (error instanceof RangeError) return 'nested too deeply to read';
  if (error instanceof ReferenceError && /alias/i.test(error.message)) return 'too many YAML aliases (a resource exhaustion attack?)';
  throw error;
}
