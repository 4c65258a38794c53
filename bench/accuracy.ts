/**
 * Entity accuracy and speed, measured on MEANTIME (see bench/accuracy/score.ts
 * for the three ways of matching). Reports the test split; the dev split is
 * printed too, labelled as what it is: the split the tagger was trained and
 * tuned on. Writes the tables into docs/accuracy.md between its markers.
 *
 *   npm run bench:accuracy
 *   npm run bench:accuracy -- --held-out   # also the 2026 held-out quote set: the lead's, once
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { KINDS, emptyTallies, f1, precision, recall, scoreArticle, type MatchMode, type Tally, type Tallies } from './accuracy/score';
import { readArticle, splitIds, type MeantimeArticle } from '../scripts/data/meantime';
import { dateTable, scoreDates } from './accuracy/dates';
import { pipelineSpeed } from './accuracy/pipeline';
import { quoteTable, scoreQuotes } from './accuracy/quotes';

const root = join(import.meta.dirname, '..');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const pct = (x: number): string => (100 * x).toFixed(1);

/**
 * Cold load, in two parts: importing the modules (under tsx this includes
 * compiling them, which a bundle does not pay) and parsing the weights into
 * the model on first use, which every front end pays once.
 */
async function loadModel(): Promise<{
  tagEntities: typeof import('../src/core/entities/index').tagEntities;
  importMs: number;
  parseMs: number;
  heapMb: number;
}> {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const api = await import('../src/core/entities/index');
  const imported = performance.now();
  api.entityModel();
  const parsed = performance.now();
  gc();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  return { tagEntities: api.tagEntities, importMs: imported - started, parseMs: parsed - imported, heapMb };
}

function scoreSplit(
  articles: readonly MeantimeArticle[],
  tag: (text: string) => ReturnType<typeof import('../src/core/entities/index').tagEntities>,
): Map<string, Tallies> {
  const results = new Map<string, Tallies>();
  const modes: MatchMode[] = ['overlap', 'name', 'exact'];
  for (const mode of modes) for (const typed of [true, false]) results.set(`${mode} ${typed ? 'typed' : 'untyped'}`, emptyTallies());
  for (const article of articles) {
    const mentions = tag(article.text);
    for (const mode of modes)
      for (const typed of [true, false])
        scoreArticle(results.get(`${mode} ${typed ? 'typed' : 'untyped'}`)!, article, mentions, mode, typed);
  }
  return results;
}

function row(label: string, t: Tally): string {
  return `| ${label} | ${pct(precision(t))} | ${pct(recall(t))} | **${pct(f1(t))}** | ${t.predicted} | ${t.gold} |`;
}

