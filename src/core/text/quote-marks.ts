/**
 * Quotation marks and apostrophes as news copy uses them. Straight marks
 * are ambiguous; their curly form depends on what stands either side, the
 * way typesetters (and SmartyPants) decide.
 */

export type QuoteStyle = 'curly' | 'straight';

export const STRAIGHT_MARKS = new Set(['"', "'"]);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** What may stand before an opening mark: nothing, a space, an opening bracket or dash, another opening mark. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/\u201C\u2018"']/u;

/**
 * The curly form of a straight mark, given the characters a reader sees
 * just before and after it ('' at the edge of the text).
 */
export function curlyFor(mark: string, before: string, after: string): string {
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
