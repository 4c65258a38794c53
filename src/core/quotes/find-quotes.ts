import type { Article, Block } from '../article/model';
import type { Span } from '../text/span';

const OPEN = '\u201C';
const CLOSE = '\u201D';

/** A quoted stretch found in one block, before quotes running over paragraphs are joined. */
export interface QuotedPart extends Span {
  readonly block: Block;
  /** The words inside the marks. */
  readonly inside: Span;
  /** The quote runs on: no closing mark before the paragraph ends. */
  readonly open: boolean;
}

/**
 * The quoted stretches of one block, by its double marks: a curly mark says
 * whether it opens or closes, a straight one opens when none is open.
 */
export function quotedParts(block: Block, text: string): QuotedPart[] {
  const parts: QuotedPart[] = [];
  let opening: number | undefined;
  for (const span of block.prose) {
    for (let offset = span.start; offset < span.end; offset++) {
      const char = text[offset];
      if (char !== '"' && char !== OPEN && char !== CLOSE) continue;
      const opens = char === OPEN || (char === '"' && opening === undefined);
      if (opens) opening = offset;
      else if (opening !== undefined) {
        parts.push({ start: opening, end: offset + 1, block, inside: { start: opening + 1, end: offset }, open: false });
        opening = undefined;
      }
    }
  }
  if (opening !== undefined) {
    const end = block.prose[block.prose.length - 1]!.end;
    parts.push({ start: opening, end, block, inside: { start: opening + 1, end }, open: true });
  }
  return parts;
}

/** Single quoted words (`"comrades"`, `"pelmeni"`) are terms, not quotations. */
function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

export interface QuoteSpan extends Span {
  readonly parts: readonly QuotedPart[];
}

/**
 * Every direct quotation in an article: quoted stretches of two words or
 * more, joined over paragraphs by the newsroom convention (no closing mark
 * at a paragraph's end, a new opening mark at the start of the next).
 */
export function findQuoteSpans(article: Article, text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let running: QuotedPart[] | undefined;
  for (const block of article.blocks) {
    if (block.kind === 'verbatim') continue;
    for (const part of quotedParts(block, text)) {
      const continues = running !== undefined && part.start === firstProse(block);
      if (running && !continues) close(running);
      running = continues ? [...running!, part] : [part];
      if (!part.open) running = close(running);
    }
    if (running && running[running.length - 1]!.block !== block) running = close(running);
  }
  if (running) close(running);
  return quotes;

  function close(parts: QuotedPart[]): undefined {
    const words = parts.reduce((count, part) => count + wordCount(text.slice(part.inside.start, part.inside.end)), 0);
    if (words >= 2) quotes.push({ start: parts[0]!.start, end: parts[parts.length - 1]!.end, parts });
    return undefined;
  }
}

/** Where a block's text starts, skipping leading spaces: a continuing quote opens there. */
function firstProse(block: Block): number {
  return block.prose[0]?.start ?? block.start;
}
