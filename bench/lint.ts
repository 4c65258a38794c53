/**
 * `npm run bench`: how fast Copydesk lints a generated archive of scraped
 * articles, in the core alone and through the CLI, against the issue's
 * target for the structural rules.
 *
 *   npm run bench                       # every section
 *   npm run bench -- --only core        # some sections, by id (comma-separated)
 *   npm run bench -- --only rules       # the cost of each rule (not run by default)
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

const { values } = parseArgs({ options: { only: { type: 'string' }, json: { type: 'string' } } });
const only = values.only?.split(',').map((id) => id.trim());
const unknown = only?.filter((id) => !SECTIONS.some((section) => section.id === id)) ?? [];
if (unknown.length > 0) {
  console.error(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.map((section) => section.id).join(', ')}`);
  process.exit(2);
}

const log = (line: string): void => console.error(`  … ${line.replace(/…$/, '')}`);
const corpus = ensureCorpus({ log });
const context: BenchContext = { corpus, corpusDir: CORPUS_DIR, repoDir: dirname(BENCH_DIR), log };
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${platform()} ${arch()}`;

console.log('Copydesk benchmark');
console.log(`Machine: ${machine}`);
console.log(`Corpus:  ${describeCorpus(corpus)} (bench/.corpus, generator v${CORPUS_VERSION})`);
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
    JSON.stringify({ machine, corpus: describeCorpus(corpus), generator: CORPUS_VERSION, results }, null, 2) + '\n',
  );
}
