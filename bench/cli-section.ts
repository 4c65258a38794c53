import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ensureBuilt, finished, runNode } from './child';
import { STRUCTURAL_CONFIG, writeStructuralConfig } from './corpus';
import { lintEach, loadCore, loadCorpus, totalBytes } from './in-memory';
import { measured, type BenchContext, type Measurement, type Section } from './section';
import { interleaved, memoryRow, timingRow, type Case } from './side-by-side';
import { MB } from './stats';
import { STRUCTURAL_RULES_SPEED } from './targets';
import { archiveSelection } from './versus-section';

/** `lint <archive> --format json --verbose`, with `extra` options. */
function lintArgs(context: BenchContext, extra: readonly string[]): string[] {
  const { folders } = archiveSelection(context);
  return ['dist/cli.js', 'lint', ...folders.map((folder) => relative(context.repoDir, folder)), '--format', 'json', '--verbose', ...extra];
}

function structural(context: BenchContext): string[] {
  writeStructuralConfig();
  return ['-c', relative(context.repoDir, STRUCTURAL_CONFIG)];
}

/** The `--verbose` line (`linted N files (M from the cache) on K worker threads`). */
function verboseNote(stderr: string): string | undefined {
  return /linted .*$/m.exec(stderr)?.[0];
}

/**
 * (b) The CLI end to end on the structural rules, as issue 2 set the
 * target: file discovery, configuration, reading, worker threads, linting
 * and the JSON report, with and without the worker threads.
 */
export const cliSection: Section = {
  id: 'cli',
  title: '(b) End to end, structural rules: node dist/cli.js lint bench/.corpus/archive -c structural --format json > /dev/null',
  async run(context) {
    ensureBuilt(context, 'cli.js');
    const { bytes } = archiveSelection(context);
    const [pooled, single] = await interleaved(context, [
      { label: 'cli: structural rules', args: lintArgs(context, structural(context)), bytes },
      { label: 'cli: structural rules, --threads 0', args: lintArgs(context, [...structural(context), '--threads', '0']), bytes },
    ]);
    const note = verboseNote(pooled!.runs.at(-1)?.stderr ?? '');
    return [
      timingRow('wall time', pooled!, bytes, note ? { note } : {}),
      ...(pooled!.failure ? [] : [measured('throughput', bytes / MB / pooled!.wallSeconds, 'MB/s', 1, { target: STRUCTURAL_RULES_SPEED })]),
      timingRow('one thread (--threads 0): wall time', single!, bytes),
      memoryRow('peak memory', pooled!),
    ];
  },
};

/**
 * (loss) Where the CLI loses to the core: the same archive with the
 * default rules linted in memory by the bundled core in this process (one
 * thread, files already read), then by `copydesk lint` end to end, with
 * its worker threads and in one thread. The difference is process start,
 * bundle and model loading, discovery, configuration, reading, workers
 * and the report.
 */
export const lossSection: Section = {
  id: 'loss',
  title: '(loss) The core in memory against the CLI end to end, default rules',
  async run(context) {
    ensureBuilt(context, 'cli.js');
    const { files: paths } = archiveSelection(context);
    const core = await loadCore(context);
    const files = loadCorpus(context, core, paths);
    const rules = core.resolveRules();
    context.log('loss: the core in memory, a warm-up pass over a tenth of the files…');
    lintEach(
      core,
      files.filter((_, index) => index % 10 === 0),
      rules,
    )();
    context.log('loss: the core in memory, one pass…');
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    lintEach(core, files, rules)();
    const inMemory = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const bytes = totalBytes(files);
    const cases: Case[] = [
      { label: 'loss: copydesk lint', args: lintArgs(context, []), bytes },
      { label: 'loss: copydesk lint --threads 0', args: lintArgs(context, ['--threads', '0']), bytes },
    ];
    const [pooled, single] = await interleaved(context, cases);
    const rows: Measurement[] = [
      measured('the core in memory, one thread', inMemory, 's', 2, {
        note: `one pass after a warm-up: ${(bytes / MB / inMemory).toFixed(2)} MB/s; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`,
      }),
      timingRow('copydesk lint, worker threads as it chooses', pooled!, bytes, {
        note: verboseNote(pooled!.runs.at(-1)?.stderr ?? '') ?? '',
      }),
      timingRow('copydesk lint --threads 0', single!, bytes),
    ];
    for (const [label, timing] of [
      ['copydesk lint', pooled!],
      ['copydesk lint --threads 0', single!],
    ] as const) {
      if (!timing.failure)
        rows.push(measured(`${label} over the core in memory`, timing.wallSeconds / inMemory, '×', 2, { note: 'wall time' }));
    }
    rows.push(memoryRow('peak memory, copydesk lint', pooled!), memoryRow('peak memory, copydesk lint --threads 0', single!));
    return rows;
  },
};

/** (c) The same with `--cache`: one run to fill the cache, then timed runs on the unchanged archive. */
export const cacheSection: Section = {
  id: 'cache',
  title: '(c) End to end with --cache, structural rules, second run on an unchanged archive',
  async run(context) {
    ensureBuilt(context, 'cli.js');
    const cacheLocation = join(tmpdir(), `copydesk-bench-cache-${process.pid}`);
    rmSync(cacheLocation, { force: true, recursive: true });
    const { bytes } = archiveSelection(context);
    const args = lintArgs(context, [...structural(context), '--cache', '--cache-location', cacheLocation]);
    try {
      context.log('cache: filling the cache…');
      const fill = await runNode(args, { cwd: context.repoDir, timeoutMs: context.timeoutMs });
      if (!finished(fill)) return [{ label: 'first run (fills the cache)', shown: 'failed', note: fill.stderr.split('\n')[0] }];
      const [cached] = await interleaved(context, [{ label: 'cache: re-linting the unchanged archive', args, bytes }]);
      return [
        measured('first run (fills the cache)', fill.wallMs / 1000, 's', 2),
        timingRow('cached', cached!, bytes, { note: verboseNote(cached!.runs.at(-1)?.stderr ?? '') ?? '' }),
      ];
    } finally {
      rmSync(cacheLocation, { force: true, recursive: true });
    }
  },
};
