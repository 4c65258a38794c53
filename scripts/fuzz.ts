// Fuzzes the core with scraped-copy-shaped inputs (test/property/article-pieces.ts)
// against every property of test/property/properties.ts, and a time bound: no
// input of up to 20,000 characters takes over --budget-ms to lint. Each failing
// input is written to the reproducer folder with what failed. Cases come in
// chunks of a thousand, chunk k drawn from seed + k, so no run holds them all.
//
//   npm run fuzz -- --cases 100000 [--seed 42] [--out fuzz-failures] [--budget-ms 200]
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { articleFormat, scrapedFile } from '../test/property/article-pieces';
import type { ArticleFormat } from '../src/core/article/model';
import { caseOf, lintsWithin, PROPERTIES, type Case } from '../test/property/properties';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
    out: { type: 'string', default: 'fuzz-failures' },
    'budget-ms': { type: 'string', default: '200' },
  },
});
const cases = Number(values.cases);
const seed = Number(values.seed);
const budget = Number(values['budget-ms']);

/** Writes a reproducer: the input byte for byte, and beside it what it broke. */
function keep(input: Case, raw: string, problems: readonly string[]): string {
  const id = createHash('sha1').update(raw).update(input.format).digest('hex').slice(0, 12);
  const extension = input.format === 'markdown' ? 'news.md' : 'news.txt';
  writeFileSync(join(values.out, `${id}.${extension}`), raw);
  writeFileSync(join(values.out, `${id}.problems.txt`), `${problems.join('\n')}\n`);
  return id;
}

/** Runs every property on one input, and the time bound on its lint. */
function check(input: Case): string[] {
  const properties = { ...PROPERTIES, time: lintsWithin(budget) };
  return Object.entries(properties).flatMap(([name, property]) => property(input).map((problem) => `${name}: ${problem}`));
}

mkdirSync(values.out, { recursive: true });
const byProperty = new Map<string, number>();
let failing = 0;
const started = Date.now();
const CHUNK = 1000;

/** The cases of one chunk: generated a thousand at a time, so a long run never holds them all. */
function chunkOf(first: number): [string, ArticleFormat][] {
  const runs = Math.min(CHUNK, cases - first);
  return fc.sample(fc.tuple(scrapedFile, articleFormat), { numRuns: runs, seed: first === 0 ? seed : seed + first / CHUNK });
}

for (let first = 0; first < cases; first += CHUNK) {
  chunkOf(first).forEach(([raw, format], offset) => {
    const index = first + offset;
    const input = caseOf(raw, format);
    const problems = check(input);
    if (problems.length > 0) {
      failing++;
      for (const problem of problems) byProperty.set(problem.split(':')[0]!, (byProperty.get(problem.split(':')[0]!) ?? 0) + 1);
      if (failing <= 200) keep(input, raw, problems);
    }
    // On a terminal a running count; in a log a line every thousand cases, so a run cut short still says how far it got.
    if (process.stderr.isTTY && index % 100 === 0) process.stderr.write(`\rfuzz: ${index}/${cases} cases, ${failing} failing`);
    else if (!process.stderr.isTTY && (index + 1) % CHUNK === 0)
      process.stderr.write(`fuzz: ${index + 1}/${cases} cases, ${failing} failing\n`);
  });
}
if (process.stderr.isTTY) process.stderr.write('\n');
console.log(`fuzz: ${cases} cases (seed ${seed}) in ${Math.round((Date.now() - started) / 1000)} s: ${failing} failing`);
for (const [property, count] of byProperty) console.log(`  ${property}: ${count}`);
if (failing > 0) console.log(`reproducers (up to 200) in ${values.out}/`);
process.exitCode = failing > 0 ? 1 : 0;
