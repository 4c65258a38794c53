import { readEditorAnnotations } from '../article/front-matter';
import type { Article, ArticleFile, Block } from '../article/model';
import { articleDate } from '../dates/article-date';
import { findDates } from '../dates/find-dates';
import { tagEntities } from '../entities';
import { withoutOfficeWords } from '../entities/titles';
import { attributeQuotes } from '../quotes/attribute';
import { findQuoteSpans } from '../quotes/find-quotes';
import type { ParagraphCache } from '../text/paragraph-cache';
import type { Span } from '../text/span';
import { EMPTY_DICTIONARY, type Dictionary } from './dictionary';
import { cleanMentions } from './clean-mentions';
import { withEditorAnnotations, withEditorSpeakers } from './editor-decisions';
import { linkEntities } from './link-entities';
import { withLinks } from './with-links';
import type { ArticleAnnotations } from './model';

export interface AnnotateOptions {
  readonly dictionary?: Dictionary;
  /** What earlier readings of the same document found in each paragraph (an editor's open document). */
  readonly paragraphs?: ParagraphCache;
}

/** What a reader reads of a block: its prose, less the debris among captions (`TT`). */
function readerProse(block: Block): readonly Span[] {
  if (block.kind !== 'photo') return block.prose;
  return block.prose.filter((span) => !block.strays.some((line) => line.start <= span.start && span.end <= line.end));
}

/**
 * The annotation engine for one article: its own date, its entities tied
 * together, its dates resolved against that date, and its quotes with their
 * speakers. Each article of a file is annotated on its own.
 */
export function annotateArticle(article: Article, file: ArticleFile, options: AnnotateOptions = {}): ArticleAnnotations {
  const { text } = file;
  const prose = article.blocks.flatMap(readerProse);
  const body = article.paragraphs.flatMap((block) => block.prose);
  // Headlines and crossheads capitalise every word, which a tagger reads as names:
  // their names are found from the rest of the copy instead. A lone letter (`(R)`, right in a photo) is no name.
  const datelines = [article.dateline, ...article.captions.map((caption) => caption.dateline)].flatMap(
    (dateline) => dateline?.places ?? [],
  );
  const tagged = cleanMentions(
    tagEntities(
      text,
      article.blocks.filter((block) => block.kind !== 'headline' && block.kind !== 'crosshead').flatMap(readerProse),
      options.paragraphs,
    ),
    datelines,
    text,
  )
    .filter((mention) => mention.text.length > 1)
    .map((mention) => (mention.type === 'person' ? withoutOfficeWords(mention) : mention));
  // The editor's marks in the front-matter win over the workspace dictionary, which wins over the tagger.
  const editor = readEditorAnnotations(file);
  const dictionary = withEditorAnnotations(options.dictionary ?? EMPTY_DICTIONARY, editor);
  const grouped = linkEntities(text, prose, tagged, dictionary, body);
  // A dateline's city is its first place (`LONDON, Ontario`), a caption dateline's its last (`Russia, Uglegorsk`).
  const cities = [article.dateline?.places[0], ...article.captions.map((caption) => caption.dateline?.places.at(-1))];
  const { entities, mentions } = withLinks(text, grouped.entities, {
    datelines: cities.flatMap((place) => (place ? [place] : [])),
    credits: article.captions.map((caption) => caption.credit),
  });
  const date = articleDate(article, file);
  const dates = findDates(text, prose, date?.day, options.paragraphs);
  const quotes = withEditorSpeakers(attributeQuotes(findQuoteSpans(article, text), article, text, mentions), mentions, editor);
  return { ...(date ? { date } : {}), entities, mentions, dates, quotes };
}
