import type { Article, Block } from '../article/model';
import type { RuleReport } from '../findings';
import { curlyFor } from '../text/quote-marks';
import type { Span } from '../text/span';
import { defineRule } from './rule';

const OPEN = '\u201C';
const CLOSE = '\u201D';

/**
 * One paragraph as a reader sees it: a plain-text block, or one paragraph
 * of a Markdown blockquote or list item, which the model keeps in one block.
 */
interface Passage {
  readonly kind: Block['kind'];
  readonly prose: readonly Span[];
}

/**
 * A block's prose cut wherever a line without words stands between two
 * spans (the `>` line between two paragraphs of a blockquote).
 */
function passagesOf(block: Block, text: string): Passage[] {
  const passages: Span[][] = [[]];
  block.prose.forEach((span, index) => {
    const previous = block.prose[index - 1];
    const gap = previous ? text.slice(previous.end, span.start) : '';
    if (previous && (gap.match(/\r\n|\r|\n/g) ?? []).length >= 2) passages.push([]);
    passages[passages.length - 1]!.push(span);
  });
  return passages.map((prose) => ({ kind: block.kind, prose }));
}

const DOUBLE_MARK = /["\u201C\u201D]/g;

/** The double quotation marks of a passage, in order. */
function doubleMarks(passage: Passage, text: string): Array<{ offset: number; char: string }> {
  const marks: Array<{ offset: number; char: string }> = [];
  for (const span of passage.prose) {
    DOUBLE_MARK.lastIndex = span.start;
    for (let match = DOUBLE_MARK.exec(text); match && match.index < span.end; match = DOUBLE_MARK.exec(text))
      marks.push({ offset: match.index, char: match[0] });
  }
  return marks;
}

/** True when a paragraph opens with a quotation mark: a quote that goes on from the paragraph before. */
function opensWithQuote(passage: Passage | undefined, text: string): boolean {
  if (!passage || passage.kind !== 'paragraph' || passage.prose.length === 0) return false;
  const first = text.slice(passage.prose[0]!.start, passage.prose[0]!.end).trimStart()[0];
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
 * Walks one passage's double marks. A straight mark opens when none is
 * open (unless its place says it closes) and closes otherwise; a curly mark
 * says which it is. Returns the problems and the mark still open at the
 * end, if any.
 */
function walk(passage: Passage, text: string): { problems: RuleReport[]; open?: number } {
  const problems: RuleReport[] = [];
  let open: number | undefined;
  for (const { offset, char } of doubleMarks(passage, text)) {
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
  scope: 'article',
  description: 'A quotation mark never closes (a quote running on into the next paragraph, which opens with a new mark, is allowed).',
  defaultSeverity: 'warning',
  tags: ['quotes'],
  defaultOptions: {},
  options: {},
  check(article: Article, { file, report }) {
    // Verbatim blocks stay in the sequence with no prose: a quote left open before code is not running on.
    const passages = article.blocks.flatMap((block) =>
      block.kind === 'verbatim' ? [{ kind: block.kind, prose: [] }] : passagesOf(block, file.text),
    );
    passages.forEach((passage, index) => {
      const { problems, open } = walk(passage, file.text);
      problems.forEach(report);
      // Newsroom convention: a quote running over paragraphs has no closing mark
      // until its last paragraph, and each new paragraph opens with a mark.
      if (open !== undefined && !(passage.kind === 'paragraph' && opensWithQuote(passages[index + 1], file.text))) {
        report(neverClosed(open));
      }
    });
  },
});
