import { SemanticTokensBuilder, type CancellationToken, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { ArticleAnnotations } from '../core/annotations/model';
import { captionCopies } from '../core/article/captions';
import type { Article } from '../core/article/model';
import type { LintResult } from '../core/lint';
import type { LineIndex } from '../core/text/lines';
import type { Span } from '../core/text/span';
import { cancelled, yieldToMessages, type Feature } from './context';
import type { DocumentStore } from './documents';

/**
 * The token types an editor colours, in newsroom words. The extension maps
 * each to TextMate scopes (`semanticTokenScopes`) so every theme colours
 * them without configuration.
 */
export const TOKEN_TYPES = [
  'person',
  'organization',
  'place',
  'date',
  'quote',
  'speaker',
  'caption',
  'credit',
  'dateline',
  'headline',
  'other',
] as const;
export const TOKEN_MODIFIERS = ['relative', 'duplicate'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/** A coloured stretch of text before it is cut to fit: tokens may not overlap, and the inner one wins. */
export interface Token extends Span {
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
  /** Higher wins where tokens overlap: a name inside a quote inside a caption. */
  readonly layer: number;
}

/** Every token of one article, in no order: structure (layer 0), quotes (1), then names, dates and speakers (2). */
function articleTokens(article: Article, annotations: ArticleAnnotations): Token[] {
  const tokens: Token[] = [];
  const add = (span: Span, type: TokenType, layer: number, modifiers: TokenModifier[] = []): void => {
    if (span.end > span.start) tokens.push({ start: span.start, end: span.end, type, modifiers, layer });
  };
  if (article.headline) add(article.headline, 'headline', 0);
  const copies = captionCopies(article);
  for (const caption of article.captions) {
    add(caption, 'caption', 0, copies.get(caption)!.first === caption ? [] : ['duplicate']);
    if (caption.credit) add(caption.credit, 'credit', 1);
    if (caption.dateline) add(caption.dateline, 'dateline', 1);
  }
  if (article.dateline) add(article.dateline, 'dateline', 1);
  for (const quote of annotations.quotes) add(quote, 'quote', 1);
  // Nationality words get no colour until the editor gives them a token type of their own.
  for (const mention of annotations.mentions) if (mention.type !== 'nationality') add(mention, mention.type, 2);
  for (const date of annotations.dates) if (date.kind !== 'duration') add(date, 'date', 2, date.relative ? ['relative'] : []);
  for (const quote of annotations.quotes) if (quote.speaker) add(quote.speaker.span, 'speaker', 3);
  return tokens;
}

/**
 * Cuts overlapping tokens into the non-overlapping pieces LSP requires: at
 * each point the highest layer wins, so a caption shows around the names in
 * it. Pieces never cross a line.
 */
function flattenTokens(tokens: readonly Token[], text: string): Token[] {
  const boundaries = new Set<number>();
  for (const token of tokens) boundaries.add(token.start).add(token.end);
  const points = [...boundaries].sort((a, b) => a - b);
  const byStart = [...tokens].sort((a, b) => a.start - b.start);
  const active: Token[] = [];
  const pieces: Token[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= start) active.push(byStart[next++]!);
    for (let j = active.length - 1; j >= 0; j--) if (active[j]!.end <= start) active.splice(j, 1);
    let top: Token | undefined;
    for (const token of active) if (!top || token.layer >= top.layer) top = token;
    if (top) pieces.push(...splitAtLineEnds({ ...top, start, end }, text));
  }
  return mergeNeighbours(pieces);
}

/** A piece that crosses a line ending becomes one piece per line, without the line ending. */
function splitAtLineEnds(token: Token, text: string): Token[] {
  const pieces: Token[] = [];
  let start = token.start;
  for (let i = token.start; i < token.end; i++) {
    const char = text[i];
    if (char !== '\n' && char !== '\r') continue;
    if (i > start) pieces.push({ ...token, start, end: i });
    start = i + 1;
  }
  if (token.end > start) pieces.push({ ...token, start, end: token.end });
  return pieces;
}

/** Joins touching pieces of one kind that the cutting split apart. */
function mergeNeighbours(pieces: readonly Token[]): Token[] {
  const merged: Token[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.end === piece.start && last.type === piece.type && last.modifiers.join() === piece.modifiers.join())
      merged[merged.length - 1] = { ...last, end: piece.end };
    else merged.push(piece);
  }
  return merged;
}

