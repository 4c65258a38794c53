// Growth of the whole pipeline: every default rule and `annotate` on one
// long article, and every default rule on many stories in one file. Not
// in `npm test` yet: quote attribution walks every earlier quote for each
// quote, and the entity checks scan the rest of the file for each name, so
// today 8 times the input counts 58 times the operations on one long
// article (56 to 70 times the CPU time) and 45 times the operations on many
// stories in one file (10 times the CPU time, the scans being native
// string searches). Once they are linear, rename this file to
// `pipeline.test.ts` and `npm test` runs it. Until then:
//   npx mocha --no-config --node-option import=tsx --timeout 0 test/growth/pipeline.growth.ts
import { annotateArticle } from '../../src/core/annotations/annotate';
import { annotationRecords } from '../../src/core/annotations/export';
import { parseArticleFile } from '../../src/core/article/parse';
import { resolveRules } from '../../src/core/config/config';
import { lintText } from '../../src/core/lint';
import { assertLinear, longArticle, manyStories } from './growth';

/** Paragraphs of the short article: long enough that quadratic code shows in its CPU time too, not only in the count. */
const N = 200;

/** What `copydesk annotate` does with a file: parse it, annotate each article, list the records. */
function annotate(text: string): void {
  const file = parseArticleFile(text, { format: 'plain' });
  annotationRecords(file, (article) => annotateArticle(article, file));
}

describe('growth of the whole pipeline: 8 times the input costs at most 10 times as much (operations counted, and CPU time)', function () {
  this.timeout(0);
  const rules = resolveRules();

  it('every default rule on one long article', () => {
    const [small, large] = [longArticle(N), longArticle(8 * N)];
    assertLinear(
      () => lintText(small, 'plain', rules),
      () => lintText(large, 'plain', rules),
    );
  });

  it('copydesk annotate on one long article', () => {
    const [small, large] = [longArticle(N), longArticle(8 * N)];
    assertLinear(
      () => annotate(small),
      () => annotate(large),
    );
  });

  it('every default rule on many stories in one file', () => {
    const [few, many] = [manyStories(N / 2), manyStories(4 * N)];
    assertLinear(
      () => lintText(few, 'plain', rules),
      () => lintText(many, 'plain', rules),
    );
  });
});
