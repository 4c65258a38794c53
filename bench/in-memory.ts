import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBundled } from './bundle';
import type * as Core from './core-entry';
import type { BenchContext } from './section';
import { median, timeRuns } from './stats';

/** The core as shipped: `bench/core-entry.ts` bundled by esbuild. */
export type CoreModule = typeof Core;
export type ResolvedRules = ReturnType<CoreModule['resolveRules']>;

export interface LoadedFile {
  readonly text: string;
  readonly format: ReturnType<CoreModule['formatForPath']>;
  readonly bytes: number;
}

export function loadCore(context: BenchContext): Promise<CoreModule> {
  return importBundled<CoreModule>(join(context.repoDir, 'bench', 'core-entry.ts'));
}

/** The corpus in memory, decoded, without byte order marks: what the core is handed. */
export function loadCorpus(context: BenchContext, core: CoreModule, paths: readonly string[] = context.corpus.archive.files): LoadedFile[] {
  return paths.map((path) => {
    const raw = readFileSync(join(context.corpusDir, path));
    return { text: raw.toString('utf8').replace(/^\uFEFF/, ''), format: core.formatForPath(path), bytes: raw.length };
  });
}

export function lintEach(core: CoreModule, files: readonly LoadedFile[], rules: ResolvedRules): () => void {
  return () => {
    for (const file of files) core.lintText(file.text, file.format, rules);
  };
}

/** Passes over the corpus; the median pass is reported, after one untimed pass for the JIT. */
export const CORPUS_PASSES = 3;

/** Median seconds of one pass, with the mean CPU seconds of a pass, which other load on the machine disturbs less. */
export function timePasses(pass: () => void): { wall: number; cpu: number } {
  const cpuBefore = process.cpuUsage();
  const samples = timeRuns(pass, 1, CORPUS_PASSES);
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: median(samples) / 1000, cpu: (cpu.user + cpu.system) / 1e6 / (CORPUS_PASSES + 1) };
}

export function totalBytes(files: readonly LoadedFile[]): number {
  return files.reduce((sum, file) => sum + file.bytes, 0);
}
