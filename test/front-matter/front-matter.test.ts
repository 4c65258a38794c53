import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse as parseYaml, parseDocument } from 'yaml';
import { annotateArticle } from '../../src/core/annotations/annotate';
import type { ArticleFormat } from '../../src/core/article/model';
import { parseArticleFile } from '../../src/core/article/parse';
import { resolveRules } from '../../src/core/config/config';
import { generateFrontMatter, updateFrontMatter } from '../../src/core/front-matter/generate';
import { planFrontMatter } from '../../src/core/front-matter/plan';
import { checkFrontMatter, isCalendarDay } from '../../src/core/front-matter/validate';
import { lintText } from '../../src/core/lint';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/front-matter/${name}`, import.meta.url), 'utf8');
const schema = JSON.parse(readFileSync(new URL('../../schemas/news-article.schema.json', import.meta.url), 'utf8')) as object;

/** A validator any tool could build from the shipped schema: plain ajv, with the standard `date` format. */
const validateAgainstSchema = new Ajv({ strict: false, allErrors: true }).addFormat('date', /^\d{4}-\d{2}-\d{2}$/).compile(schema);

function parse(text: string, format: ArticleFormat = 'plain') {
  const file = parseArticleFile(text, { format });
  return { file, annotate: (article = file.articles[0]!) => annotateArticle(article, file) };
}

function generated(text: string, format: ArticleFormat = 'plain'): string {
  const { file, annotate } = parse(text, format);
  return generateFrontMatter(file.articles[0]!, file, annotate());
}

/** The text after applying a plan's edit. */
function applied(text: string, format: ArticleFormat = 'plain'): string {
  const { file } = parse(text, format);
  const plan = planFrontMatter(file, (article) => annotateArticle(article, file));
  assert.ok('edit' in plan, `expected an edit, got ${plan.kind}`);
  return text.slice(0, plan.edit.start) + plan.edit.newText + text.slice(plan.edit.end);
}

describe('front-matter', () => {
  describe('generate', () => {
    it('lists the headline, dateline from the caption, byline, credits, captions, names, dates and quotes of a scraped story, valid against the schema', () => {
      const yaml = generated(fixture('ferry.news.txt'));
      const data = parseYaml(yaml) as Record<string, unknown>;
      assert.ok(validateAgainstSchema(data), JSON.stringify(validateAgainstSchema.errors));
      assert.deepEqual(Object.keys(data), [
        'headline',
        'datePublished',
        'dateline',
        'byline',
        'credits',
        'captions',
        'people',
        'organizations',
        'places',
        'dates',
        'quotes',
      ]);
      assert.equal(data.headline, 'Ferry Returns to Island Route After Storm');
      assert.equal(data.datePublished, '2024-03-03');
      assert.deepEqual(data.dateline, { place: 'Bergen, Norway', date: '2024-03-03' });
      assert.deepEqual(data.credits, ['Photo: Ingrid Lie/NTB']);
      // The caption is pasted twice in the copy; the front-matter lists it once, without its dateline and credit.
      assert.deepEqual(data.captions, [
        {
          text: 'Harbour workers tie up the ferry Solund at the quay in Bergen after the storm.',
          credit: 'Photo: Ingrid Lie/NTB',
          place: 'Bergen, Norway',
          date: '2024-03-03',
        },
      ]);
      assert.ok((data.people as string[]).includes('Ola Nilsen') && (data.people as string[]).includes('Kari Dahl'));
      assert.ok((data.organizations as string[]).includes('Fjordline'));
      assert.ok((data.places as string[]).includes('Askøy'));
      assert.deepEqual((data.dates as object[])[0], { text: '3 March 2024', value: '2024-03-03' });
      const quotes = data.quotes as Array<{ speaker?: string; line: number }>;
      assert.deepEqual(
        quotes.map((quote) => [quote.speaker, quote.line]),
        [
          ['Ola Nilsen', 10],
          ['Kari Dahl', 14],
        ],
      );
    });

    it('reads a Markdown wire story: its dateline place spelt as a name, its quote with its speaker', () => {
      const data = parseYaml(generated(fixture('wire.news.md'), 'markdown')) as Record<string, unknown>;
      assert.ok(validateAgainstSchema(data), JSON.stringify(validateAgainstSchema.errors));
      assert.equal(data.headline, 'Museum Reopens After Flood Repairs');
      assert.deepEqual(data.dateline, { place: 'Tromsø, Norway' });
      assert.deepEqual(data.quotes, [{ speaker: 'Sigrid Berg', text: 'Every exhibit that left the basement has come home,', line: 5 }]);
    });

    it('quotes strings only where YAML needs it', () => {
      const yaml = generated(fixture('ferry.news.txt'));
      assert.match(yaml, /^headline: Ferry Returns to Island Route After Storm$/m);
      assert.match(yaml, /^ {2}- "Photo: Ingrid Lie\/NTB"$/m);
    });

    it('round-trips: the added block is read back as the article date and is then up to date', () => {
      const text = applied(fixture('ferry.news.txt'));
      assert.ok(text.startsWith('---\nheadline: '));
      const { file } = parse(text);
      assert.equal(file.articles.length, 1);
      assert.equal(annotateArticle(file.articles[0]!, file).date?.source, 'front-matter');
      assert.equal(planFrontMatter(file, (article) => annotateArticle(article, file)).kind, 'up to date');
      assert.deepEqual(
        lintText(text, 'plain', resolveRules()).findings.filter((finding) => finding.ruleId.startsWith('front-matter')),
        [],
      );
    });

    it('keeps CRLF line endings in the block it adds', () => {
      const text = applied(fixture('ferry.news.txt').replace(/\n/g, '\r\n'));
      assert.ok(text.startsWith('---\r\nheadline: '));
      assert.doesNotMatch(text, /[^\r]\n/);
    });

    it('refuses a file of several articles, saying to split it first', () => {
      const { file } = parse(fixture('two-articles.news.txt'));
      const plan = planFrontMatter(file, (article) => annotateArticle(article, file));
      assert.equal(plan.kind, 'refused');
      assert.match((plan as { reason: string }).reason, /2 articles: split them into files first/);
    });
  });

  describe('update', () => {
    const body = fixture('ferry.news.txt');
    const editorsBlock = [
      '# Filed from the night desk',
      'slug: ferry-returns   # the CMS key',
      'people: [Marta Holm, Ola Nilsen, Kari Dahl]',
      "headline: 'Ferry Returns to Island Route After Storm'",
      'datePublished: "2024-03-03"',
      'keywords: [ferries, storms]',
      'places:',
      '- Norway',
      '- Bergen   # the quay',
      '- Askøy',
      '',
      '# Everything below was written by Copydesk',
      'dates:',
      '- text: 3 March 2024',
      '  value: 2024-03-03',
      '',
    ].join('\n');

    function update(yaml: string, copy: string): string {
      const { file, annotate } = parse(`---\n${yaml}---\n\n${copy}`);
      return updateFrontMatter(file.frontMatter!, file.articles[0]!, file, annotate());
    }

    it("changes only the entries the edit touched and keeps the editor's comments, fields, order, quoting and flow style", () => {
      const updated = update(editorsBlock, body.replace('Kari Dahl', 'Kari Dal'));
      const lines = updated.split('\n');
      // Every line of the editor's but the changed name is still there, byte for byte, in its place.
      assert.deepEqual(lines.slice(0, 2), editorsBlock.split('\n').slice(0, 2));
      assert.equal(lines[2], 'people: [Marta Holm, Ola Nilsen, Kari Dal]');
      const editors = editorsBlock.split('\n');
      assert.ok(updated.includes(editors.slice(3, 5).join('\n') + '\n'), 'the headline or the date changed');
      assert.ok(updated.includes('\n' + editors.slice(5, 12).join('\n') + '\n'), 'the keywords, places or the comment after them changed');
      assert.ok(
        updated.includes('\n# Everything below was written by Copydesk\ndates:\n- text: 3 March 2024\n  value: 2024-03-03\n- text: Monday'),
        'the unchanged date entry was rewritten',
      );
      assert.equal(updated.split('# Everything below').length, 2, 'the comment above a rewritten field was repeated');
      // New fields go in the schema's order, in the editor's list style.
      assert.ok(
        updated.indexOf('\ndateline:') > updated.indexOf('\ndatePublished:') &&
          updated.indexOf('\ndateline:') < updated.indexOf('\nkeywords:'),
      );
      assert.match(updated, /^credits:\n- "Photo: Ingrid Lie\/NTB"$/m);
      // As documents: only the managed fields differ, and the editor's date is kept.
      const before = parseDocument(editorsBlock).toJS() as Record<string, unknown>;
      const after = parseDocument(updated).toJS() as Record<string, unknown>;
      for (const key of ['slug', 'headline', 'datePublished', 'keywords', 'places']) assert.deepEqual(after[key], before[key], key);
    });

    it('gives back the very same text when the block is up to date', () => {
      const once = update(editorsBlock, body);
      assert.equal(update(once, body), once);
    });

    it('removes a managed field the text no longer supports, and leaves the next comment in place', () => {
      const yaml = 'headline: Old Headline\nbyline: By Marta Holm\n# the editor keeps this\nkeywords: [ferries]\n';
      const updated = update(yaml, 'Ferry Returns to Island Route\n\nThe coastal ferry sailed again.\n');
      assert.equal(updated, 'headline: Ferry Returns to Island Route\n# the editor keeps this\nkeywords: [ferries]\n');
    });

    it('keeps a changed scalar in its quotes', () => {
      const updated = update("headline: 'Old Headline'\n", 'Ferry Returns to Island Route\n\nThe coastal ferry sailed again.\n');
      assert.equal(updated, "headline: 'Ferry Returns to Island Route'\n");
    });

    it('fills an empty block, and keeps a block of only comments above the fields', () => {
      assert.match(update('', body), /^headline: Ferry Returns/);
      assert.match(update('# to fill in\n', body), /^# to fill in\nheadline: Ferry Returns/);
    });

    it('refuses broken YAML or a block that is not a mapping, rather than rewrite it', () => {
      assert.throws(() => update('headline: [unclosed\n', body), /not valid YAML/);
      assert.throws(() => update('- a list\n', body), /not a mapping/);
      assert.throws(() => update('{headline: Old}\n', body), /one flow mapping/);
    });
  });

  describe('validation', () => {
    it('places broken YAML where the parser says and never throws', () => {
      const problems = checkFrontMatter('headline: Ferry\npeople:\n\t- Ola Nilsen\n');
      assert.equal(problems[0]?.kind, 'syntax');
      assert.equal(problems[0]?.start, 'headline: Ferry\npeople:\n'.length);
      assert.match(problems[0]!.message, /Tabs/);
    });

    it('reports an unclosed quote, a repeated key, and a block that is a list', () => {
      assert.equal(checkFrontMatter('headline: "Ferry\n')[0]?.kind, 'syntax');
      assert.match(checkFrontMatter('headline: A\nheadline: B\n')[0]!.message, /not valid YAML/);
      assert.match(checkFrontMatter('- one\n')[0]!.message, /must be a mapping/);
    });

    it('reports a block of aliases too large to expand instead of expanding it', () => {
      const bomb = [
        'a: &a [x, x, x, x, x, x, x, x, x, x]',
        ...'bcdefg'.split('').map((key, index) => `${key}: &${key} [${Array(10).fill(`*${'abcdefg'[index]}`).join(', ')}]`),
      ].join('\n');
      const problems = checkFrontMatter(bomb);
      assert.equal(problems[0]?.kind, 'syntax');
    });

    it('accepts an empty block and a CRLF block', () => {
      assert.deepEqual(checkFrontMatter(''), []);
      assert.deepEqual(checkFrontMatter('headline: Ferry\r\npeople:\r\n  - Ola Nilsen\r\n'), []);
    });

    it('names unknown fields, wrong types and impossible days', () => {
      const problems = checkFrontMatter('headlien: Ferry\nbyline: [a]\ndatePublished: 2023-02-29\n');
      assert.deepEqual(
        problems.map((problem) => [problem.kind, problem.message]),
        [
          ['unknown-field', 'Unknown front-matter field `headlien`: the news article schema does not name it'],
          ['schema', '`byline` must be text'],
          ['schema', '`datePublished` is not a calendar day in ISO form (YYYY-MM-DD)'],
        ],
      );
      assert.ok(isCalendarDay('2024-02-29') && !isCalendarDay('2023-02-29') && !isCalendarDay('3 March 2024'));
    });

    it('lints the copy under broken front-matter, with the BOM-less offsets of the file', () => {
      const text = '---\nheadline: [unclosed\n---\nFerry Returns\n\nThe ferry sailed.\n\nTT\n';
      const ids = lintText(text, 'plain', resolveRules()).findings.map((finding) => finding.ruleId);
      assert.ok(ids.includes('front-matter-schema') && ids.includes('scrape-artifact'), ids.join(', '));
    });
  });

  describe("the editor's annotations", () => {
    const copy = fixture('wire.news.md');
    const names = (text: string): string[] => {
      return parse(text, 'markdown')
        .annotate()
        .mentions.map((mention) => mention.text);
    };

    it('notEntities removes a mention the tagger found, and its front-matter entry', () => {
      assert.ok(names(copy).includes('TROMSØ'));
      const unmarked = `---\nannotations:\n  notEntities: [TROMSØ]\n---\n${copy}`;
      assert.ok(!names(unmarked).includes('TROMSØ'));
      const updated = parseYaml(applied(unmarked, 'markdown').split('---\n')[1]!) as { organizations?: string[] };
      assert.deepEqual(updated.organizations, ['Arctic University of Norway']);
    });

    it('a speaker set by the editor wins over the one the copy seems to name, and reaches the front-matter', () => {
      const decided = `---\nannotations:\n  speakers:\n    - { quote: Every exhibit, speaker: Anna Lund }\n---\n${copy}`;
      const { file, annotate } = parse(decided, 'markdown');
      const [quote] = annotate(file.articles[0]!).quotes;
      assert.deepEqual([quote?.speaker?.name, quote?.speaker?.attribution], ['Anna Lund', 'editor']);
      const updated = parseYaml(applied(decided, 'markdown').split('---\n')[1]!) as { quotes: Array<{ speaker: string }> };
      assert.equal(updated.quotes[0]?.speaker, 'Anna Lund');
    });

    it('a marked entity is a name of its type with its canonical name, as a dictionary entry would be', () => {
      const marked = `---\nannotations:\n  entities:\n    - text: polar museum\n      type: organization\n      name: Polar Museum of Tromsø\n      wikidata: Q7209999\n---\n${copy}`;
      const { file, annotate } = parse(marked, 'markdown');
      const entity = annotate(file.articles[0]!).entities.find((each) => each.canonical === 'Polar Museum of Tromsø');
      assert.equal(entity?.type, 'organization');
      assert.equal(entity?.wikidata, 'Q7209999');
      assert.deepEqual(
        entity?.mentions.map((mention) => mention.text),
        ['polar museum'],
      );
    });
  });
});
