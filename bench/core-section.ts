import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_PASSES, lintEach, loadCore, loadCorpus, timePasses, totalBytes } from './in-memory';
import { measured, type Measurement, type Section } from './section';
import { MB, median, percentile, timeRuns } from './stats';
import { typingArticle } from './corpus';
import { onlyStructuralRules, STRUCTURAL_RULE_IDS, STRUCTURAL_RULES_SPEED } from './targets';

/**
 * (a) The core alone: one thread, files already in memory, parse and the
 * structural rules with default settings. No I/O, no reporting, no
 * workers: the figure says what the rules themselves cost.
 */
export const coreSection: Section = {
  id: 'core',
  title: `(a) Core only: one thread, in memory, parse + the ${STRUCTURAL_RULE_IDS.length} structural rules`,
  async run(context) {
    const core = await loadCore(context);
    const files = loadCorpus(context, core);
    const structural = core.resolveRules({ rules: onlyStructuralRules(core.RULES.map((rule) => rule.id)) });
    const allDefault = core.resolveRules();
    context.log('core: linting the corpus in memory…');
    const lint = timePasses(lintEach(core, files, structural));
    const parse = timePasses(() => {
      for (const file of files) core.parseArticleFile(file.text, { format: file.format });
    });
    const bytes = totalBytes(files);
    const rows: Measurement[] = [
      measured('throughput, parse + rules', bytes / MB / lint.wall, 'MB/s', 1, {
        target: STRUCTURAL_RULES_SPEED,
        note: `by CPU time: ${(bytes / MB / lint.cpu).toFixed(1)} MB/s`,
      }),
      measured('files per second', files.length / lint.wall, 'files/s', 0),
      measured('one pass over the corpus', lint.wall, 's', 2, { note: `median of ${CORPUS_PASSES} passes after a warm-up pass` }),
      measured('of which parsing alone', parse.wall, 's', 2, { note: `${((parse.wall / lint.wall) * 100).toFixed(0)} % of the pass` }),
    ];
    for (const format of ['plain', 'markdown'] as const) {
      const subset = files.filter((file) => file.format === format);
      const pass = timePasses(lintEach(core, subset, structural));
      const label = format === 'plain' ? 'plain-text files' : 'Markdown files (remark)';
      const share = `${subset.length} files, ${((totalBytes(subset) / bytes) * 100).toFixed(0)} % of the bytes`;
      rows.push(measured(`  ${label}`, totalBytes(subset) / MB / pass.wall, 'MB/s', 1, { note: share }));
    }
    if (allDefault.length > structural.length) {
      // Later rules may be far slower; a sample keeps this comparison from dominating the run.
      const sample = files.filter((_, index) => index % 10 === 0);
      context.log(`core: all ${allDefault.length} default rules, on every tenth file…`);
      const all = timeRuns(lintEach(core, sample, allDefault), 1, 1)[0]! / 1000;
      rows.push(
        measured(`throughput, all ${allDefault.length} default rules`, totalBytes(sample) / MB / all, 'MB/s', 1, {
          note: 'every tenth file, one pass; for comparison, not held to the target',
        }),
      );
    }
    for (const [words, warmUp, runs] of [
      [1000, 50, 300],
      [10000, 10, 60],
    ] as const) {
      const fixture = typingArticle(context.corpus, words);
      const text = readFileSync(join(context.corpusDir, fixture.path), 'utf8');
      context.log(`core: timing the ${fixture.words}-word article…`);
      const samples = timeRuns(() => core.lintText(text, 'plain', structural), warmUp, runs);
      const label = `${Number(words).toLocaleString('en-GB')}-word article`;
      rows.push(
        measured(`${label}, median`, median(samples), 'ms', 2, { note: `${runs} runs after ${warmUp} warm-up; ${fixture.words} words` }),
      );
      rows.push(measured(`${label}, p95`, percentile(samples, 95), 'ms', 2));
    }
    return rows;
  },
};
