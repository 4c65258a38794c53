import type { PhotoBlock } from '../article/model';
import { comparisonKey } from '../text/normalise';
import { deleteLines } from './edits';
import { defineRule } from './rule';

/** The captions and photos a block shows, whatever their order or how often each was pasted: a block with a photo the first copy lacks is no repeat. */
function blockKey(block: PhotoBlock): string {
  return [...new Set([...block.captions.map((caption) => caption.text), ...block.images.map((image) => image.text)].map(comparisonKey))]
    .sort()
    .join('\n');
}

/** Scrapers repeat the whole photo block after the repeated headline: the later copy goes. */
export default defineRule({
  id: 'duplicate-photo-block',
  scope: 'article',
  description: 'A whole photo block (its captions and credits) is repeated in the same article.',
  defaultSeverity: 'error',
  tags: ['captions', 'scrape'],
  defaultOptions: {},
  options: {},
  check(article, { file, report }) {
    const firstCopies = new Map<string, PhotoBlock>();
    for (const block of article.photoBlocks) {
      const key = blockKey(block);
      const first = firstCopies.get(key);
      if (!first) {
        firstCopies.set(key, block);
        continue;
      }
      report({
        start: block.start,
        end: block.end,
        message: `Duplicate photo block: repeats the photo block on line ${first.lines[0]!.index + 1}`,
        related: [{ start: first.start, end: first.end, message: 'First copy of this photo block' }],
        unnecessary: true,
        fix: [deleteLines(file.lines, block.lines[0]!.index, block.lines[block.lines.length - 1]!.index)],
      });
    }
  },
});
