import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBundled } from '../bundle';
import type * as Core from '../core-entry';
import { measured, type BenchContext, type Measurement, type Section } from '../section';
import { MB, median, percentile, timeRuns } from '../stats';
import { onlyStructuralRules, STRUCTURAL_RULE_IDS, STRUCTURAL_RULES_SPEED } from '../targets';

type CoreModule = typeof Core;
type ArticleFormat = ReturnType<CoreModule['formatForPath']>;

interface LoadedFile {
  readonly text: string;
  readonly format: ArticleFormat;
}

/** Passes over the whole corpus; the median pass is reported, after one untimed pass for the JIT. */
const CORPUS_PASSES = 3;

/** The corpus in memory, decoded, without byte order marks: what the core is handed. */
function loadCorpus(context: BenchContext, core: CoreModule): LoadedFile[] {
  return context.corpus.files.map((path) => ({
    text: readFileSync(join(context.corpusDir, path), 'utf8').replace(/^\uFEFF/, ''),
    format: core.formatForPath(path),
  }));
}

/** Median seconds of one pass over the corpus, with the CPU time it took, which other load on the machine disturbs less. */
function timePasses(pass: () => void): { wall: number; cpu: number } {
  const cpuBefore = process.cpuUsage();
  const samples = timeRuns(pass, 1, CORPUS_PASSES);
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: median(samples) / 1000, cpu: (cpu.user + cpu.system) / 1e6 / (CORPUS_PASSES + 1) };
}

/**
 * (a) The core alone: one thread, files already in memory, parse and the
 * structural rules with default settings. No I/O, no reporting, no
 * workers: the figure says what the rules themselves cost.
 */
export const coreSection: Section = {
  id: 'core',
  title: `(a) Core only: one thread, in memory, parse + the ${STRUCTURAL_RULE_IDS.length} structural rules`,
  async run(context) {
    const core = await importBundled<CoreModule>(join(context.repoDir, 'bench', 'core-entry.ts'));
    const files = loadCorpus(context, core);
    const structural = core.resolveRules({ rules: onlyStructuralRules(core.RULES.map((rule) => rule.id)) });
    const allDefault = core.resolveRules();
    const lintAll = (rules: typeof structural) => (): void => {
      for (const file of files) core.lintText(file.text, file.format, rules);
    };
    context.log('core: linting the corpus in memory…');
    const lint = timePasses(lintAll(structural));
    const parse = timePasses(() => {
      for (const file of files) core.parseArticleFile(file.text, { format: file.format });
    });
    const { bytes } = context.corpus;
    const rows: Measurement[] = [
      measured('throughput, parse + rules', bytes / MB / lint.wall, 'MB/s', 1, {
        target: STRUCTURAL_RULES_SPEED,
        note: `by CPU time: ${(bytes / MB / lint.cpu).toFixed(1)} MB/s`,
      }),
      measured('files per second', files.length / lint.wall, 'files/s', 0),
      measured('one pass over the corpus', lint.wall, 's', 2, { note: `median of ${CORPUS_PASSES} passes after a warm-up pass` }),
      measured('of which parsing alone', parse.wall, 's', 2, { note: `${((parse.wall / lint.wall) * 100).toFixed(0)} % of the pass` }),
    ];
    if (allDefault.length > structural.length) {
      const all = timePasses(lintAll(allDefault));
      rows.push(measured(`throughput, all ${allDefault.length} default rules`, bytes / MB / all.wall, 'MB/s', 1, { note: 'for comparison; not held to the target' }));
    }
    for (const [words, warmUp, runs] of [['1000', 50, 300], ['10000', 10, 60]] as const) {
      const fixture = context.corpus.latency[words];
      const text = readFileSync(join(context.corpusDir, fixture.path), 'utf8');
      context.log(`core: timing the ${fixture.words}-word article…`);
      const samples = timeRuns(() => core.lintText(text, 'plain', structural), warmUp, runs);
      const label = `${Number(words).toLocaleString('en-GB')}-word article`;
      rows.push(measured(`${label}, median`, median(samples), 'ms', 2, { note: `${runs} runs after ${warmUp} warm-up; ${fixture.words} words` }));
      rows.push(measured(`${label}, p95`, percentile(samples, 95), 'ms', 2));
    }
    return rows;
  },
};
