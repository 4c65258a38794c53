// Fixes delete repeats and debris and nothing else: each case is an input of
// the shape the fuzzing found (issue 16, items 2 to 4), written for the test.
import assert from 'node:assert/strict';
import type { ArticleFormat } from '../../src/core/article/model';
import { parseArticleFile } from '../../src/core/article/parse';
import { resolveRules } from '../../src/core/config/config';
import { fixFile, keepLineBreaks } from '../../src/core/fix';
import { applyEdits } from '../../src/core/text/span';

const RULES = resolveRules();
const CAPTION = '3 March 2025, Norway, Tromsø: Crew members secure the mooring lines of the ferry at the quay. (NTB via AP)';
const FIRST_PARAGRAPH = 'The coastal ferry resumed sailings on Monday after a storm tore away part of its pier.';

function fixed(text: string, format: ArticleFormat = 'plain'): string {
  return fixFile(text, format, RULES).output;
}

function stories(text: string, format: ArticleFormat = 'plain'): number {
  return parseArticleFile(text, { format }).articles.length;
}

function lineBreaks(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}

describe('fixes keep the copy', () => {
  describe('a repeated photo block takes only its captions, photos and debris', () => {
    const lines = (...parts: string[]): string => parts.join('\n') + '\n';

    it('keeps a crosshead standing right under a repeated caption, and deletes the caption', () => {
      const text = lines(
        'Ferry Line Reopens',
        '',
        CAPTION,
        '',
        FIRST_PARAGRAPH,
        '',
        CAPTION,
        'Repairs Took a Month',
        '',
        'The pier was rebuilt.',
      );
      const output = fixed(text);
      assert.ok(output.includes('\nRepairs Took a Month\n'), output);
      assert.equal(output.split(CAPTION).length - 1, 1, 'one copy of the caption is left');
      const article = parseArticleFile(text, { format: 'plain' }).articles[0]!;
      assert.deepEqual(
        article.crossheads.map((block) => block.text),
        ['Repairs Took a Month'],
      );
    });

    it('keeps a byline and a short quote beside a repeated caption', () => {
      const byline = 'By Jane Doe, Associated Press';
      const quote = '“We are back,” she said.';
      const text = lines('Ferry Line Reopens', '', CAPTION, byline, '', FIRST_PARAGRAPH, '', quote, CAPTION, '', 'The pier was rebuilt.');
      const output = fixed(text);
      for (const kept of [byline, quote]) assert.ok(output.includes(kept), `${kept} was deleted:\n${output}`);
      assert.equal(output.split(CAPTION).length - 1, 1);
    });

    it('still deletes the site marker among repeated captions (TT, Photo:)', () => {
      const text = lines('Ferry Line Reopens', '', CAPTION, 'TT', '', FIRST_PARAGRAPH, '', CAPTION, 'Photo:', '', 'The pier was rebuilt.');
      assert.equal(fixed(text), lines('Ferry Line Reopens', '', CAPTION, '', FIRST_PARAGRAPH, '', 'The pier was rebuilt.'));
    });

    it('keeps the only copy of a Markdown image above a repeated italic caption', () => {
      const image = '![The ferry at the quay](ferry-quay.jpg)';
      const text = lines(
        '# Ferry Line Reopens',
        '',
        `*${CAPTION}*`,
        '',
        FIRST_PARAGRAPH,
        '',
        image,
        `*${CAPTION}*`,
        '',
        'The pier was rebuilt.',
      );
      const output = fixed(text, 'markdown');
      assert.ok(output.includes(image), output);
      assert.equal(output.split(CAPTION).length - 1, 1);
    });
  });

  describe('line breaks', () => {
    it('keeps two paragraphs apart when a marker deleted between a lone CR and an LF', () => {
      const text = `Ferry Line Reopens\r\r${FIRST_PARAGRAPH}\rTT\n\nIt carried forty people.\r`;
      const output = fixed(text);
      assert.ok(!output.includes('\r\n'), JSON.stringify(output));
      assert.equal(lineBreaks(output), lineBreaks(text) - 1, 'only the marker’s line went');
      assert.match(output, /pier\.(\r|\n)(\r|\n)It carried/);
    });

    it('keeps the lines around a whitespace-only line between a lone CR and an LF', () => {
      const text = `Ferry Line Reopens\r\r${FIRST_PARAGRAPH}\r   \nIt carried forty people.\r`;
      const output = fixed(text);
      assert.equal(lineBreaks(output), lineBreaks(text));
      assert.ok(!output.includes('   '));
    });

    it('moves a whole-line deletion onto the CR above it, and ends any other edit there with a CR', () => {
      const text = 'One.\rTT\n\nTwo.';
      assert.deepEqual(keepLineBreaks(text, [{ start: 5, end: 8, newText: '' }]), [{ start: 4, end: 7, newText: '' }]);
      const spaces = 'One.\r  \nTwo.';
      const [edit] = keepLineBreaks(spaces, [{ start: 5, end: 7, newText: '' }]);
      assert.equal(applyEdits(spaces, [edit!]), 'One.\r\rTwo.');
      const apart = 'One.\nTT\n\nTwo.';
      assert.deepEqual(keepLineBreaks(apart, [{ start: 5, end: 8, newText: '' }]), [{ start: 5, end: 8, newText: '' }]);
    });
  });

  describe('story boundaries', () => {
    it('keeps one story one when a marker between its paragraph and a headline-shaped line goes', () => {
      const text = `Ferry Line Reopens\n\n${FIRST_PARAGRAPH}\n\n\nTT\n\nRepairs Took a Month\n\nThe crew worked nights.\n`;
      assert.equal(stories(text), 1);
      assert.equal(stories(fixed(text)), 1);
    });

    it('keeps two stories two when the marker stood after the second headline’s blank lines', () => {
      const text = `Ferry Line Reopens\n\n${FIRST_PARAGRAPH}\n\nTT\n\n\nPier Rebuilt in Four Weeks\n\nThe crew worked nights.\n`;
      assert.equal(stories(text), 2);
      assert.equal(stories(fixed(text)), 2);
    });

    it('keeps the story count when a repeated photo block stood before a headline-shaped line', () => {
      const text = `Ferry Line Reopens\n\n${CAPTION}\n\n${FIRST_PARAGRAPH}\n\n\n${CAPTION}\n\nRepairs Took a Month\n\nThe crew worked nights.\n`;
      assert.equal(stories(fixed(text)), stories(text));
    });
  });
});
