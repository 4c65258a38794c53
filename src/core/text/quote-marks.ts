/**
 * Quotation marks and apostrophes as news copy uses them. Straight marks
 * are ambiguous; their curly form depends on what stands either side, the
 * way typesetters (and SmartyPants) decide.
 */

export type QuoteStyle = 'curly' | 'straight';

export const STRAIGHT_MARKS = new Set(['"', "'"]);
export const CURLY_MARKS = new Set(['\u201C', '\u201D', '\u2018', '\u2019']);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** What may stand before an opening mark: nothing, a space, an opening bracket or dash, another opening mark. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/\u201C\u2018"']/u;

/** The curly form of the straight mark at `index` in `text`. */
export function curlyFor(text: string, index: number): string {
  const mark = text[index]!;
  const before = index > 0 ? text[index - 1]! : '';
  const after = index + 1 < text.length ? text[index + 1]! : '';
  const opening = before === '' || OPENS_AFTER.test(before);
  if (mark === '"') return opening && after !== '' && !/\s/u.test(after) ? '\u201C' : '\u201D';
  // An apostrophe inside a word (Russia's, don't) or an elided year ('90s) is a right single mark.
  if (!opening || /\d/.test(after)) return '\u2019';
  return LETTER_OR_DIGIT.test(after) || after === '"' ? '\u2018' : '\u2019';
}

/** The straight form of a curly mark. */
export function straightFor(mark: string): string {
  return mark === '\u201C' || mark === '\u201D' ? '"' : "'";
}

/** True for marks that open a double quotation, straight or curly, judged by position. */
export function isDoubleMark(char: string): boolean {
  return char === '"' || char === '\u201C' || char === '\u201D';
}
