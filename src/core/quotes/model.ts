import type { Span } from '../text/span';

/** How a speaker was found, for hovers that explain themselves. */
/** `editor`: set by the editor in the front-matter's `annotations.speakers`, over what the copy seems to say. */
export type Attribution = 'after' | 'before' | 'according-to' | 'pronoun' | 'continuing' | 'editor';

/**
 * What the words at an attribution are: a name (`Mr. Hart`, `Hart`, `the
 * Norwegian Maritime Authority`), a pronoun (`she`) or a description of the
 * speaker (`a spokeswoman`, `the company`, `officials`).
 */
export type SpeakerKind = 'named' | 'pronoun' | 'description';

/** The words at an attribution that say who spoke, and what they are. */
export interface SpeakerMention extends Span {
  readonly kind: SpeakerKind;
}

export interface Speaker {
  /** The canonical speaker: the fullest form of the name in the article, without titles (`Mr. Hart` → `Daniel Hart`). */
  readonly name: string;
  /** Where the speaker is named for this quote (the pronoun, for `she said`; the description, for `the company said`). */
  readonly span: Span;
  /** What the words at `span` are. */
  readonly kind: SpeakerKind;
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
  /** Who spoke, when the copy names them. */
  readonly speaker?: Speaker;
  /**
   * Who spoke, when the copy says it but never names them: a description
   * (`a spokeswoman said`) or a pronoun with no safe antecedent. Never set
   * beside `speaker`.
   */
  readonly unnamedSpeaker?: SpeakerMention;
}

/** The words the copy attributes a quote with, named or not: what an editor's hover jumps to. */
export function speakerMention(quote: Quote): SpeakerMention | undefined {
  if (quote.speaker) return { start: quote.speaker.span.start, end: quote.speaker.span.end, kind: quote.speaker.kind };
  return quote.unnamedSpeaker;
}
