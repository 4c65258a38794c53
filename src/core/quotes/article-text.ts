import type { Article, Block } from '../article/model';
import abbreviations from '../lexicon/abbreviations.json';
import { lowerCaseSet } from '../lexicon/word-list';
import type { Span } from '../text/span';
import type { QuoteSpan } from './find-quotes';
import type { Sex } from './sex';
import { isSpace } from './spaces';
import { sexOfHonorific } from './speaker-titles';

const ABBREVIATIONS = lowerCaseSet(abbreviations);
const MASK = '_';
const LETTER = /\p{L}/u;
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
    quotes: readonly QuoteSpan[],
  ) {
    this.base = article.start;
    const pieces: string[] = [];
    let copied = article.start;
    for (const part of quotes.flatMap((quote) => quote.parts)) {
      // The stop or comma that ends a quote stays: it says whether the copy's sentence ends with it.
      let end = part.inside.end;
      while (end > part.inside.start && /[.,!?;:\u2026'\u2019]/u.test(text[end - 1]!)) end--;
      pieces.push(text.slice(copied, part.inside.start), MASK.repeat(end - part.inside.start));
      copied = end;
    }
    pieces.push(text.slice(copied, article.end));
    this.masked = pieces.join('');
  }

  private titled?: Map<string, Sex | undefined>;

  /**
   * What the courtesy titles the article gives a surname say (`Mr. Okafor`
   * anywhere makes every `Okafor` a man's name): `male`, `female`, `undefined`
   * for a title of neither (`Dr.`), or no entry for a surname never titled.
   */
  titleOf(surname: string): { readonly sex: Sex | undefined } | undefined {
    this.titled ??= titledSurnames(this.masked);
    return this.titled.has(surname) ? { sex: this.titled.get(surname) } : undefined;
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
    if (this.char(next) !== '' && !isSpace(this.char(next).charCodeAt(0))) return false;
    if (char !== '.' || next > offset + 1) return true;
    let from = offset;
    while (from > this.base && from > offset - 12 && (this.char(from - 1) === '.' || LETTER.test(this.char(from - 1)))) from--;
    const word = this.slice(from, offset).toLowerCase();
    return !(ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word));
  }

  /** Where the sentence holding `offset` starts, inside `within`. */
  sentenceStart(offset: number, within: Span): number {
    const known = this.starts.get(offset);
    if (known !== undefined && known >= within.start) return known;
    const start = this.findSentenceStart(offset, within);
    this.starts.set(offset, start);
    return start;
  }

  /** Sentence starts already found, by the offset asked about: attribution asks about a quote's many times. */
  private readonly starts = new Map<number, number>();

  private findSentenceStart(offset: number, within: Span): number {
    for (let i = offset - 2; i >= within.start; i--) {
      const code = this.masked.charCodeAt(i - this.base);
      // Only a stop ends a sentence: look at nothing else.
      if ((code !== 46 && code !== 63 && code !== 33) || !this.endsSentence(i)) continue;
      let next = i + 1;
      while (next < offset && !isSpace(this.masked.charCodeAt(next - this.base))) next++;
      while (next < offset && isSpace(this.masked.charCodeAt(next - this.base))) next++;
      return next;
    }
    return within.start;
  }

  /** Where the sentence holding `offset` ends (after its stop and any closing mark), inside `within`; remembered, as starts are. */
  sentenceEnd(offset: number, within: Span): number {
    const known = this.ends.get(offset);
    if (known !== undefined && known <= within.end) return known;
    const end = this.findSentenceEnd(offset, within);
    this.ends.set(offset, end);
    return end;
  }

  private readonly ends = new Map<number, number>();

  private findSentenceEnd(offset: number, within: Span): number {
    for (let i = offset; i < within.end; i++) {
      const code = this.masked.charCodeAt(i - this.base);
      if ((code !== 46 && code !== 63 && code !== 33) || !this.endsSentence(i)) continue;
      let end = i + 1;
      while (end < within.end && CLOSING_MARKS.test(this.char(end))) end++;
      return end;
    }
    return within.end;
  }
}

const TITLED =
  /(?<![\p{L}])(Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Dame|Prof|Professor)\.?\s+((?:\p{Lu}[\p{L}\p{M}'\u2019-]*\.?\s+){0,2}\p{Lu}[\p{L}\p{M}'\u2019-]+)/gu;

/** Each surname the copy gives a courtesy title, with the sex the title tells (the first title given wins). */
function titledSurnames(masked: string): Map<string, Sex | undefined> {
  const titled = new Map<string, Sex | undefined>();
  for (const match of masked.matchAll(TITLED)) {
    const surname = match[2]!.split(/\s+/u).at(-1)!;
    if (!titled.has(surname)) titled.set(surname, sexOfHonorific(match[1]!));
  }
  return titled;
}
