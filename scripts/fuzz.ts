// Fuzzes the core with scraped-copy-shaped inputs (test/property/article-pieces.ts)
// against every property of test/property/properties.ts, and a time bound: no
// input of up to 20,000 characters takes over --budget-ms to lint. Each failing
// input is written to the reproducer folder with what failed. A long run can be
// cut into chunks of seeds (each chunk's cases are those of its seed).
//
//   npm run fuzz -- --cases 100000 [--seed 42] [--out fuzz-failures] [--budget-ms 200]
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { articleFormat, scrapedFile } from '../test/property/article-pieces';
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
const samples = fc.sample(fc.tuple(scrapedFile, articleFormat), { numRuns: cases, seed });
const byProperty = new Map<string, number>();
let failing = 0;
const started = Date.now();
samples.forEach(([raw, format], index) => {
  const input = caseOf(raw, format);
  const problems = check(input);
  if (problems.length > 0) {
    failing++;
    for (const problem of problems) byProperty.set(problem.split(':')[0]!, (byProperty.get(problem.split(':')[0]!) ?? 0) + 1);
    if (failing <= 200) keep(input, raw, problems);
  }
  if (process.stderr.isTTY && index % 100 === 0) process.stderr.write(`\rfuzz: ${index}/${cases} cases, ${failing} failing`);
});
if (process.stderr.isTTY) process.stderr.write('\n');
console.log(`fuzz: ${cases} cases (seed ${seed}) in ${Math.round((Date.now() - started) / 1000)} s: ${failing} failing`);
for (const [property, count] of byProperty) console.log(`  ${property}: ${count}`);
if (failing > 0) console.log(`reproducers (up to 200) in ${values.out}/`);
process.exitCode = failing > 0 ? 1 : 0;
