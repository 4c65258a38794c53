import { captionCopies } from '../article/captions';
import { deleteLines } from './edits';
import { defineRule } from './rule';

/** Scrapers paste each caption twice: every copy after the first is reported and deleted. */
export default defineRule({
  id: 'duplicate-caption',
  scope: 'article',
  description: 'A photo caption is repeated in the same article.',
  defaultSeverity: 'error',
  tags: ['captions', 'scrape'],
  defaultOptions: {},
  options: {},
  check(article, { file, report }) {
    for (const [caption, { first }] of captionCopies(article)) {
      if (first === caption) continue;
      report({
        start: caption.start,
        end: caption.end,
        message: `Duplicate caption: repeats the caption on line ${first.line.index + 1}`,
        related: [{ start: first.start, end: first.end, message: 'First copy of this caption' }],
        unnecessary: true,
        fix: [deleteLines(file.lines, caption.line.index, caption.line.index)],
      });
    }
  },
});
