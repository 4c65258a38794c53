import type { Article } from '../article/model';
import type { RuleReport } from '../findings';
import { CURLY_MARKS, curlyFor, STRAIGHT_MARKS, straightFor, type QuoteStyle } from '../text/quote-marks';
import { defineRule } from './rule';

interface Mark {
  readonly offset: number;
  readonly char: string;
}

/** Every quotation mark and apostrophe in the article's prose. */
function marksIn(article: Article, text: string): { straight: Mark[]; curly: Mark[] } {
  const straight: Mark[] = [];
  const curly: Mark[] = [];
  for (const block of article.blocks) {
    for (const span of block.prose) {
      for (let offset = span.start; offset < span.end; offset++) {
        const char = text[offset]!;
        if (STRAIGHT_MARKS.has(char)) straight.push({ offset, char });
        else if (CURLY_MARKS.has(char)) curly.push({ offset, char });
      }
    }
  }
  return { straight, curly };
}

function describe(char: string): string {
  return char === '"' || char === '\u201C' || char === '\u201D' ? 'quotation mark' : 'apostrophe or single quotation mark';
}

function repair(mark: Mark, text: string, style: QuoteStyle): RuleReport {
  const replacement = style === 'curly' ? curlyFor(text, mark.offset) : straightFor(mark.char);
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
  description: 'Straight and curly quotation marks (apostrophes included) are mixed in one article.',
  defaultSeverity: 'warning',
  tags: ['quotes', 'style'],
  defaultOptions: { style: 'curly' as QuoteStyle, onlyWhenMixed: true },
  options: {
    style: { enum: ['curly', 'straight'], description: 'The house style that fixes convert to.' },
    onlyWhenMixed: { type: 'boolean', description: 'Report only articles that mix both kinds; false reports every mark off the house style.' },
  },
  check(article, { file, options, report }) {
    const { straight, curly } = marksIn(article, file.text);
    const mixed = straight.length > 0 && curly.length > 0;
    if (options.onlyWhenMixed && !mixed) return;
    const offStyle = options.style === 'curly' ? straight : curly;
    for (const mark of offStyle) report(repair(mark, file.text, options.style));
  },
});
