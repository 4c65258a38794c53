import { comparisonKey } from '../text/normalise';
import { deleteLines } from './edits';
import { defineRule } from './rule';

/** Scrapers print the headline again after the photo block: any later line equal to it is reported and deleted. */
export default defineRule({
  id: 'repeated-headline',
  scope: 'article',
  description: 'The headline is repeated inside the article.',
  defaultSeverity: 'error',
  tags: ['headline', 'scrape'],
  defaultOptions: {},
  options: {},
  check(article, { file, report }) {
    const headline = article.headline;
    if (!headline) return;
    const key = comparisonKey(headline.text);
    const headlineLine = headline.lines[0]!.index;
    // Normalising only changes spacing, marks and case: a line far longer than the headline cannot repeat it.
    const longest = 2 * headline.text.length + 20;
    for (const block of article.blocks) {
      if (block.kind === 'verbatim' || block === headline) continue;
      // A Markdown heading's line carries its `#` marks; its text is what repeats.
      const candidates =
        block.kind === 'crosshead'
          ? [{ line: block.lines[0]!, text: block.text, start: block.start, end: block.end }]
          : block.lines.map((line) => ({ line, text: line.text, start: line.start, end: line.start + line.text.trimEnd().length }));
      for (const candidate of candidates) {
        if (candidate.line.index === headlineLine || candidate.text.length > longest || comparisonKey(candidate.text) !== key) continue;
        report({
          start: candidate.start,
          end: candidate.end,
          message: `Repeated headline: the headline on line ${headlineLine + 1} appears again`,
          related: [{ start: headline.start, end: headline.end, message: 'The headline' }],
          unnecessary: true,
          fix: [deleteLines(file.lines, candidate.line.index, candidate.line.index)],
        });
      }
    }
  },
});
