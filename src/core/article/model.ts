import type { Document } from 'yaml';
import type { EntityType } from '../entities/mention';
import type { Line } from '../text/lines';
import type { Span } from '../text/span';

/**
 * The typed article model: what an editor sees in a file of news copy, with
 * exact UTF-16 offsets for every part. Built by `parseArticleFile`; read by
 * the rules, the annotation engine and every front end.
 */

export type ArticleFormat = 'plain' | 'markdown';

/**
 * A `---` YAML block at the top of a file, parsed once: every reader (the
 * schema rules, the article's date, the editor's decisions) shares this.
 */
export interface FrontMatter extends Span {
  /** The text between the fences. */
  readonly yaml: Span;
  /** That text with every line ending written `\n`, as it was parsed and as an edit of the block rewrites it. */
  readonly source: string;
  /** Where a `\r\n` became `\n` in `source`, as offsets into it (see `fileOffset`). */
  readonly crlf: readonly number[];
  /** The parsed YAML, ranges into `source`. Shared: a front end that edits it clones it first. */
  readonly document: Document.Parsed;
  /** The fields as plain data: undefined when the YAML is broken, not a mapping, or cannot be expanded. */
  readonly fields: Readonly<Record<string, unknown>> | undefined;
  /** Why a mapping that parsed could not be expanded into fields (an alias bomb). */
  readonly unreadable?: string;
  /** The editor's own decisions, from the `annotations` field. */
  readonly editor: EditorAnnotations;
}

/** The editor's decisions in the front-matter's `annotations` block, which override detection. */
export interface EditorAnnotations {
  /** Words marked as a name, with the canonical name they stand for. */
  readonly entities: ReadonlyArray<{
    readonly text: string;
    readonly type: EntityType;
    readonly name?: string;
    readonly wikidata?: string;
  }>;
  /** Words that are never a name in this article. */
  readonly notEntities: readonly string[];
  /** Who said a quote, found by some of its words. */
  readonly speakers: ReadonlyArray<{ readonly quote: string; readonly speaker: string }>;
}

/** The agency or photographer credit at the end of a caption: `(KCNA via YNA/dpa)`; `text` excludes the parentheses. */
export interface Credit extends Span {
  readonly text: string;
}

/**
 * `14 September 2023, Russia, Uglegorsk:` before a caption, or
 * `KYIV, Ukraine (AP) —` before the first paragraph. `date` and `places`
 * point at their own words; the span covers the whole dateline with its
 * closing colon or dash.
 */
export interface Dateline extends Span {
  readonly text: string;
  readonly date?: Span & { readonly text: string };
  readonly places: ReadonlyArray<Span & { readonly text: string }>;
}

/** One photo caption: a line ending in a credit. `span` is the line's text without trailing whitespace. */
export interface Caption extends Span {
  readonly text: string;
  readonly line: Line;
  readonly credit: Credit;
  readonly dateline?: Dateline;
}

interface BlockBase extends Span {
  /** Every line of the block, none blank. */
  readonly lines: readonly Line[];
  /**
   * Where the block holds running text a reader sees, for rules that read
   * prose (quotes): each line in plain text; the text nodes in Markdown,
   * so code, URLs and markup are never taken for copy.
   */
  readonly prose: readonly Span[];
}

/** A block of one short line of words: a headline, a byline or a crosshead. */
interface WordsBlock<Kind extends string> extends BlockBase {
  readonly kind: Kind;
  /** The words a reader sees: in Markdown, without the emphasis marks the span still covers. */
  readonly text: string;
}

export type HeadlineBlock = WordsBlock<'headline'>;

export type BylineBlock = WordsBlock<'byline'>;

/** Captions pasted together between blank lines, with the photos they describe and any debris among them (`TT`). */
export interface PhotoBlock extends BlockBase {
  readonly kind: 'photo';
  readonly captions: readonly Caption[];
  /** Markdown images on lines of their own: `![The ferry at the quay](ferry.jpg)`. */
  readonly images: readonly Line[];
  /** Debris among the captions, not copy: a site marker or an agency's bare name (`TT`, `Photo`). */
  readonly strays: readonly Line[];
}

/** A short line standing alone inside the story: `'Friendship'`. */
export type CrossheadBlock = WordsBlock<'crosshead'>;

export interface ParagraphBlock extends BlockBase {
  readonly kind: 'paragraph';
}

/** Markdown the copy does not read as text: code, HTML, tables. Rules leave it alone. */
export interface VerbatimBlock extends BlockBase {
  readonly kind: 'verbatim';
}

export type Block = HeadlineBlock | BylineBlock | PhotoBlock | CrossheadBlock | ParagraphBlock | VerbatimBlock;

export interface Article extends Span {
  /** 0-based position of the article in its file. */
  readonly index: number;
  readonly format: ArticleFormat;
  /** Every line of the article, blank ones included, from its first block to its last. */
  readonly lines: readonly Line[];
  readonly blocks: readonly Block[];
  readonly headline?: HeadlineBlock;
  readonly byline?: BylineBlock;
  /** The story's own dateline, at the start of its first paragraph. */
  readonly dateline?: Dateline;
  readonly photoBlocks: readonly PhotoBlock[];
  readonly captions: readonly Caption[];
  readonly crossheads: readonly CrossheadBlock[];
  readonly paragraphs: readonly ParagraphBlock[];
}

export interface ArticleFile {
  /** The file's text without a byte order mark; all offsets index into it. */
  readonly text: string;
  readonly format: ArticleFormat;
  readonly lines: readonly Line[];
  readonly frontMatter?: FrontMatter;
  readonly articles: readonly Article[];
}
