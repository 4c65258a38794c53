// The corpus generator's promise: the same bytes on every machine and run,
// and a version bump whenever its output changes (so stale corpora are made
// again). It guards the benchmark, not the product, so `npm test` leaves it
// out; run it with
//   npx mocha --no-config --node-option import=tsx bench/corpus.test.ts
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { CORPUS_VERSION, generateFile, generateLatencyFixture } from './corpus';

/** sha256 of the first 50 files and both latency fixtures, by generator version. */
const FINGERPRINTS: Readonly<Record<number, string>> = {
  1: 'b2f71e5a8dadd6293f37959d97c1e84308ff9366508355c308063fc7410de3b0',
};

function fingerprint(): string {
  const hash = createHash('sha256');
  for (let index = 0; index < 50; index++) {
    const file = generateFile(index);
    hash.update(file.path).update('\0').update(file.text).update('\0');
  }
  hash.update(generateLatencyFixture(1000)).update(generateLatencyFixture(10000));
  return hash.digest('hex');
}

describe('benchmark corpus generator', () => {
  it('makes the same file for the same number, whatever was made before it', () => {
    const alone = generateFile(123);
    for (let index = 0; index < 5; index++) generateFile(index);
    assert.deepEqual(generateFile(123), alone);
  });

  it('makes different files for different numbers', () => {
    assert.notEqual(generateFile(1).text, generateFile(2).text);
  });

  it('has a new CORPUS_VERSION whenever its output changes', () => {
    const expected = FINGERPRINTS[CORPUS_VERSION];
    assert.ok(expected, `add the fingerprint of generator version ${CORPUS_VERSION}: ${fingerprint()}`);
    assert.equal(fingerprint(), expected, 'the generated corpus changed: bump CORPUS_VERSION and record the new fingerprint');
  });
});
