import type { Span } from '../text/span';

/** How a speaker was found, for hovers that explain themselves. */
/** `editor`: set by the editor in the front-matter's `annotations.speakers`, over what the copy seems to say. */
export type Attribution = 'after' | 'before' | 'according-to' | 'pronoun' | 'continuing' | 'editor';

export interface Speaker {
  /** The fullest form of the name in the article: `Peskov` → `Dmitry Peskov`. */
  readonly name: string;
  /** Where the speaker is named for this quote (the pronoun, for `she said`). */
  readonly span: Span;
  readonly attribution: Attribution;
}

/**
 * A direct quotation: from its opening mark to its closing mark, over
 * several paragraphs when the quote runs on (each part is the words inside
 * the marks of one paragraph).
 */
export interface Quote extends Span {
  readonly text: string;
  readonly parts: readonly Span[];
  readonly speaker?: Speaker;
}
