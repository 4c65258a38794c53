import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lintText } from '../../src/core/lint';
import { resolveRules } from '../../src/core/config/config';
import { ParagraphCache } from '../../src/core/text/paragraph-cache';

/** Counts the paragraphs actually read, so a test can tell a re-read from a recall. */
class CountingCache extends ParagraphCache {
  reads = 0;

  override recall<T>(key: string, read: () => T): T {
    return super.recall(key, () => {
      this.reads++;
      return read();
    });
  }
}

const RULE_SET = resolveRules({});
const STORY = readFileSync('test/fixtures/quotes/harbour-strike.news.txt', 'utf8');

/** Everything a front end shows of an article: entities, dates and quotes with their offsets. */
function annotationsOf(text: string, paragraphs?: ParagraphCache) {
  const result = lintText(text, 'plain', RULE_SET, paragraphs ? { paragraphs } : {});
  return {
    findings: result.findings.map((finding) => `${finding.ruleId}@${finding.start}-${finding.end}`),
    annotations: result.file.articles.map((article) => result.annotations(article)),
  };
}

describe('reading an edited document again', () => {
  it('recalls what was read before and gives the same annotations as a fresh reading', () => {
    const cache = new CountingCache();
    cache.nextReading();
    assert.deepEqual(annotationsOf(STORY, cache), annotationsOf(STORY));
    const firstReads = cache.reads;
    assert.ok(firstReads > 3, `paragraphs read the first time: ${firstReads}`);

    // An editor adds a sentence to one paragraph near the end: everything before it moves by nothing, after it by the sentence's length.
    const paragraphs = STORY.split('\n\n');
    const touched = paragraphs.length - 2;
    paragraphs[touched] = `${paragraphs[touched]} The union met again on Thursday.`;
    const edited = paragraphs.join('\n\n');
    cache.nextReading();
    cache.reads = 0;
    assert.deepEqual(annotationsOf(edited, cache), annotationsOf(edited));
    // The touched paragraph is read again for its names and its dates; nothing else is.
    assert.equal(cache.reads, 2, `readings after a one-paragraph edit: ${cache.reads} (of ${firstReads} the first time)`);
  });

  it('moves what an unchanged paragraph said when an edit above it shifts it', () => {
    const cache = new ParagraphCache();
    cache.nextReading();
    annotationsOf(STORY, cache);
    const shifted = STORY.replace('\n\n', '\n\nA new opening paragraph on Monday.\n\n');
    cache.nextReading();
    assert.deepEqual(annotationsOf(shifted, cache), annotationsOf(shifted));
  });
});

describe('ParagraphCache', () => {
  it('forgets what two readings in a row did not ask for', () => {
    const cache = new ParagraphCache();
    let reads = 0;
    const read = (): number => ++reads;
    cache.nextReading();
    cache.recall('a', read);
    cache.nextReading();
    assert.equal(cache.recall('a', read), 1, 'kept for the next reading');
    cache.nextReading();
    cache.nextReading();
    assert.equal(cache.recall('a', read), 2, 'forgotten after a reading that did not ask for it');
  });
});
