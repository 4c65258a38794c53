/**
 * `npm run bench`: how fast Copydesk lints, annotates and answers an
 * editor on real news laid out as scraped files, side by side with
 * markdownlint-cli2, against the targets of issues 2 and 15.
 *
 *   npm run bench                       # every section
 *   npm run bench -- --quick            # smaller inputs, one round: for development
 *   npm run bench -- --only versus,lsp  # some sections, by id (comma-separated)
 *   npm run bench -- --only rules       # the cost of each rule (not run by default)
 *   npm run bench -- --timeout 300      # seconds before a case is stopped (default 120; 30 with --quick)
 *   npm run bench -- --rounds 5         # interleaved rounds of side-by-side runs (default 3; 1 with --quick)
 *   npm run bench -- --json out.json    # also write the figures as JSON
 */
import { writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DIR, CORPUS_DIR, CORPUS_VERSION, describeCorpus, ensureCorpus } from './corpus';
import { formatTable, formatVerdicts } from './report';
import type { BenchContext, Measurement } from './section';
import { SECTIONS } from './sections';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    json: { type: 'string' },
    quick: { type: 'boolean', default: false },
    timeout: { type: 'string' },
    rounds: { type: 'string' },
  },
});
const only = values.only?.split(',').map((id) => id.trim());
const unknown = only?.filter((id) => !SECTIONS.some((section) => section.id === id)) ?? [];
if (unknown.length > 0) {
  console.error(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.map((section) => section.id).join(', ')}`);
  process.exit(2);
}

const log = (line: string): void => console.error(`  … ${line.replace(/…$/, '')}`);
const corpus = ensureCorpus({ log });
const quick = values.quick ?? false;
const context: BenchContext = {
  corpus,
  corpusDir: CORPUS_DIR,
  repoDir: dirname(BENCH_DIR),
  quick,
  rounds: Number(values.rounds ?? (quick ? 1 : 3)),
  timeoutMs: Number(values.timeout ?? (quick ? 30 : 120)) * 1000,
  log,
};
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${platform()} ${arch()}`;

console.log('Copydesk benchmark');
console.log(`Machine: ${machine}`);
console.log(`Corpus:  ${describeCorpus(corpus)} (bench/.corpus, version ${CORPUS_VERSION}): real Wikinews articles (GUM, MEANTIME)`);
console.log(
  `Runs:    ${quick ? 'QUICK (smaller inputs; not figures to report), ' : ''}${context.rounds} interleaved round(s), cases stopped after ${context.timeoutMs / 1000} s`,
);
console.log('MB = 10^6 bytes of UTF-8 file content; MiB = 2^20 bytes.');
console.log(loadNote('before'));
console.log('');

/** Other work on the machine slows every figure down; say how busy it was, so a low figure can be read for what it is. */
function loadNote(when: string): string {
  const load = loadavg()[0]!;
  const busy = load > cpus().length / 2;
  return `Load average ${when}: ${load.toFixed(2)} on ${cpus().length} cores${busy ? ' (busy: other processes compete for the cores; figures will be low)' : ''}`;
}

const results: Array<{ id: string; title: string; measurements: readonly Measurement[] }> = [];
for (const section of SECTIONS) {
  if (only ? !only.includes(section.id) : section.optional) continue;
  let measurements: readonly Measurement[];
  try {
    measurements = await section.run(context);
  } catch (error) {
    measurements = [{ label: 'failed', shown: 'error', note: error instanceof Error ? error.message : String(error) }];
  }
  results.push({ id: section.id, title: section.title, measurements });
  console.log(formatTable(section.title, measurements) + '\n');
}

const verdicts = formatVerdicts(results);
console.log(loadNote('after'));
if (verdicts.length > 0) console.log(['Targets:', ...verdicts.map((line) => `  ${line}`)].join('\n'));

if (values.json) {
  writeFileSync(
    values.json,
    JSON.stringify({ machine, corpus: describeCorpus(corpus), version: CORPUS_VERSION, quick, results }, null, 2) + '\n',
  );
}
