import type { Line } from '../text/lines';
import type { Article, ArticleFormat, Block, BylineBlock, CrossheadBlock, HeadlineBlock, ParagraphBlock, PhotoBlock } from './model';
import { classifyRun, type LineRun } from './blocks';
import { findCaption, findDateline, isHeadlineShaped } from './recognise';

/** A run of lines, or a block whose kind the format already settled (a Markdown heading, a code block). */
export interface Piece extends LineRun {
  readonly settled?: Block;
}

/**
 * Scrapers join stories with a few blank lines: two or more blank lines and
 * then a lone headline-shaped line open a new article, once the current one
 * has a paragraph of its own (so a headline repeated after the photos does
 * not split a story).
 */
function opensNewArticle(piece: Piece, current: readonly Block[]): boolean {
  if (piece.settled || piece.blanksBefore < 2 || piece.lines.length !== 1) return false;
  const line = piece.lines[0]!;
  if (!isHeadlineShaped(line.text) || findCaption(line)) return false;
  return current.some((block) => block.kind === 'paragraph');
}

/** Groups pieces into articles and builds each article's model. */
export function assembleArticles(
  pieces: readonly Piece[],
  lines: readonly Line[],
  format: ArticleFormat,
  splitArticles: boolean,
): Article[] {
  const groups: Block[][] = [];
  let current: Block[] = [];
  for (const piece of pieces) {
    if (current.length > 0 && splitArticles && opensNewArticle(piece, current)) {
      groups.push(current);
      current = [];
    }
    if (piece.settled) {
      current.push(piece.settled);
      continue;
    }
    const bodyStarted = current.some((block) => block.kind === 'paragraph');
    current.push(...classifyRun(piece, { first: current.length === 0, bodyStarted }));
  }
  if (current.length > 0) groups.push(current);
  return groups.map((blocks, index) => buildArticle(blocks, index, lines, format));
}

function buildArticle(blocks: Block[], index: number, lines: readonly Line[], format: ArticleFormat): Article {
  const first = blocks[0]!;
  const last = blocks[blocks.length - 1]!;
  const paragraphs = blocks.filter((block): block is ParagraphBlock => block.kind === 'paragraph');
  const photoBlocks = blocks.filter((block): block is PhotoBlock => block.kind === 'photo');
  const headline = blocks.find((block): block is HeadlineBlock => block.kind === 'headline');
  const byline = blocks.find((block): block is BylineBlock => block.kind === 'byline');
  const firstParagraphLine = paragraphs[0]?.lines[0];
  const dateline = firstParagraphLine ? findDateline(firstParagraphLine) : undefined;
  return {
    index,
    format,
    start: first.lines[0]!.start,
    end: last.lines[last.lines.length - 1]!.end,
    lines: lines.slice(first.lines[0]!.index, last.lines[last.lines.length - 1]!.index + 1),
    blocks,
    ...(headline ? { headline } : {}),
    ...(byline ? { byline } : {}),
    ...(dateline ? { dateline } : {}),
    photoBlocks,
    captions: photoBlocks.flatMap((block) => block.captions),
    crossheads: blocks.filter((block): block is CrossheadBlock => block.kind === 'crosshead'),
    paragraphs,
  };
}
