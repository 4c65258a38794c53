// Front-matter of the shapes the fuzzing found (issue 16, item 5), written
// for the test: what is front-matter to Copydesk is front-matter to remark,
// and `fix --front-matter` writes blocks that it reads back as up to date.
import assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { annotateArticle } from '../../src/core/annotations/annotate';
import type { ArticleFormat } from '../../src/core/article/model';
import { parseArticleFile } from '../../src/core/article/parse';
import { resolveRules } from '../../src/core/config/config';
import { fixFile } from '../../src/core/fix';
import { planFrontMatter, type FrontMatterPlan } from '../../src/core/front-matter/plan';
import { checkFrontMatter } from '../../src/core/front-matter/validate';
import { lintText } from '../../src/core/lint';

const RULES = resolveRules();

function plan(text: string, format: ArticleFormat = 'plain'): FrontMatterPlan {
  const file = parseArticleFile(text, { format });
  return planFrontMatter(file, (article) => annotateArticle(article, file));
}

function applied(text: string, format: ArticleFormat = 'plain'): string {
  const planned = plan(text, format);
  assert.ok('edit' in planned, `expected an edit, got ${JSON.stringify(planned)}`);
  return text.slice(0, planned.edit.start) + planned.edit.newText + text.slice(planned.edit.end);
}

const BODY = 'Ferry Line Reopens\n\nLiis Tamm said in Tallinn on Wednesday that the ferry would sail again.\n';

describe('front-matter of hostile shapes', () => {
  it('closes a block only with `---`, as remark does: a block ended by `...` is copy to both', () => {
    const text = "---\nheadline: 'Ferry''s Back'\n...\n\n# Ferry Line Reopens\n\nShe said it was back.\n";
    const file = parseArticleFile(text, { format: 'markdown' });
    assert.equal(file.frontMatter, undefined);
    const closed = "---\nheadline: 'Ferry''s Back'\n---\n\n# Ferry Line Reopens\n\nShe said it was back.\n";
    const output = fixFile(closed, 'markdown', RULES).output;
    assert.ok(output.startsWith("---\nheadline: 'Ferry''s Back'\n---\n"), output);
  });

  it('keeps the blank lines of a block scalar in front-matter', () => {
    const text = `---\nsummary: |\n  one\n\n\n\n  two\n---\n${BODY}`;
    assert.ok(fixFile(text, 'plain', RULES).output.startsWith('---\nsummary: |\n  one\n\n\n\n  two\n---\n'));
  });

  it('writes new fields at the column of an indented mapping, and the block stays valid YAML', () => {
    const text = `---\n  note: kept\n---\n${BODY}`;
    const output = applied(text);
    const yaml = output.slice(4, output.indexOf('\n---\n', 4) + 1);
    const fields = parseYaml(yaml) as Record<string, unknown>;
    assert.equal(fields.note, 'kept');
    assert.equal(fields.headline, 'Ferry Line Reopens');
    assert.deepEqual(plan(output), { kind: 'up to date' });
  });

  it('gives an article with nothing to describe an empty block, which the next run finds up to date', () => {
    const text = 'x\n';
    const output = applied(text);
    assert.equal(output, '---\n---\n\nx\n');
    assert.deepEqual(checkFrontMatter(''), []);
    assert.deepEqual(plan(output), { kind: 'up to date' });
  });

  it('places every span of a Markdown file that starts with a second byte order mark where it is', () => {
    const text = '\ufeff# Herders Win Ruling\n\nThe herders won on Monday.\n';
    const file = parseArticleFile(text, { format: 'markdown' });
    const headline = file.articles[0]!.headline!;
    assert.equal(text.slice(headline.start, headline.end), 'Herders Win Ruling');
    const output = applied(text, 'markdown');
    assert.match(output, /^---\nheadline: Herders Win Ruling\n/);
  });

  it('reports an unknown tag such as !!js/function as a problem of the block, and prints no warning', () => {
    const warnings: string[] = [];
    const listen = (warning: Error): void => void warnings.push(warning.message);
    process.on('warning', listen);
    try {
      const text = `---\nheadline: !!js/function 'function () {}'\n---\n${BODY}`;
      const findings = lintText(text, 'plain', RULES).findings.filter((finding) => finding.ruleId === 'front-matter-schema');
      assert.ok(
        findings.some((finding) => /js\/function/.test(finding.reason)),
        findings.map((finding) => finding.reason).join('\n'),
      );
    } finally {
      process.off('warning', listen);
    }
    assert.deepEqual(warnings, []);
  });

  it('refuses to expand an alias bomb in front-matter, reporting it instead', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((name, i) => `${name}: &${name} [${`*${'abcdefg'[i]}, `.repeat(9)}]`),
    ];
    const text = `---\n${bomb.join('\n')}\n---\n${BODY}`;
    const file = parseArticleFile(text, { format: 'plain' });
    assert.equal(file.frontMatter!.fields, undefined);
    assert.match(file.frontMatter!.unreadable ?? '', /alias/i);
  });
});
