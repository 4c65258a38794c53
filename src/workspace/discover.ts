import { statSync, type Stats } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { DEFAULT_FILES } from '../core/config/config';
import type { AppliedConfig, ConfigLookup } from './config-files';
import type { IgnoreLookup } from './ignore-files';
import { describeIoError } from './read-text';
import { walkFolder } from './walk';

/** Folders never walked: other people's packages and version control. */
const NEVER_WALKED = ['**/node_modules/**', '**/.git/**'];

/** What was found for the paths and globs of one command line. */
export interface Discovery {
  /** Absolute paths of the files to lint, sorted, each once. */
  readonly files: readonly string[];
  /** Paths that do not exist and patterns that found nothing: each a one-line message naming it. */
  readonly unmatched: readonly Unmatched[];
  /** Files named on the command line but ignored: linting them was asked for, so say why it did not happen. */
  readonly skipped: readonly string[];
}

export interface Unmatched {
  readonly pattern: string;
  readonly reason: string;
  /** A path that does not exist is always an error; a pattern that found nothing may be allowed. */
  readonly missing: boolean;
}

export interface DiscoverOptions {
  readonly cwd: string;
  readonly configs: ConfigLookup;
  readonly ignores: IgnoreLookup;
}

/** Slash-separated path of `path` inside `base`, or undefined when it lies outside. */
function inside(base: string, path: string): string | undefined {
  const rel = relative(base, path);
  return rel.startsWith('..') || rel === '' ? undefined : rel.split(sep).join('/');
}

/** The article globs of a configuration, for messages and matching. */
export function articleGlobs(applied: AppliedConfig): readonly string[] {
  return applied.config.files ?? DEFAULT_FILES;
}

/**
 * Turns the command line's paths and globs into the files to lint. A file
 * named outright is linted whatever its name; a folder is walked for the
 * files its configuration's `files` globs match (see `walkFolder` for
 * links); a glob matches any file.
 * Ignore files and `ignores` leave files out of all three.
 */
export function discoverFiles(patterns: readonly string[], options: DiscoverOptions): Discovery {
  const { cwd, configs, ignores } = options;
  const files = new Set<string>();
  const unmatched: Unmatched[] = [];
  const skipped: string[] = [];
  const matchers = new WeakMap<AppliedConfig, (path: string) => boolean>();
  const isArticle = (path: string, walkRoot: string): boolean => {
    const applied = configs.forFile(path);
    let matcher = matchers.get(applied);
    if (!matcher) {
      // A folder named outright is walked even when it is a dot-folder (`lint .drafts`).
      matcher = picomatch([...articleGlobs(applied)], { dot: true });
      matchers.set(applied, matcher);
    }
    // Without a configuration the globs are rooted at the cwd; a folder outside it is its own root.
    const rel = inside(applied.base, path) ?? inside(walkRoot, path) ?? basename(path);
    return matcher(rel);
  };

  for (const pattern of patterns) {
    const path = resolve(cwd, pattern);
    let stats: Stats | undefined;
    try {
      stats = statSync(path, { throwIfNoEntry: false });
    } catch (error) {
      unmatched.push({ pattern, reason: describeIoError(error), missing: true });
      continue;
    }
    if (stats?.isFile()) {
      if (ignores.isIgnored(path)) skipped.push(pattern);
      else files.add(path);
      continue;
    }
    if (stats?.isDirectory()) {
      const candidates = walkFolder(path);
      const articles = candidates.filter((file) => isArticle(file, path));
      const kept = articles.filter((file) => !ignores.isIgnored(file));
      kept.forEach((file) => files.add(file));
      if (kept.length === 0)
        unmatched.push({ pattern, reason: noArticlesReason(articles.length, configs.forFolder(path)), missing: false });
      continue;
    }
    if (stats === undefined && isDynamicPattern(pattern)) {
      // A glob matches no symbolic link: followed, a link to `/` or into a loop would walk without end.
      const matched = globSync(pattern, { cwd, absolute: true, onlyFiles: true, ignore: NEVER_WALKED, followSymbolicLinks: false });
      const kept = matched.filter((file) => !ignores.isIgnored(file));
      kept.forEach((file) => files.add(file));
      if (kept.length === 0)
        unmatched.push({
          pattern,
          reason: matched.length === 0 ? 'no files match this pattern' : 'every file this pattern matches is ignored',
          missing: false,
        });
      continue;
    }
    unmatched.push({ pattern, reason: stats ? 'not a file or folder' : 'no such file or directory', missing: true });
  }
  return { files: sortPaths([...files], cwd), unmatched, skipped };
}

function noArticlesReason(ignoredCount: number, applied: AppliedConfig): string {
  if (ignoredCount > 0) return `every article file here is ignored (by .copydeskignore or "ignores")`;
  const where = applied.path ? `"files" in ${applied.path}` : '"files" in a .copydeskrc.json';
  return `no article files found (looked for ${articleGlobs(applied).join(', ')}); name files outright or set ${where} to lint other files`;
}

/** Sorted by path relative to the cwd, code unit by code unit, so every machine and shard agrees on the order. */
function sortPaths(paths: readonly string[], cwd: string): string[] {
  const keyed = paths.map((path) => ({ path, key: relative(cwd, path).split(sep).join('/') }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((entry) => entry.path);
}
