import type { Line } from '../text/lines';
import type { Span } from '../text/span';
import type { Block, Caption, PhotoBlock } from './model';
import { findCaption, isByline, isCrossheadShaped, isHeadlineShaped } from './recognise';

/** A run of non-blank lines, before it is known what part of the article it is. */
export interface LineRun {
  readonly lines: readonly Line[];
  /** Blank lines between this run and the one before it. */
  readonly blanksBefore: number;
  /** Where a reader's text lies inside the run (see `BlockBase.prose`). */
  readonly prose: readonly Span[];
}

/** Where a run stands in its article, which decides what a short line is. */
export interface RunPosition {
  readonly first: boolean;
  readonly bodyStarted: boolean;
}

/** Lines beside captions in a photo block that are debris, not copy: `TT`, `Photo`. */
const MAX_STRAY_LENGTH = 40;

/** A Markdown image on a line of its own: the photo a caption below it describes. */
const MARKDOWN_IMAGE = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/;

export function linesProse(lines: readonly Line[]): Span[] {
  return lines.map((line) => ({ start: line.start, end: line.end }));
}

function spanOf(lines: readonly Line[]): Span {
  return { start: lines[0]!.start, end: lines[lines.length - 1]!.end };
}

function proseWithin(prose: readonly Span[], lines: readonly Line[]): Span[] {
  const { start, end } = spanOf(lines);
  return prose.filter((span) => span.start >= start && span.end <= end);
}

/**
 * Classifies a run: the first run opens with the headline; a run of
 * credit-bearing lines is a photo block; a short line alone is a byline
 * (before the story starts) or a crosshead; anything else is a paragraph.
 * Returns one block, or two when a headline shares its run with what
 * follows it.
 */
export function classifyRun(run: LineRun, position: RunPosition): Block[] {
  const { lines } = run;
  const firstLine = lines[0]!;
  if (position.first && isHeadlineShaped(firstLine.text) && !findCaption(firstLine)) {
    const headlineLines = [firstLine];
    const headline: Block = {
      kind: 'headline',
      ...trimmedSpan(firstLine),
      text: firstLine.text.trim(),
      lines: headlineLines,
      prose: proseWithin(run.prose, headlineLines),
    };
    if (lines.length === 1) return [headline];
    const rest = lines.slice(1);
    return [
      headline,
      ...classifyRun({ lines: rest, blanksBefore: 0, prose: proseWithin(run.prose, rest) }, { first: false, bodyStarted: false }),
    ];
  }
  const photo = photoBlock(run);
  if (photo) return [photo];
  if (lines.length === 1 && !position.bodyStarted && isByline(firstLine.text)) {
    return [{ kind: 'byline', ...trimmedSpan(firstLine), text: firstLine.text.trim(), lines, prose: run.prose }];
  }
  if (lines.length === 1 && isCrossheadShaped(firstLine.text)) {
    return [{ kind: 'crosshead', ...trimmedSpan(firstLine), text: firstLine.text.trim(), lines, prose: run.prose }];
  }
  return [{ kind: 'paragraph', ...spanOf(lines), lines, prose: run.prose }];
}

/** The line's text without leading or trailing whitespace. */
function trimmedSpan(line: Line): Span {
  const lead = line.text.length - line.text.trimStart().length;
  return { start: line.start + lead, end: line.start + line.text.trimEnd().length };
}

function photoBlock(run: LineRun): PhotoBlock | undefined {
  const captions: Caption[] = [];
  const strays: Line[] = [];
  for (const line of run.lines) {
    const caption = findCaption(line);
    if (caption) captions.push(caption);
    else if (MARKDOWN_IMAGE.test(line.text)) continue;
    else if (line.text.trim().length <= MAX_STRAY_LENGTH) strays.push(line);
    else return undefined;
  }
  if (captions.length === 0) return undefined;
  return { kind: 'photo', ...spanOf(run.lines), lines: run.lines, prose: run.prose, captions, strays };
}
