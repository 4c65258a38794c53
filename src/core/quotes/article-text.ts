import type { Article, Block } from '../article/model';
import abbreviations from '../lexicon/abbreviations.json';
import { lowerCaseSet } from '../lexicon/word-list';
import type { Span } from '../text/span';
import { quotedParts } from './find-quotes';

const ABBREVIATIONS = lowerCaseSet(abbreviations);
const MASK = '_';
const CLOSING_MARKS = /["\u201D\u2019')\]]/u;

/**
 * An article's text as attribution reads it: the words inside every pair of
 * quotation marks blanked out, so that a full stop, a comma or a `said`
 * inside a quote is never taken for the copy's own, while every offset
 * stays what it is in the file.
 */
export class ArticleText {
  private readonly masked: string;
  private readonly base: number;

  constructor(
    readonly text: string,
    readonly article: Article,
  ) {
    this.base = article.start;
    const pieces: string[] = [];
    let copied = article.start;
    for (const block of article.blocks) {
      if (block.kind === 'verbatim') continue;
      for (const part of quotedParts(block, text)) {
        // The stop or comma that ends a quote stays: it says whether the copy's sentence ends with it.
        let end = part.inside.end;
        while (end > part.inside.start && /[.,!?;:\u2026'\u2019]/u.test(text[end - 1]!)) end--;
        pieces.push(text.slice(copied, part.inside.start), MASK.repeat(end - part.inside.start));
        copied = end;
      }
    }
    pieces.push(text.slice(copied, article.end));
    this.masked = pieces.join('');
  }

  /** The text of `[start, end)` with quotes blanked. */
  slice(start: number, end: number): string {
    return this.masked.slice(start - this.base, end - this.base);
  }

  char(offset: number): string {
    return this.masked[offset - this.base] ?? '';
  }

  /** The block of the article holding `offset`, and the blocks around it. */
  blockAt(offset: number): { readonly block: Block; readonly index: number } | undefined {
    const { blocks } = this.article;
    let low = 0;
    let high = blocks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (blocks[middle]!.end < offset) low = middle + 1;
      else high = middle;
    }
    const block = blocks[low];
    return block && block.start <= offset ? { block, index: low } : undefined;
  }

  /**
   * Whether the sentence ends after the stop at `offset`: a full stop, `?`
   * or `!` with a space after it, but not the stop of an abbreviation or an
   * initial (`Mr. Hart`, `Michael R. Golden`, `U.S. officials`).
   */
  endsSentence(offset: number): boolean {
    const char = this.char(offset);
    if (char !== '.' && char !== '?' && char !== '!') return false;
    let next = offset + 1;
    while (CLOSING_MARKS.test(this.char(next))) next++;
    if (!/\s/u.test(this.char(next)) && this.char(next) !== '') return false;
    if (char !== '.' || next > offset + 1) return true;
    let from = offset;
    while (from > this.base && /[\p{L}.]/u.test(this.char(from - 1))) from--;
    const word = this.slice(from, offset).toLowerCase();
    return !(ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word));
  }

  /** Where the sentence holding `offset` starts, inside `within`. */
  sentenceStart(offset: number, within: Span): number {
    for (let i = offset - 1; i >= within.start; i--) {
      if (!/\s/u.test(this.char(i))) continue;
      let stop = i - 1;
      while (stop > within.start && CLOSING_MARKS.test(this.char(stop))) stop--;
      if (this.endsSentence(stop)) return i + 1;
    }
    return within.start;
  }

  /** Where the sentence holding `offset` ends (after its stop and any closing mark), inside `within`. */
  sentenceEnd(offset: number, within: Span): number {
    for (let i = offset; i < within.end; i++) {
      if (!this.endsSentence(i)) continue;
      let end = i + 1;
      while (end < within.end && CLOSING_MARKS.test(this.char(end))) end++;
      return end;
    }
    return within.end;
  }
}