function table(title: string, results: Map<string, Tallies>): string {
  const lines = [`#### ${title}`, '', '| match | P | R | F1 | predicted | gold |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
  for (const [name, tallies] of results) lines.push(row(name, tallies.all));
  for (const mode of ['overlap typed', 'name typed']) {
    lines.push('', `Per type, ${mode}:`, '', '| type | P | R | F1 | predicted | gold |', '| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const kind of KINDS) lines.push(row(kind, results.get(mode)![kind]));
  }
  return lines.join('\n');
}

/** Consecutive 1,000-word stretches of the corpus (cut at a word boundary), the size of a long news article. */
function thousandWordArticles(texts: readonly string[]): string[] {
  const words = texts.join('\n\n').split(/(?<=\s)(?=\S)/u);
  const chunks: string[] = [];
  for (let i = 0; i + 1000 <= words.length; i += 1000) chunks.push(words.slice(i, i + 1000).join(''));
  return chunks;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Milliseconds one call of `run` takes. */
function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/**
 * Speed on a shared machine: each 1,000-word article is tagged five times
 * and its fastest time kept, and the corpus is tagged in ten rounds whose
 * median and fastest are reported, so that other work on the machine shows
 * as spread rather than as a slower tagger. CPU time is given as well.
 */
function speed(tag: (text: string) => unknown, texts: readonly string[]): string[] {
  const chunks = thousandWordArticles(texts);
  for (const chunk of chunks.slice(0, 20)) tag(chunk);
  const times = chunks.map((chunk) => Math.min(...Array.from({ length: 5 }, () => timed(() => tag(chunk)))));
  times.sort((a, b) => a - b);
  const bytes = Buffer.byteLength(texts.join(''));
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakHeap = heapBefore;
  const cpuBefore = process.cpuUsage();
  const rounds = Array.from({ length: 10 }, () => {
    const ms = timed(() => texts.forEach((text) => tag(text)));
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    return ms;
  }).sort((a, b) => a - b);
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rate = (ms: number): string => `${(bytes / (ms / 1000) / 1e6).toFixed(2)} MB/s`;
  return [
    `| throughput, one thread (${texts.length} articles, ${(bytes / 1024).toFixed(0)} KiB a round): median of 10 rounds | ${rate(percentile(rounds, 0.5))} |`,
    `| throughput, fastest round | ${rate(rounds[0]!)} |`,
    `| throughput by CPU time over the 10 rounds (includes GC threads) | ${((bytes * rounds.length) / cpuSeconds / 1e6).toFixed(2)} MB/s |`,
    `| 1,000-word article after warm-up (fastest of 5 runs each), median over ${chunks.length} articles | ${percentile(times, 0.5).toFixed(2)} ms |`,
    `| 1,000-word article after warm-up (fastest of 5 runs each), p95 | ${percentile(times, 0.95).toFixed(2)} ms |`,
    `| heap growth while tagging (peak over start, sampled per round) | ${((peakHeap - heapBefore) / 1024 / 1024).toFixed(1)} MB |`,
  ];
}

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0]!;
  const { tagEntities, importMs, parseMs, heapMb } = await loadModel();
  const test = splitIds('test').map(readArticle);
  const dev = splitIds('dev').map(readArticle);
  const testResults = scoreSplit(test, (text) => tagEntities(text));
  const devResults = scoreSplit(dev, (text) => tagEntities(text));
  const weightsBytes = statSync(join(root, 'src', 'core', 'entities', 'weights.ts')).size;
  const speedRows = speed(
    (text) => tagEntities(text),
    [...test, ...dev].map((a) => a.text),
  );
  // The 2026 held-out quote set is scored once, at the end, by the lead: `npm run bench:accuracy -- --held-out`.
  const quotes = scoreQuotes(root, join(root, '..', 'shared', 'samples', 'scraped-two-articles.txt'), {
    heldOut: process.argv.includes('--held-out'),
  });
  const pipelineRows = pipelineSpeed([...test, ...dev].map((a) => a.text));
  const command = 'npm run bench:accuracy';
  const date = new Date().toISOString().slice(0, 10);
  const report = [
    `Made by \`${command}\` on ${date} (Node ${process.version}, ${cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start: timings are from a shared machine).`,
    '',
    table('MEANTIME test (60 articles, never trained or tuned on)', testResults),
    '',
    table('MEANTIME dev (the training and tuning split: not a fair measure)', devResults),
    '',
    '#### Speed and size',
    '',
    '| measure | value |',
    '| --- | ---: |',
    `| model load: parse the weights and build the tables (first call) | ${parseMs.toFixed(0)} ms |`,
    `| model load: import the modules under tsx (compiles TypeScript; a bundle skips this) | ${importMs.toFixed(0)} ms |`,
    `| heap held by the loaded model | ${heapMb.toFixed(1)} MB |`,
    `| weights module (\`src/core/entities/weights.ts\`) | ${(weightsBytes / 1024).toFixed(0)} KiB |`,
    ...speedRows,
    '',
    '### Dates',
    '',
    dateTable('MEANTIME test (60 articles, never tuned on)', scoreDates(test)),
    '',
    dateTable('MEANTIME dev (the tuning split: not a fair measure)', scoreDates(dev)),
    '',
    '### Quotes',
    '',
    ...quotes.flatMap((set) => [quoteTable(set), '']),
    '### The whole annotation pipeline',
    '',
    '| measure | value |',
    '| --- | ---: |',
    ...pipelineRows,
  ].join('\n');
  console.log(report);
  const docPath = join(root, 'docs', 'accuracy.md');
  const doc = readFileSync(docPath, 'utf8');
  const start = '<!-- bench:accuracy:start -->';
  const end = '<!-- bench:accuracy:end -->';
  if (!doc.includes(start) || !doc.includes(end)) throw new Error(`${docPath} has no ${start} … ${end} markers`);
  writeFileSync(docPath, `${doc.slice(0, doc.indexOf(start) + start.length)}\n${report}\n${doc.slice(doc.indexOf(end))}`);
  console.error(`wrote ${docPath}`);
}

await main();
