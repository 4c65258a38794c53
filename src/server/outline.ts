import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { Article, ArticleFile, Block } from '../core/article/model';
import type { LineIndex } from '../core/text/lines';
import type { Feature } from './context';
import { spanToRange } from './convert';

/** How each part of an article shows in the Outline view and breadcrumbs. */
function blockSymbol(block: Block, lines: LineIndex): DocumentSymbol | undefined {
  const range = spanToRange(block, lines);
  switch (block.kind) {
    case 'headline':
      return { name: block.text, detail: 'headline', kind: SymbolKind.String, range, selectionRange: range };
    case 'byline':
      return { name: block.text, detail: 'byline', kind: SymbolKind.Property, range, selectionRange: range };
    case 'crosshead':
      return { name: block.text, detail: 'crosshead', kind: SymbolKind.Key, range, selectionRange: range };
    case 'photo': {
      const children = block.captions.map((caption): DocumentSymbol => {
        const captionRange = spanToRange(caption, lines);
        return {
          name: shorten(caption.text),
          detail: caption.credit?.text ?? 'caption',
          kind: SymbolKind.Field,
          range: captionRange,
          selectionRange: captionRange,
        };
      });
      const name = `Photo block (${block.captions.length} caption${block.captions.length === 1 ? '' : 's'})`;
      return {
        name,
        detail: block.captions[0]?.credit?.text ?? '',
        kind: SymbolKind.Array,
        range,
        selectionRange: spanToRange(block.lines[0]!, lines),
        children,
      };
    }
    default:
      return undefined;
  }
}

function shorten(text: string): string {
  return text.length > 60 ? text.slice(0, 59) + '…' : text;
}

function articleSymbol(article: Article, lines: LineIndex): DocumentSymbol {
  const range = spanToRange(article, lines);
  const selectionRange = article.headline ? spanToRange(article.headline, lines) : spanToRange(article.lines[0]!, lines);
  const children = article.blocks.flatMap((block) => blockSymbol(block, lines) ?? []);
  return {
    name: article.headline?.text ?? `Article ${article.index + 1}`,
    detail: 'article',
    kind: SymbolKind.Module,
    range,
    selectionRange,
    children,
  };
}

function documentSymbols(file: ArticleFile, lines: LineIndex): DocumentSymbol[] {
  const symbols = file.articles.map((article) => articleSymbol(article, lines));
  if (file.frontMatter) {
    const range = spanToRange(file.frontMatter, lines);
    symbols.unshift({ name: 'Front-matter', kind: SymbolKind.Object, range, selectionRange: range });
  }
  return symbols;
}

/** Front-matter, each article and each multi-line photo block fold. */
function foldingRanges(file: ArticleFile, lines: LineIndex): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (start: number, end: number, kind?: FoldingRangeKind): void => {
    const startLine = lines.positionAt(start).line;
    const endLine = lines.positionAt(end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine, ...(kind ? { kind } : {}) });
  };
  if (file.frontMatter) add(file.frontMatter.start, file.frontMatter.end, FoldingRangeKind.Region);
  for (const article of file.articles) {
    add(article.start, article.end);
    for (const block of article.photoBlocks) add(block.start, block.end);
  }
  return ranges;
}

/** The Outline view, breadcrumbs and folding: the article's parts as the model found them. */
export const outline: Feature = {
  capabilities: () => ({ documentSymbolProvider: true, foldingRangeProvider: true }),

  register({ connection, documents }) {
    connection.onDocumentSymbol((params) => {
      const found = documents.analysed(params.textDocument.uri);
      return found ? documentSymbols(found.result.file, found.result.lines) : [];
    });
    connection.onFoldingRanges((params) => {
      const found = documents.analysed(params.textDocument.uri);
      return found ? foldingRanges(found.result.file, found.result.lines) : [];
    });
  },
};
