// Growth, in `npm test`: the parts of the analysis that are linear in an
// article's length today must stay so. The whole pipeline (every default
// rule, `annotate`, many stories in one file) is held to the same bound in
// `pipeline.growth.ts`, kept out of `npm test` until quote attribution and
// the entity scans are linear: run it with
//   npx mocha --no-config --node-option import=tsx --timeout 0 test/growth/pipeline.growth.ts
import assert from 'node:assert/strict';
import { parseArticleFile } from '../../src/core/article/parse';
import type { ArticleFile } from '../../src/core/article/model';
import { resolveRules } from '../../src/core/config/config';
import { findDates } from '../../src/core/dates/find-dates';
import { lintText } from '../../src/core/lint';
import { RULES } from '../../src/core/rules';
import { assertLinear, longArticle, manyStories } from './growth';

/** The rules that read an article's annotations (entities, linked names, quotes with speakers): the ones not linear yet. */
const ANNOTATING = new Set(RULES.filter((rule) => rule.tags.includes('annotations')).map((rule) => rule.id));
const withoutAnnotations = resolveRules({ rules: Object.fromEntries([...ANNOTATING].map((id) => [id, 'off' as const])) });

/** Paragraphs of the short article: enough that its analysis costs milliseconds, not timer ticks. */
const N = 200;

function prose(file: ArticleFile) {
  return file.articles[0]!.blocks.filter((block) => block.kind !== 'headline' && block.kind !== 'crosshead').flatMap(
    (block) => block.prose,
  );
}

describe('growth: 8 times the input costs at most 10 times as much (operations counted, and CPU time)', function () {
  this.timeout(120_000);
  const small = longArticle(N);
  const large = longArticle(8 * N);

  it('the measure itself refuses code that compares every paragraph with every other', () => {
    const paragraphs = (text: string): string[] => text.split('\n\n');
    const sameLength = (text: string): number[] =>
      paragraphs(text).map((one, _, all) => all.filter((other) => other.length === one.length).length);
    const unquoted = (text: string): number => paragraphs(text).filter((one, _, all) => !all.includes(`"${one}"`)).length;
    assert.throws(
      () =>
        assertLinear(
          () => sameLength(small),
          () => sameLength(large),
        ),
      /operations of 8n are (?:[2-9]\d|\d{3,})\./,
    );
    assert.throws(
      () =>
        assertLinear(
          () => unquoted(small),
          () => unquoted(large),
        ),
      /operations of 8n are (?:[2-9]\d|\d{3,})\./,
    );
  });

  it('parsing one long article', () => {
    assertLinear(
      () => parseArticleFile(small, { format: 'plain' }),
      () => parseArticleFile(large, { format: 'plain' }),
    );
  });

  it('linting one long article with every rule that reads no annotations, the structural rules among them', () => {
    assert.ok(withoutAnnotations.length >= 10 && withoutAnnotations.every((rule) => !ANNOTATING.has(rule.rule.id)));
    assertLinear(
      () => lintText(small, 'plain', withoutAnnotations),
      () => lintText(large, 'plain', withoutAnnotations),
    );
  });

  it('the same on many stories in one file', () => {
    const [few, many] = [manyStories(N / 4), manyStories(2 * N)];
    assertLinear(
      () => lintText(few, 'plain', withoutAnnotations),
      () => lintText(many, 'plain', withoutAnnotations),
    );
  });

  it('finding and resolving the dates of one long article', () => {
    const [short, long] = [small, large].map((text) => parseArticleFile(text, { format: 'plain' }));
    const day = { year: 2025, month: 3, day: 5 };
    assertLinear(
      () => findDates(short!.text, prose(short!), day),
      () => findDates(long!.text, prose(long!), day),
    );
  });
});
