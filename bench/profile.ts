/**
 * Where a CPU profile's time went, by source file and function: reads the
 * `.cpuprofile` files `node --cpu-prof` writes (one per thread), maps each
 * frame of the bundles in `dist/` back to `src/` through their source
 * maps, and prints the hot spots, self time (the function's own code) and
 * total time (with what it calls).
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof dist/cli.js lint bench/.corpus/archive --format json > /dev/null
 *   npx tsx bench/profile.ts /tmp/prof                 # every profile in the folder, added up
 *   npx tsx bench/profile.ts /tmp/prof --top 40 --by file
 *   npx tsx bench/profile.ts /tmp/prof --by function --under src/core/quotes
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  /** 0-based, in the generated file. */
  readonly lineNumber: number;
  readonly columnNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  /** Microseconds between one sample and the one before it. */
  readonly timeDeltas: readonly number[];
}

/** Where a frame's code was written: a source file (relative to the repository) and the function's name there. */
export interface Origin {
  readonly file: string;
  readonly name: string;
}

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const maps = new Map<string, SourceMap | undefined>();

function sourceMapOf(url: string): SourceMap | undefined {
  if (!maps.has(url)) {
    let map: SourceMap | undefined;
    try {
      const path = url.startsWith('file:') ? fileURLToPath(url) : url;
      map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
    } catch {
      map = undefined;
    }
    maps.set(url, map);
  }
  return maps.get(url);
}

/** V8's own work (the collector, the compiler, idle time) has no URL; it keeps its name in brackets. */
function originOf(frame: CallFrame): Origin {
  if (!frame.url) return { file: `(${frame.functionName || 'V8'})`, name: frame.functionName || '(anonymous)' };
  const map = sourceMapOf(frame.url);
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as
    { originalSource?: string; originalLine?: number; name?: string } | undefined;
  if (entry?.originalSource) {
    const bundleDir = dirname(frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url);
    const source = entry.originalSource.startsWith('file:')
      ? fileURLToPath(entry.originalSource)
      : resolve(bundleDir, entry.originalSource);
    return {
      file: relative(REPO, source),
      name: frame.functionName || entry.name || `(anonymous at line ${(entry.originalLine ?? 0) + 1})`,
    };
  }
  const path = frame.url.startsWith('file:') ? relative(REPO, fileURLToPath(frame.url)) : frame.url;
  return { file: path, name: frame.functionName || `(anonymous at line ${frame.lineNumber + 1})` };
}

/** Self and total microseconds by key, over every sample of every profile. */
export interface Tally {
  readonly self: Map<string, number>;
  readonly total: Map<string, number>;
  totalMicros: number;
}

/**
 * Adds one profile to the tally. A function's total time counts each
 * sample once, however deep its recursion, so no share goes over 100 %.
 */
export function tallyProfile(profile: Profile, keyOf: (origin: Origin) => string, tally: Tally): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keys = new Map<number, string>();
  const keyOfNode = (id: number): string => {
    let key = keys.get(id);
    if (key === undefined) keys.set(id, (key = keyOf(originOf(byId.get(id)!.callFrame))));
    return key;
  };
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    tally.totalMicros += micros;
    const self = keyOfNode(id);
    tally.self.set(self, (tally.self.get(self) ?? 0) + micros);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = keyOfNode(at);
      if (seen.has(key)) continue;
      seen.add(key);
      tally.total.set(key, (tally.total.get(key) ?? 0) + micros);
    }
  });
}

/** The `.cpuprofile` files named, or inside the folders named. */
function profilesIn(paths: readonly string[]): string[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => name.endsWith('.cpuprofile'))
          .map((name) => join(path, name))
      : [path],
  );
}

const KEYS: Readonly<Record<string, (origin: Origin) => string>> = {
  function: (origin) => `${origin.file}:${origin.name}`,
  file: (origin) => origin.file,
  /** `src/core/quotes`, `node_modules/chrono-node`. */
  folder: (origin) => {
    const parts = origin.file.split('/');
    return parts[0] === 'node_modules' ? parts.slice(0, parts[1]?.startsWith('@') ? 3 : 2).join('/') : parts.slice(0, 3).join('/');
  },
};

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '30' }, by: { type: 'string', default: 'function' }, under: { type: 'string' } },
  });
  const keyOf = KEYS[values.by];
  if (!keyOf || positionals.length === 0) {
    console.error('usage: npx tsx bench/profile.ts <profile or folder>… [--by function|file|folder] [--top N] [--under src/core]');
    process.exit(2);
  }
  const files = profilesIn(positionals);
  const tally: Tally = { self: new Map(), total: new Map(), totalMicros: 0 };
  for (const file of files) tallyProfile(JSON.parse(readFileSync(file, 'utf8')) as Profile, keyOf, tally);
  const idle = tally.self.get(keyOf({ file: '((idle))', name: '(idle)' })) ?? 0;
  const busy = tally.totalMicros - idle;
  const share = (micros: number): string => `${((micros / busy) * 100).toFixed(1).padStart(5)} %`;
  console.log(`${files.length} profile(s), ${(busy / 1e6).toFixed(2)} s of samples not idle (shares are of that)\n`);
  const top = Number(values.top);
  const rows = [...tally.self.entries()]
    .filter(([key]) => !values.under || key.startsWith(values.under))
    .filter(([key]) => !key.startsWith('((idle))'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  console.log(`  self     total    ${values.by}`);
  for (const [key, micros] of rows) console.log(`  ${share(micros)}  ${share(tally.total.get(key) ?? 0)}  ${key}`);
  const inclusive = [...tally.total.entries()]
    .filter(([key]) => !values.under || key.startsWith(values.under))
    .filter(([key]) => /^src\//.test(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  console.log(`\n  total    self     ${values.by} in src/, by total time`);
  for (const [key, micros] of inclusive) console.log(`  ${share(micros)}  ${share(tally.self.get(key) ?? 0)}  ${key}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
