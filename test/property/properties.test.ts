// The properties of test/property/properties.ts on seeded fast-check inputs:
// the same cases every run, so a failure here is a failure anywhere. `npm run
// fuzz` runs many more, with the time bound, outside the test suite.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { articleFormat, scrapedFile } from './article-pieces';
import { caseOf, PROPERTIES, type Case } from './properties';

/** Enough cases for about a minute on a CI machine; `COPYDESK_PROPERTY_CASES` asks for more. */
const CASES = Number(process.env.COPYDESK_PROPERTY_CASES ?? 60);
const SEED = 16;

describe('properties of any scraped file (fast-check, seeded)', function () {
  this.timeout(0);
  const cases: Case[] = fc
    .sample(fc.tuple(scrapedFile, articleFormat), { numRuns: CASES, seed: SEED })
    .map(([raw, format]) => caseOf(raw, format));

  for (const [name, property] of Object.entries(PROPERTIES)) {
    it(name, () => {
      const failures = cases.flatMap((input, index) =>
        property(input).map(
          (problem) => `case ${index} (${input.format}): ${problem}\n  input: ${JSON.stringify(input.text).slice(0, 600)}`,
        ),
      );
      assert.deepEqual(
        failures,
        [],
        `${failures.length} failing; npm run fuzz -- --cases ${CASES} --seed ${SEED} writes each as a reproducer`,
      );
    });
  }
});
