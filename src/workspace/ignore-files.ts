import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { ConfigLookup } from './config-files';
import { ConfigError } from './config-files';
import { describeIoError } from './read-text';

const IGNORE_FILE_NAME = '.copydeskignore';

/** Gitignore-style patterns rooted at one folder. */
interface RootedIgnore {
  readonly base: string;
  readonly matcher: Ignore;
}

/** `path` relative to `base` in the slash form `ignore` expects, or undefined when it is not below `base`. */
function below(base: string, path: string): string | undefined {
  const inside = relative(base, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return inside.split(sep).join('/');
}

function matches(rooted: RootedIgnore, path: string): boolean {
  const inside = below(rooted.base, path);
  return inside !== undefined && rooted.matcher.ignores(inside);
}

/**
 * Decides which files are left out: by every `.copydeskignore` in the
 * file's folder or a folder above it (each rooted at its own folder, as
 * git reads `.gitignore`), and by the `ignores` of the file's configuration.
 */
export class IgnoreLookup {
  private readonly byFolder = new Map<string, readonly RootedIgnore[]>();
  private readonly fromConfig = new Map<string, RootedIgnore>();

  constructor(private readonly configs: ConfigLookup) {}

  isIgnored(path: string): boolean {
    const absolute = resolve(path);
    if (this.ignoreFiles(dirname(absolute)).some((rooted) => matches(rooted, absolute))) return true;
    const applied = this.configs.forFile(absolute);
    if (!applied.config.ignores || applied.config.ignores.length === 0) return false;
    const key = `${applied.path}\0${applied.base}`;
    let rooted = this.fromConfig.get(key);
    if (!rooted) {
      rooted = { base: applied.base, matcher: ignore().add([...applied.config.ignores]) };
      this.fromConfig.set(key, rooted);
    }
    return matches(rooted, absolute);
  }

  /** The ignore files that apply in a folder, nearest first. */
  private ignoreFiles(folder: string): readonly RootedIgnore[] {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const parent = dirname(folder);
    const above = parent === folder ? [] : this.ignoreFiles(parent);
    const path = resolve(folder, IGNORE_FILE_NAME);
    let own: RootedIgnore[] = [];
    if (existsSync(path)) {
      try {
        own = [{ base: folder, matcher: ignore().add(readFileSync(path, 'utf8')) }];
      } catch (error) {
        throw new ConfigError(path, describeIoError(error));
      }
    }
    const chain = [...own, ...above];
    this.byFolder.set(folder, chain);
    return chain;
  }
}
