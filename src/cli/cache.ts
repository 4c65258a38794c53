import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Config } from '../core/config/config';
import type { FileReport } from './report';

interface CacheEntry {
  readonly key: string;
  readonly report: FileReport;
}

interface CacheFile {
  readonly version: string;
  readonly entries: Record<string, CacheEntry>;
}

/**
 * Remembers each file's report under a key made of the tool's version,
 * the file's configuration and the file's bytes: any change to one of
 * them misses, so a stale report is never printed. One JSON file, written
 * whole at the end of a run.
 */
export class LintCache {
  private entries: Record<string, CacheEntry> = {};
  private changed = false;

  constructor(
    readonly location: string,
    private readonly version: string,
  ) {
    if (!existsSync(location)) return;
    try {
      const stored = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
      // A cache written by another version is dropped whole rather than trusted entry by entry.
      if (stored.version === version && stored.entries && typeof stored.entries === 'object') this.entries = stored.entries;
    } catch {
      // An unreadable or corrupt cache is only a slower run.
      this.changed = true;
    }
  }

  /** The key of one file's report: what its findings depend on, and nothing else. */
  key(bytes: Uint8Array, config: Config): string {
    return createHash('sha256')
      .update(this.version)
      .update('\0')
      .update(JSON.stringify(config.rules ?? {}))
      .update('\0')
      .update(bytes)
      .digest('hex');
  }

  get(path: string, key: string): FileReport | undefined {
    const entry = this.entries[path];
    return entry && entry.key === key ? entry.report : undefined;
  }

  set(path: string, key: string, report: FileReport): void {
    this.entries[path] = { key, report };
    this.changed = true;
  }

  /** Drops a file that failed to lint, so a later run tries it again. */
  delete(path: string): void {
    if (path in this.entries) {
      delete this.entries[path];
      this.changed = true;
    }
  }

  save(): void {
    if (!this.changed) return;
    mkdirSync(dirname(this.location), { recursive: true });
    const temporary = `${this.location}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: this.version, entries: this.entries } satisfies CacheFile));
    renameSync(temporary, this.location);
  }
}
