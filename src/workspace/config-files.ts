import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { mergeConfigs, type Config } from '../core/config/config';
import { parseConfig, type ConfigSyntax } from '../core/config/parse';
import { LineIndex } from '../core/text/lines';
import { describeIoError, describeParserLimit, readSettingsText } from './read-text';

/** The names a configuration file may have, in the order they win when a folder holds several. */
const CONFIG_NAMES: readonly string[] = ['.copydeskrc.json', '.copydeskrc.yaml', '.copydeskrc.yml'];

/** An unreadable or invalid configuration file, at a 1-based line and column when the problem has a place. */
export class ConfigError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(line === undefined ? `${path}: ${problem}` : `${path}:${line}:${column}: ${problem}`);
    this.name = 'ConfigError';
  }
}

/** The configuration that applies to a file, and where its globs are rooted. */
export interface AppliedConfig {
  /** The configuration with everything it extends merged in. */
  readonly config: Config;
  /** The configuration file, or undefined when none was found and the defaults apply. */
  readonly path: string | undefined;
  /** Every configuration file merged into `config`: `path` and each file it extends, however deep. */
  readonly files: readonly string[];
  /** The folder `files` and `ignores` globs are relative to. */
  readonly base: string;
}

function syntaxOf(path: string): ConfigSyntax {
  return /\.ya?ml$/i.test(path) ? 'yaml' : 'json';
}

/** Where `extends` is written in a configuration's text, to point a cycle or a missing file at it. */
function extendsPlace(text: string): { line: number; column: number } {
  const match = /["']?extends["']?\s*:/.exec(text);
  const position = new LineIndex(text).positionAt(match?.index ?? 0);
  return { line: position.line + 1, column: position.character + 1 };
}

/** Parses a configuration's text; a nesting or alias bomb is a problem at the top of the file, not a crash. */
function parseSettings(text: string, syntax: ConfigSyntax): ReturnType<typeof parseConfig> {
  try {
    return parseConfig(text, syntax);
  } catch (error) {
    return { problem: { message: describeParserLimit(error), line: 1, column: 1 } };
  }
}

/**
 * Reads configuration files and what they extend, each file once. `extends`
 * names other files, relative to the file that extends them; the extending
 * file's settings win.
 */
class ConfigLoader {
  private readonly loaded = new Map<string, Config>();
  private readonly sources = new Map<string, readonly string[]>();

  /** The files a loaded configuration was merged from: itself and what it extends. */
  filesOf(path: string): readonly string[] {
    return this.sources.get(path) ?? [path];
  }

  load(path: string, chain: readonly string[] = []): Config {
    const cached = this.loaded.get(path);
    if (cached) return cached;
    let text: string;
    try {
      text = readSettingsText(path);
    } catch (error) {
      throw new ConfigError(path, describeIoError(error));
    }
    const parsed = parseSettings(text, syntaxOf(path));
    if ('problem' in parsed) throw new ConfigError(path, parsed.problem.message, parsed.problem.line, parsed.problem.column);
    // A dictionary is named relative to the file that names it; from here on it travels as an absolute path.
    const own = parsed.config.dictionary
      ? { ...parsed.config, dictionary: resolve(dirname(path), parsed.config.dictionary) }
      : parsed.config;
    const bases = own.extends === undefined ? [] : typeof own.extends === 'string' ? [own.extends] : own.extends;
    let config: Config = {};
    const files = new Set([path]);
    for (const name of bases) {
      const target = resolve(dirname(path), name);
      const place = extendsPlace(text);
      if (target === path || chain.includes(target)) {
        const cycle = [...chain, path, target].map((file) => basename(file)).join(' → ');
        throw new ConfigError(path, `"extends" makes a cycle: ${cycle}`, place.line, place.column);
      }
      if (!existsSync(target)) throw new ConfigError(path, `"extends" names ${name}, which does not exist`, place.line, place.column);
      config = mergeConfigs(config, this.load(target, [...chain, path]));
      this.filesOf(target).forEach((file) => files.add(file));
    }
    const merged = mergeConfigs(config, own);
    this.loaded.set(path, merged);
    this.sources.set(path, [...files]);
    return merged;
  }
}

/**
 * Finds the configuration of each file: the nearest configuration file in
 * its folder or a folder above it, or the one `--config` named for every
 * file. Answers are cached per folder, so an archive of thousands of files
 * reads each configuration once.
 */
export class ConfigLookup {
  private readonly loader = new ConfigLoader();
  private readonly byFolder = new Map<string, AppliedConfig>();
  private readonly fixed: AppliedConfig | undefined;

  constructor(
    private readonly cwd: string,
    explicitPath?: string,
  ) {
    if (explicitPath !== undefined) {
      const path = resolve(cwd, explicitPath);
      // One file for everything: its globs are rooted where the command runs, not where the file lives.
      this.fixed = { config: this.loader.load(path), path, files: this.loader.filesOf(path), base: cwd };
    }
  }

  forFile(path: string): AppliedConfig {
    return this.forFolder(dirname(path));
  }

  forFolder(folder: string): AppliedConfig {
    if (this.fixed) return this.fixed;
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const found = CONFIG_NAMES.map((name) => resolve(folder, name)).find((candidate) => existsSync(candidate));
    const parent = dirname(folder);
    let applied: AppliedConfig;
    if (found) applied = { config: this.loader.load(found), path: found, files: this.loader.filesOf(found), base: folder };
    else if (parent === folder) applied = { config: {}, path: undefined, files: [], base: this.cwd };
    else applied = this.forFolder(parent);
    this.byFolder.set(folder, applied);
    return applied;
  }
}
