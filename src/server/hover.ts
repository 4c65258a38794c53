import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { ArticleAnnotations } from '../core/annotations/model';
import { captionCopies } from '../core/article/captions';
import type { Article } from '../core/article/model';
import type { Attribution } from '../core/quotes/model';
import { weekdayOf } from '../core/dates/calendar';
import { timeml, type DateValue } from '../core/dates/value';
import weekdays from '../core/lexicon/weekdays.json';
import type { LineIndex } from '../core/text/lines';
import type { Span } from '../core/text/span';
import { cancelled, type Feature } from './context';
import { spanToRange } from './convert';
import { valueWords } from './date-words';

/** How the hover explains where a speaker came from. */
const HOW_NAMED: Readonly<Record<Attribution, string>> = {
  after: 'named after the quote',
  before: 'named before the quote',
  'according-to': 'named by "according to"',
  pronoun: 'named by a pronoun',
  continuing: 'the speaker of the quote before',
  editor: 'set by the editor in the front-matter',
};

const TYPE_NAMES = { person: 'Person', organization: 'Organisation', place: 'Place', nationality: 'Nationality', other: 'Name' } as const;

function within(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

function markdown(lines: string[]): MarkupContent {
  return { kind: 'markdown', value: lines.join('\n\n') };
}

/** `` `2025-03-04` (Tuesday) ``; `` summer 2025 · `2025-SU` ``: the words, the weekday of a day, and the TimeML value when the words are not it. */
function resolvedWords(value: DateValue): string {
  const code = timeml(value);
  const words = valueWords(value);
  const weekday = value.kind === 'day' ? weekdays.words[weekdayOf(value.day)] : undefined;
  return `${words === code ? `\`${code}\`` : words}${weekday ? ` (${weekday})` : ''}${words === code ? '' : ` · \`${code}\``}`;
}

/**
 * What an editor wants to know about the word under the cursor: who a name
 * is and how often the article names them, what a date resolves to and
 * against what, who said a quote, and a caption's credit and copies.
 */
function hoverAt(offset: number, article: Article, annotations: ArticleAnnotations, lines: LineIndex): Hover | undefined {
  const mention = annotations.mentions.find((candidate) => within(candidate, offset));
  if (mention) {
    const entity = annotations.entities.find((candidate) => candidate.canonical === mention.entity);
    const count = entity?.mentions.length ?? 1;
    return {
      contents: markdown([
        `**${TYPE_NAMES[mention.type]}** · ${mention.entity}`,
        ...(mention.role ? [`Role: ${mention.role}`] : []),
        `Mentioned ${count} time${count === 1 ? '' : 's'} in this article${entity?.wikidata ? ` · Wikidata ${entity.wikidata}` : ''}${mention.fromDictionary ? ' · from the dictionary' : ''}`,
      ]),
      range: spanToRange(mention, lines),
    };
  }
  const date = annotations.dates.find((candidate) => within(candidate, offset));
  if (date) {
    const resolved = date.resolved ? resolvedWords(date.resolved) : 'not resolved: the article has no date of its own';
    const against =
      date.relative && annotations.date
        ? [`Resolved against the article's date \`${annotations.date.value}\`, read from its ${annotations.date.source}`]
        : [];
    return {
      contents: markdown([
        `**${date.kind === 'duration' ? 'Duration' : date.kind === 'time' ? 'Time' : 'Date'}** · ${resolved}`,
        ...against,
      ]),
      range: spanToRange(date, lines),
    };
  }
  const quote = annotations.quotes.find((candidate) => within(candidate, offset));
  if (quote) {
    const speaker = quote.speaker ? `Speaker: **${quote.speaker.name}** (${HOW_NAMED[quote.speaker.attribution]})` : 'No speaker named';
    return { contents: markdown(['**Quote**', speaker]), range: spanToRange(quote, lines) };
  }
  const caption = article.captions.find((candidate) => within(candidate, offset));
  if (caption) {
    const { first, count } = captionCopies(article).get(caption)!;
    const copyNote =
      count > 1
        ? first === caption
          ? `Pasted ${count} times in this article`
          : `Duplicate: first copy on line ${lines.positionAt(first.start).line + 1}`
        : 'Appears once';
    return {
      contents: markdown([
        `**Caption**${caption.credit ? ` · credit: ${caption.credit.text}` : ''}`,
        ...(caption.dateline ? [`Dateline: ${caption.dateline.text}`] : []),
        copyNote,
      ]),
      range: spanToRange(caption, lines),
    };
  }
  return undefined;
}

/** Hovers: what Copydesk knows about the word under the cursor, in the article holding it. */
export const hover: Feature = {
  capabilities: () => ({ hoverProvider: true }),

  register({ connection, documents }) {
    connection.onHover((params, token) => {
      if (token.isCancellationRequested) return cancelled();
      const found = documents.analysed(params.textDocument.uri);
      if (!found) return null;
      const { result } = found;
      const offset = result.lines.offsetAt(params.position);
      const article = result.file.articles.find((candidate) => candidate.start <= offset && offset <= candidate.end);
      return article ? (hoverAt(offset, article, result.annotations(article), result.lines) ?? null) : null;
    });
  },
};
