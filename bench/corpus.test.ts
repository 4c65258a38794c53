// The corpus's promise: the same bytes on every machine and run, from the
// same real articles, and a version bump whenever its output changes (so
// stale corpora are made again). It guards the benchmark, not the product,
// so `npm test` leaves it out; run it with
//   npx mocha --no-config --node-option import=tsx bench/corpus.test.ts
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { archiveFile, CORPUS_VERSION, DATA_DIR } from './corpus';
import { detokenize } from './corpus/detokenize';
import { readSources } from './corpus/sources';

/** sha256 of the first 50 archive files, by corpus version. */
const FINGERPRINTS: Readonly<Record<number, string>> = {
  2: 'c24de5b54c4b5fc96cedf58dc9cb91e42277ca7ba8142b81029d2697befd190d',
};

const sources = readSources(DATA_DIR);

function fingerprint(): string {
  const hash = createHash('sha256');
  for (let index = 0; index < 50; index++) {
    const file = archiveFile(sources, index);
    hash.update(file.path).update('\0').update(file.text).update('\0');
  }
  return hash.digest('hex');
}

describe('benchmark corpus', () => {
  it('reads the Wikinews stories of GUM and MEANTIME, each with a headline, a date and paragraphs', () => {
    assert.ok(sources.filter((story) => story.id.startsWith('gum/')).length >= 35);
    assert.equal(sources.filter((story) => story.id.startsWith('meantime/')).length, 120);
    for (const story of sources) {
      assert.ok(story.headline.length > 0 && story.blocks.some((block) => block.kind === 'paragraph'), story.id);
      assert.ok(story.date.year >= 2004 && story.date.month >= 1 && story.date.month <= 12, story.id);
    }
  });

  it('joins GUM tokens back into the text Wikinews printed', () => {
    const tokens = ['Biologist', 'Nick', 'Bos', 'tells', 'about', "'", 'self', '-', 'medicating', "'", 'ants', 'at', 'Mecca', "'s"];
    assert.equal(detokenize(tokens), "Biologist Nick Bos tells about 'self-medicating' ants at Mecca's");
    assert.equal(
      detokenize(['He', 'said', '"', 'no', ',', 'it', 'is', "n't", '"', '(', 'twice', ')', '.']),
      'He said "no, it isn\'t" (twice).',
    );
  });

  it('makes the same file for the same number, whatever was made before it', () => {
    const alone = archiveFile(sources, 123);
    for (let index = 0; index < 5; index++) archiveFile(sources, index);
    assert.deepEqual(archiveFile(sources, 123), alone);
  });

  it('makes different files for different numbers', () => {
    assert.notEqual(archiveFile(sources, 1).text, archiveFile(sources, 2).text);
  });

  it('has a new CORPUS_VERSION whenever its output changes', () => {
    const expected = FINGERPRINTS[CORPUS_VERSION];
    assert.ok(expected, `add the fingerprint of corpus version ${CORPUS_VERSION}: ${fingerprint()}`);
    assert.equal(fingerprint(), expected, 'the corpus changed: bump CORPUS_VERSION and record the new fingerprint');
  });
});
