// Loads a CommonJS bundle with V8's code cache, so that a start after the
// first skips most of compiling it: the language server's bundle is 1.6 MB
// of minified code, and compiling it was half of the server's own start.
//
// Node 20 has no built-in cache (`module.enableCompileCache` came in 22.1),
// and v8-compile-cache keeps only what V8 compiled up front; this cache is
// taken once the server has done real work, so it also holds the functions
// an article's first analysis compiled.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** A bundle loaded by {@link requireWithCodeCache}. */
export interface LoadedBundle {
  /** What the bundle exports. */
  readonly exports: unknown;
  /** Whether V8 took the cached code (false on a first start, or when the cache did not fit this Node). */
  readonly fromCache: boolean;
  /** Writes the code compiled so far to the cache, once; a failure to write costs only speed. */
  saveCache(): void;
}

/** A short hex digest, for file names. */
function digest(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * The cache file's name: the bundle's name, the Node binary that compiled
 * it (VS Code's Electron and the system Node each keep their own), and the
 * bundle's bytes. V8 checks only the source's length, so a cache must never
 * be found for other code of the same length: the digest of the bytes sees
 * to that.
 */
function cacheFileName(file: string, source: string): { prefix: string; name: string } {
  const prefix = `${basename(file, '.js')}-${digest(process.execPath, process.version, process.arch)}-`;
  return { prefix, name: `${prefix}${digest(source)}.v8cache` };
}

function readCache(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Writes the cache whole (another server may be reading it) and removes those of older builds of the same bundle. */
function writeCache(directory: string, prefix: string, name: string, data: Buffer): void {
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const temporary = join(directory, `.${name}.${randomBytes(4).toString('hex')}.tmp`);
  writeFileSync(temporary, data, { mode: 0o600 });
  renameSync(temporary, join(directory, name));
  for (const other of readdirSync(directory)) {
    if (other !== name && other.startsWith(prefix) && other.endsWith('.v8cache')) rmSync(join(directory, other), { force: true });
  }
}

/**
 * Runs `file` as a CommonJS module, compiled with the cache kept for it in
 * `cacheDirectory` when there is one. The cache directory should be the
 * user's own: code read from it is run as it stands.
 */
export function requireWithCodeCache(file: string, cacheDirectory: string): LoadedBundle {
  const source = readFileSync(file, 'utf8');
  const { prefix, name } = cacheFileName(file, source);
  const cachedData = readCache(join(cacheDirectory, name));
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  const module = new Module(file);
  module.filename = file;
  const run = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: Module,
    filename: string,
    dirname: string,
  ) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  let saved = fromCache;
  return {
    exports: module.exports,
    fromCache,
    saveCache() {
      if (saved) return;
      saved = true;
      try {
        writeCache(cacheDirectory, prefix, name, script.createCachedData());
      } catch {
        // A cache folder that cannot be written (a read-only home, a full disk) only means slower starts.
      }
    },
  };
}
