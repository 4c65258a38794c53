import type { Article, Block } from '../article/model';
import type { RuleReport } from '../findings';
import { curlyFor } from '../text/quote-marks';
import { defineRule } from './rule';

const OPEN = '\u201C';
const CLOSE = '\u201D';

/** The double quotation marks of a block's prose, in order. */
function doubleMarks(block: Block, text: string): Array<{ offset: number; char: string }> {
  const marks: Array<{ offset: number; char: string }> = [];
  for (const span of block.prose) {
    for (let offset = span.start; offset < span.end; offset++) {
      const char = text[offset]!;
      if (char === '"' || char === OPEN || char === CLOSE) marks.push({ offset, char });
    }
  }
  return marks;
}

/** True when the block's text opens with a quotation mark: a quote that goes on from the paragraph before. */
function opensWithQuote(block: Block | undefined, text: string): boolean {
  if (!block || block.kind !== 'paragraph' || block.prose.length === 0) return false;
  const first = text.slice(block.prose[0]!.start, block.prose[0]!.end).trimStart()[0];
  return first === '"' || first === OPEN;
}

/**
 * A straight mark right after a word and before a space or the end
 * (`cold" and`) closes a quotation whatever came before it; typesetters
 * read it the same way.
 */
function closesByPosition(text: string, offset: number): boolean {
  return curlyFor('"', text[offset - 1] ?? '', text[offset + 1] ?? '') === CLOSE;
}

/**
 * Walks one block's double marks. A straight mark opens when none is open
 * (unless its place says it closes) and closes otherwise; a curly mark
 * says which it is. Returns the problems and the mark still open at the
 * end, if any.
 */
function walk(block: Block, text: string): { problems: RuleReport[]; open?: number } {
  const problems: RuleReport[] = [];
  let open: number | undefined;
  for (const { offset, char } of doubleMarks(block, text)) {
    const opens = char === OPEN || (char === '"' && open === undefined && !closesByPosition(text, offset));
    if (opens) {
      if (open !== undefined) problems.push(neverClosed(open));
      open = offset;
    } else if (open === undefined) {
      problems.push({ start: offset, end: offset + 1, message: 'Closing quotation mark with no opening mark before it' });
    } else {
      open = undefined;
    }
  }
  return open === undefined ? { problems } : { problems, open };
}

function neverClosed(offset: number): RuleReport {
  return { start: offset, end: offset + 1, message: 'Quotation mark opened here is never closed' };
}

export default defineRule({
  id: 'unbalanced-quote',
  description: 'A quotation mark never closes (a quote running on into the next paragraph, which opens with a new mark, is allowed).',
  defaultSeverity: 'warning',
  tags: ['quotes'],
  defaultOptions: {},
  options: {},
  check(article: Article, { file, report }) {
    const blocks = article.blocks;
    blocks.forEach((block, index) => {
      if (block.kind === 'verbatim') return;
      const { problems, open } = walk(block, file.text);
      problems.forEach(report);
      // Newsroom convention: a quote running over paragraphs has no closing mark
      // until its last paragraph, and each new paragraph opens with a mark.
      if (open !== undefined && !(block.kind === 'paragraph' && opensWithQuote(blocks[index + 1], file.text))) {
        report(neverClosed(open));
      }
    });
  },
});
