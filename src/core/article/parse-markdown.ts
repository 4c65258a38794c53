import type { Heading, Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Line } from '../text/lines';
import type { Span } from '../text/span';
import type { Piece } from './assemble';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * Markdown copy, parsed with remark so that its syntax is never taken for
 * text: the first level-one heading is the headline, other headings are
 * crossheads, code, HTML and tables are left verbatim, and a block's prose
 * is its text nodes only.
 */
export function markdownPieces(text: string, lines: readonly Line[]): Piece[] {
  // remark drops a byte order mark at the start, which would move every place it gives by one: a second mark
  // (the reader dropped the first) is read as a space, which is as wide and means nothing in Markdown there.
  const root = markdown.parse(text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text) as Root;
  const pieces: Piece[] = [];
  let previousEndLine = -1;
  let headlineSeen = false;
  for (const node of root.children) {
    if (node.type === 'yaml' || !node.position) continue;
    const first = node.position.start.line - 1;
    const last = node.position.end.line - 1;
    const nodeLines = lines.slice(first, last + 1);
    const blanksBefore = previousEndLine < 0 ? first : first - previousEndLine - 1;
    previousEndLine = last;
    const prose = textSpans(node);
    const piece: Piece = { lines: nodeLines, blanksBefore, prose };
    const span = { start: node.position.start.offset!, end: node.position.end.offset! };
    if (node.type === 'heading') {
      const isHeadline: boolean = node.depth === 1 && !headlineSeen;
      headlineSeen ||= isHeadline;
      const words = headingWords(node) ?? span;
      pieces.push({
        ...piece,
        settled: {
          kind: isHeadline ? 'headline' : 'crosshead',
          ...words,
          text: prose.map((part) => text.slice(part.start, part.end)).join(''),
          lines: nodeLines,
          prose,
        },
      });
    } else if (isVerbatim(node)) {
      pieces.push({ ...piece, settled: { kind: 'verbatim', ...span, lines: nodeLines, prose: [] } });
    } else {
      pieces.push(piece);
    }
  }
  return pieces;
}

/**
 * A heading's content, markup inside it included (`Ferry *Reopens*`) but
 * not its `#` marks: what an editor selects as the heading's words.
 */
function headingWords(node: Heading): Span | undefined {
  const first = node.children[0]?.position;
  const last = node.children[node.children.length - 1]?.position;
  return first && last ? { start: first.start.offset!, end: last.end.offset! } : undefined;
}

function isVerbatim(node: RootContent): boolean {
  return (
    node.type === 'code' || node.type === 'html' || node.type === 'table' || node.type === 'definition' || node.type === 'thematicBreak'
  );
}

/** The source spans of every text node under `node`, in order. */
function textSpans(node: Nodes): Span[] {
  const spans: Span[] = [];
  const visit = (current: Nodes): void => {
    if (current.type === 'text' && current.position) {
      spans.push({ start: current.position.start.offset!, end: current.position.end.offset! });
      return;
    }
    if ('children' in current) for (const child of current.children) visit(child as Nodes);
  };
  visit(node);
  return spans;
}
