import type { Article } from '../article/model';
import type { RuleReport } from '../findings';
import { curlyFor, STRAIGHT_MARKS, straightFor, type QuoteStyle } from '../text/quote-marks';
import type { Span } from '../text/span';
import { defineRule } from './rule';

interface Mark {
  readonly offset: number;
  readonly char: string;
  /** What a reader sees either side of the mark, which decides its curly form. */
  readonly before: string;
  readonly after: string;
}

/**
 * The character a reader sees next to a prose span's edge, looking into the
 * neighbouring span: Markdown markup between them (`**`, `*`, `](url)`) is
 * invisible, while a space or line break between them reads as a space.
 */
function acrossGap(text: string, gap: Span, neighbour: string): string {
  return /\s/u.test(text.slice(gap.start, gap.end)) ? ' ' : neighbour;
}

/** Straight and curly quotation marks and apostrophes; a regular expression finds them far faster than a loop. */
const QUOTE_MARK = /["'\u2018\u2019\u201C\u201D]/g;

/** Every quotation mark and apostrophe in the article's prose, with what stands either side. */
function marksIn(article: Article, text: string): { straight: Mark[]; curly: Mark[] } {
  const straight: Mark[] = [];
  const curly: Mark[] = [];
  for (const block of article.blocks) {
    block.prose.forEach((span, index) => {
      const previous = block.prose[index - 1];
      const next = block.prose[index + 1];
      QUOTE_MARK.lastIndex = span.start;
      for (let match = QUOTE_MARK.exec(text); match && match.index < span.end; match = QUOTE_MARK.exec(text)) {
        const offset = match.index;
        const char = match[0];
        const before =
          offset > span.start
            ? text[offset - 1]!
            : previous
              ? acrossGap(text, { start: previous.end, end: span.start }, text[previous.end - 1] ?? '')
              : '';
        const after =
          offset + 1 < span.end
            ? text[offset + 1]!
            : next
              ? acrossGap(text, { start: span.end, end: next.start }, text[next.start] ?? '')
              : '';
        (STRAIGHT_MARKS.has(char) ? straight : curly).push({ offset, char, before, after });
      }
    });
  }
  return { straight, curly };
}

function describe(char: string): string {
  return char === '"' || char === '\u201C' || char === '\u201D' ? 'quotation mark' : 'apostrophe or single quotation mark';
}

function repair(mark: Mark, style: QuoteStyle): RuleReport {
  const replacement = style === 'curly' ? curlyFor(mark.char, mark.before, mark.after) : straightFor(mark.char);
  const kind = style === 'curly' ? 'Straight' : 'Curly';
  return {
    start: mark.offset,
    end: mark.offset + 1,
    message: `${kind} ${describe(mark.char)} in an article that mixes straight and curly marks; house style is ${style} (${replacement})`,
    fix: [{ start: mark.offset, end: mark.offset + 1, newText: replacement }],
  };
}

export default defineRule({
  id: 'mixed-quotes',
  scope: 'article',
  description: 'Straight and curly quotation marks (apostrophes included) are mixed in one article.',
  defaultSeverity: 'warning',
  tags: ['quotes', 'style'],
  defaultOptions: { style: 'curly' as QuoteStyle, onlyWhenMixed: true },
  options: {
    style: { enum: ['curly', 'straight'], description: 'The house style that fixes convert to.' },
    onlyWhenMixed: {
      type: 'boolean',
      description: 'Report only articles that mix both kinds; false reports every mark off the house style.',
    },
  },
  check(article, { file, options, report }) {
    const { straight, curly } = marksIn(article, file.text);
    const mixed = straight.length > 0 && curly.length > 0;
    if (options.onlyWhenMixed && !mixed) return;
    const offStyle = options.style === 'curly' ? straight : curly;
    for (const mark of offStyle) report(repair(mark, options.style));
  },
});
