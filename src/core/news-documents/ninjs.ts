import type { Article, ArticleFile } from '../article/model';
import { describeArticle } from '../front-matter/describe';
import type { ArticleAnnotations } from '../annotations/model';
import { storySubjects, type StorySubject } from './subjects';

/**
 * One article as an IPTC ninjs 3.1 document (News in JSON: iptc.org/standards/ninjs):
 * its headline, dates, plain-text body, byline and dateline, the people,
 * organisations and places it names with their Wikidata URIs, and its
 * photo captions and credits as associated pictures. `uri` identifies the
 * document (the front-matter's, or one made from the file's path).
 */
export function toNinjs(article: Article, file: ArticleFile, annotations: ArticleAnnotations, uri: string): Record<string, unknown> {
  const meta = describeArticle(article, file, annotations);
  const body = plainBody(article, file);
  const when = meta.datePublished ? dateTime(meta.datePublished) : undefined;
  const subjects = storySubjects(article, annotations);
  const document: Record<string, unknown> = {
    uri,
    type: 'text',
    ...(when ? { versionCreated: when, contentCreated: when } : {}),
    ...(meta.headline ? { headlines: [{ role: 'main', value: meta.headline }] } : {}),
    ...(body ? { bodies: [{ role: 'main', contentType: 'text/plain', charCount: body.length, wordCount: words(body), value: body }] } : {}),
    ...(meta.byline ? { by: meta.byline } : {}),
    ...(meta.dateline?.place ? { located: meta.dateline.place } : {}),
    ...listed('people', subjects, 'person'),
    ...listed('organisations', subjects, 'organization'),
    ...listed('places', subjects, 'place'),
  };
  const pictures = (meta.captions ?? []).map((caption, index) => ({
    name: `Picture ${index + 1}`,
    uri: partUri(uri, `picture-${index + 1}`),
    type: 'picture',
    rel: 'picture',
    descriptions: [{ role: 'caption', contentType: 'text/plain', value: caption.text }],
    ...(caption.credit ? { infoSources: [{ name: caption.credit, role: 'credit' }] } : {}),
    ...(caption.place ? { located: caption.place } : {}),
  }));
  return pictures.length > 0 ? { ...document, associations: pictures } : document;
}

/** The story's paragraphs as a reader reads them (no Markdown marks), a blank line between. */
export function plainBody(article: Article, file: ArticleFile): string {
  return article.paragraphs.map((block) => block.prose.map((span) => file.text.slice(span.start, span.end).trim()).join(' ')).join('\n\n');
}

/**
 * What identifies an article: the front-matter's `uri` (or `url`), else
 * `fileUri`, the file's own; the second and later articles of a file are
 * told apart by a fragment (`#article-2`).
 */
export function articleUri(file: ArticleFile, article: Article, fileUri: string): string {
  const fields = file.frontMatter?.fields ?? {};
  const own = [fields.uri, fields.url].find((value): value is string => typeof value === 'string' && /^[a-z][a-z0-9+.-]*:/iu.test(value));
  const base = own ?? fileUri;
  return file.articles.length > 1 ? partUri(base, `article-${article.index + 1}`) : base;
}

/** ninjs dates are date-times; the copy gives a day, so the time is the day's start in UTC. */
function dateTime(day: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/u.test(day) ? `${day}T00:00:00Z` : undefined;
}

function words(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** `rel`: `about` for what the headline names, `mentions` for the rest, as IPTC's own examples write them. */
function listed(field: string, subjects: readonly StorySubject[], type: StorySubject['type']): Record<string, unknown> {
  const items = subjects
    .filter((subject) => subject.type === type)
    .map((subject) => ({
      name: subject.name,
      rel: subject.inHeadline ? 'about' : 'mentions',
      ...(subject.uri ? { uri: subject.uri } : {}),
    }));
  return items.length > 0 ? { [field]: items } : {};
}

/** A part of the document (a picture) named under its URI: a fragment, or a longer fragment where the URI has one. */
export function partUri(uri: string, part: string): string {
  return uri.includes('#') ? `${uri}-${part}` : `${uri}#${part}`;
}
