import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Config } from '../core/config/config';
import { rulesFor } from '../workspace/settings';
import type { FileReport } from './report';

interface CacheEntry {
  readonly key: string;
  readonly report: FileReport;
}

interface CacheFile {
  readonly version: string;
  readonly entries: Record<string, CacheEntry>;
}

/** The files a report depends on besides the article: its configuration files, and the dictionary they name. */
export interface CacheInputs {
  readonly config: Config;
  /** Every configuration file merged into `config`, extended ones included. */
  readonly configFiles: readonly string[];
}

/**
 * Remembers each file's report under a key made of everything the report
 * depends on: the tool's build, the rules with their severities and
 * options, every configuration file in the cascade, the dictionary's
 * contents and the file's bytes. Any change to one of them misses, so a
 * stale report is never printed. One JSON file, written whole at the end
 * of a run.
 *
 * file-entry-cache (ESLint's) was looked at: it keys an entry on the
 * file's own metadata or contents, so the configuration files and the
 * dictionary would still be hashed by hand here, and the rest is the
 * few lines below.
 */
export class LintCache {
  private entries: Record<string, CacheEntry> = {};
  private changed = false;
  /** The digest of each configuration or dictionary file, read once a run. */
  private readonly digests = new Map<string, string>();

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
  key(bytes: Uint8Array, inputs: CacheInputs): string {
    const { config, configFiles } = inputs;
    const rules = rulesFor(config).map(({ rule, severity, options }) => [rule.id, severity, options]);
    const hash = createHash('sha256').update(this.version).update('\0').update(JSON.stringify(rules)).update('\0');
    for (const file of [...configFiles, ...(config.dictionary ? [config.dictionary] : [])])
      hash.update(file).update('\0').update(this.digestOf(file)).update('\0');
    return hash.update(bytes).digest('hex');
  }

  /** A file's digest; one that cannot be read has a digest of its own (the lint then reports why). */
  private digestOf(path: string): string {
    let digest = this.digests.get(path);
    if (digest === undefined) {
      let bytes: Uint8Array | undefined;
      try {
        bytes = readFileSync(path);
      } catch {
        bytes = undefined;
      }
      digest = bytes ? createHash('sha256').update(bytes).digest('hex') : 'unreadable';
      this.digests.set(path, digest);
    }
    return digest;
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