/** Pushes tokens (sorted, non-overlapping, one line each) into a builder in LSP's encoding, keeping those inside `range` when given. */
function pushTokens(builder: SemanticTokensBuilder, tokens: readonly Token[], lines: LineIndex, range?: Span): SemanticTokensBuilder {
  for (const token of tokens) {
    if (range && (token.end <= range.start || token.start >= range.end)) continue;
    const position = lines.positionAt(token.start);
    const modifiers = token.modifiers.reduce((bits, modifier) => bits | (1 << TOKEN_MODIFIERS.indexOf(modifier)), 0);
    builder.push(position.line, position.character, token.end - token.start, TOKEN_TYPES.indexOf(token.type), modifiers);
  }
  return builder;
}

/** Encodes tokens for LSP in one result, as a range request is answered. */
function encodeTokens(tokens: readonly Token[], lines: LineIndex, range?: Span): SemanticTokens {
  return pushTokens(new SemanticTokensBuilder(), tokens, lines, range).build();
}

/**
 * The tokens of each article, annotated one at a time: between articles
 * the server reads its messages, so a request the editor has given up on
 * (the text changed again) stops there.
 */
async function tokensOf(result: LintResult, articles: readonly Article[], token: CancellationToken): Promise<Token[] | undefined> {
  const tokens: Token[] = [];
  for (const article of articles) {
    if (token.isCancellationRequested) return undefined;
    tokens.push(...articleTokens(article, result.annotations(article)));
    if (articles.length > 1) await yieldToMessages();
  }
  return token.isCancellationRequested ? undefined : tokens;
}

/** An open document's tokens, flattened in document order: `cancelled` when the request was, nothing when the document is not analysed. */
async function documentTokens(
  documents: DocumentStore,
  uri: string,
  token: CancellationToken,
): Promise<{ tokens: Token[]; lines: LineIndex } | 'cancelled' | undefined> {
  if (token.isCancellationRequested) return 'cancelled';
  const found = documents.analysed(uri);
  if (!found) return undefined;
  const { result } = found;
  const tokens = await tokensOf(result, result.file.articles, token);
  return tokens ? { tokens: flattenTokens(tokens, result.file.text), lines: result.lines } : 'cancelled';
}

/** Semantic tokens: the whole document, the edits since the editor's last result, or the visible range. */
export const semanticTokens: Feature = {
  capabilities: () => ({ semanticTokensProvider: { legend: LEGEND, full: { delta: true }, range: true } }),

  register({ connection, documents }) {
    /**
     * Each open document's last whole-document tokens, so that the next request
     * can be answered with what changed since (`full/delta`): on a keystroke in
     * a long article that is a few numbers instead of thousands. The builder is
     * only touched after the tokens are worked out, in one synchronous step, so
     * a cancelled request never leaves it half filled.
     */
    const lastTokens = new Map<string, SemanticTokensBuilder>();
    documents.documents.onDidClose(({ document }) => lastTokens.delete(document.uri));

    connection.languages.semanticTokens.on(async (params, token) => {
      const found = await documentTokens(documents, params.textDocument.uri, token);
      if (found === 'cancelled') return cancelled();
      if (!found) return { data: [] };
      const builder = new SemanticTokensBuilder();
      lastTokens.set(params.textDocument.uri, builder);
      return pushTokens(builder, found.tokens, found.lines).build();
    });

    connection.languages.semanticTokens.onDelta(async (params, token) => {
      const found = await documentTokens(documents, params.textDocument.uri, token);
      if (found === 'cancelled') return cancelled();
      if (!found) return { data: [] };
      const builder = lastTokens.get(params.textDocument.uri) ?? new SemanticTokensBuilder();
      lastTokens.set(params.textDocument.uri, builder);
      // Edits against the result the client holds; the whole result when that is not the one kept.
      builder.previousResult(params.previousResultId);
      return pushTokens(builder, found.tokens, found.lines).buildEdits();
    });

    connection.languages.semanticTokens.onRange(async (params, token) => {
      if (token.isCancellationRequested) return cancelled();
      const found = documents.analysed(params.textDocument.uri);
      if (!found) return { data: [] };
      const { result } = found;
      const range = { start: result.lines.offsetAt(params.range.start), end: result.lines.offsetAt(params.range.end) };
      // Only the articles the visible range touches are annotated.
      const touched = result.file.articles.filter((article) => article.end >= range.start && article.start <= range.end);
      const tokens = await tokensOf(result, touched, token);
      return tokens ? encodeTokens(flattenTokens(tokens, result.file.text), result.lines, range) : cancelled();
    });
  },
};
