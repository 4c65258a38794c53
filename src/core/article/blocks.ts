import type { Line } from '../text/lines';
import type { Span } from '../text/span';
import type { Block, PhotoBlock } from './model';
import { findCaption, isByline, isCrossheadShaped, isHeadlineShaped, isPhotoDebris } from './recognise';

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

/**
 * Past this length a line beside captions is running copy, and the run is a
 * paragraph, not a photo block. Shorter lines are either debris of the block
 * (`TT`, `Photo`: see `isPhotoDebris`) or copy of their own that the block
 * leaves out (a crosshead, a byline, a short quote).
 */
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
  const photo = photoBlocks(run, position);
  if (photo) return photo;
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

/** What a line of a run beside captions is. */
type PhotoLine = 'caption' | 'image' | 'debris' | 'copy';

function photoLine(line: Line): PhotoLine | undefined {
  if (findCaption(line)) return 'caption';
  if (MARKDOWN_IMAGE.test(line.text)) return 'image';
  if (isPhotoDebris(line.text)) return 'debris';
  return line.text.trim().length <= MAX_STRAY_LENGTH ? 'copy' : undefined;
}

/**
 * A run of captions, with the photos they describe and debris among them,
 * is a photo block. A short line of copy in the run (a crosshead under a
 * caption, a byline, a short quote) is no part of it: the run is cut there
 * and the copy read as a block of its own, so nothing deletes it with the
 * block. A long line makes the whole run a paragraph.
 */
function photoBlocks(run: LineRun, position: RunPosition): Block[] | undefined {
  const kinds = run.lines.map(photoLine);
  if (!kinds.includes('caption') || kinds.includes(undefined)) return undefined;
  const blocks: Block[] = [];
  let cut = 0;
  for (let i = 1; i <= run.lines.length; i++) {
    if (i < run.lines.length && (kinds[i] === 'copy') === (kinds[cut] === 'copy')) continue;
    const lines = run.lines.slice(cut, i);
    const part = { lines, blanksBefore: cut === 0 ? run.blanksBefore : 0, prose: proseWithin(run.prose, lines) };
    const photo = kinds[cut] === 'copy' ? undefined : photoBlock(part, kinds.slice(cut, i));
    blocks.push(...(photo ? [photo] : classifyRun(part, { first: false, bodyStarted: position.bodyStarted })));
    cut = i;
  }
  return blocks;
}

function photoBlock(run: LineRun, kinds: readonly (PhotoLine | undefined)[]): PhotoBlock | undefined {
  const captions = run.lines.flatMap((line) => findCaption(line) ?? []);
  if (captions.length === 0) return undefined;
  const of = (kind: PhotoLine): Line[] => run.lines.filter((_, i) => kinds[i] === kind);
  return { kind: 'photo', ...spanOf(run.lines), lines: run.lines, prose: run.prose, captions, images: of('image'), strays: of('debris') };
}
