import type { Article, Block } from '../article/model';
import speechVerbs from '../lexicon/speech-verbs.json';
import { speechVerbsIn } from './speech-verbs';
import type { Span } from '../text/span';

const OPEN = '\u201C';
const CLOSE = '\u201D';

/** A quoted stretch found in one paragraph, before quotes running over paragraphs are joined. */
export interface QuotedPart extends Span {
  readonly block: Block;
  /** The paragraph holding the part, from its first word to its last: a block, or one paragraph of a Markdown blockquote. */
  readonly paragraph: Span;
  /** The words inside the marks. */
  readonly inside: Span;
  /** The quote runs on: no closing mark before the paragraph ends. */
  readonly open: boolean;
}

/**
 * The paragraphs of a block, each as the prose spans it holds: one for plain
 * copy, one per paragraph of a Markdown blockquote or list, whose `>` and
 * blank lines stand between them and are no part of any quote.
 */
function paragraphsOf(block: Block, text: string): Span[][] {
  const paragraphs: Span[][] = [];
  let current: Span[] = [];
  for (const span of block.prose) {
    const previous = current.at(-1);
    if (previous && /\n[ \t>]*\r?\n|\r[ \t>]*\r/u.test(text.slice(previous.end, span.start))) {
      paragraphs.push(current);
      current = [];
    }
    current.push(span);
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/** `“` right after a word and before a space or stop closes, as in rebuilt copy: `decision.“ However`. */
function closesAfterAll(text: string, offset: number): boolean {
  return /[^\s([\u2014\u2013-]/u.test(text[offset - 1] ?? ' ') && /[\s,.;:!?)]/u.test(text[offset + 1] ?? ' ');
}

/** `”` after a space and before a word opens, as in scraped copy: `said ”We`. */
function opensAfterAll(text: string, offset: number): boolean {
  return /[\s([\u2014\u2013-]/u.test(text[offset - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(text[offset + 1] ?? ' ');
}

/** The quoted stretches of one paragraph, by its double marks: a curly mark says whether it opens or closes, a straight one opens when none is open. */
function partsOfParagraph(block: Block, spans: readonly Span[], text: string): QuotedPart[] {
  const parts: QuotedPart[] = [];
  const paragraph = { start: spans[0]!.start, end: spans.at(-1)!.end };
  let opening: number | undefined;
  for (const span of spans) {
    for (let offset = span.start; offset < span.end; offset++) {
      const char = text[offset];
      if (char !== '"' && char !== OPEN && char !== CLOSE) continue;
      const opens =
        char === OPEN
          ? opening === undefined || !closesAfterAll(text, offset)
          : char === CLOSE
            ? opening === undefined && opensAfterAll(text, offset)
            : opening === undefined;
      if (opens) opening = offset;
      else if (opening !== undefined) {
        parts.push({ start: opening, end: offset + 1, block, paragraph, inside: { start: opening + 1, end: offset }, open: false });
        opening = undefined;
      }
    }
  }
  if (opening !== undefined)
    parts.push({ start: opening, end: paragraph.end, block, paragraph, inside: { start: opening + 1, end: paragraph.end }, open: true });
  return parts;
}

/** The quoted stretches of one block, paragraph by paragraph. */
export function quotedParts(block: Block, text: string): QuotedPart[] {
  return paragraphsOf(block, text).flatMap((spans) => partsOfParagraph(block, spans, text));
}

export interface QuoteSpan extends Span {
  readonly parts: readonly QuotedPart[];
  /** How many words stand inside the marks (five meaning five or more): one quoted word is a quote only where someone is said to say it. */
  readonly words: number;
}

/** How many words stand in `[start, end)`, counted up to five: all a quote's detection asks. */
function wordCount(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end && words < 5; i++) {
    const space = /\s/u.test(text[i]!);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * Every quoted stretch of an article outside its headline (a headline's
 * quote repeats the story's), joined over paragraphs by the newsroom
 * convention: no closing mark at a paragraph's end, a new opening mark at
 * the start of the next. Which of them are quotations, and not terms or
 * titles in quotation marks, attribution decides.
 */
export function findQuoteSpans(article: Article, text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let running: QuotedPart[] | undefined;
  for (const block of article.blocks) {
    if (block.kind === 'verbatim' || block.kind === 'headline') continue;
    for (const spans of paragraphsOf(block, text)) {
      for (const part of partsOfParagraph(block, spans, text)) {
        const continues = running !== undefined && part.start === part.paragraph.start;
        if (running && !continues) close(running);
        running = continues ? [...running!, part] : [part];
        if (!part.open) running = close(running);
      }
      if (running && running.at(-1)!.paragraph.start !== spans[0]!.start) running = close(running);
    }
  }
  if (running) close(running);
  return quotes;

  function close(parts: QuotedPart[]): undefined {
    const kept = parts.length === 1 && parts[0]!.open ? [withoutOwnAttribution(parts[0]!, text)] : parts;
    const words = kept.reduce((count, part) => count + wordCount(text, part.inside.start, part.inside.end), 0);
    if (words >= 1) quotes.push({ start: kept[0]!.start, end: kept.at(-1)!.end, parts: kept, words });
    return undefined;
  }
}

const SPEECH_VERB = `(?:${speechVerbs.words.join('|')})`;
/** `, headteacher Agata Sroka said.`, `, said the mayor.`: an attribution closing a paragraph. */
const OWN_ATTRIBUTION = new RegExp(
  String.raw`,\s+(?:(?:[\p{L}\p{M}.'\u2019-]+\s+){1,8}${SPEECH_VERB}|${SPEECH_VERB}\s+[^,"\u201C\u201D]{1,60})(?:\s[^,"\u201C\u201D]{0,40})?[.!?]?\s*$`,
  'u',
);

/**
 * A quote that never closes and does not run on into the next paragraph
 * ends where its own attribution begins: `“the heating works better than in
 * the school, headteacher Agata Sroka said.` is the headteacher's words up
 * to the comma, not to the paragraph's end.
 */
function withoutOwnAttribution(part: QuotedPart, text: string): QuotedPart {
  // An attribution closes the paragraph: only its last words are read, and only when they hold a speech verb.
  const from = Math.max(part.inside.start, part.inside.end - 160);
  const tail = text.slice(from, part.inside.end);
  if (!tail.includes(',') || speechVerbsIn(tail, true).length === 0) return part;
  const attribution = OWN_ATTRIBUTION.exec(tail);
  if (!attribution) return part;
  const end = from + attribution.index + 1;
  return { ...part, end, inside: { start: part.inside.start, end } };
}
