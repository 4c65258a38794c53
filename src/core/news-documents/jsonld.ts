import type { Article, ArticleFile } from '../article/model';
import { describeArticle } from '../front-matter/describe';
import type { ArticleAnnotations } from '../annotations/model';
import { partUri, plainBody } from './ninjs';
import { storySubjects, type StorySubject } from './subjects';

const SCHEMA_TYPE: Readonly<Record<StorySubject['type'], string>> = { person: 'Person', organization: 'Organization', place: 'Place' };

/**
 * One article as a schema.org `NewsArticle` in JSON-LD: headline, date,
 * dateline, author and body, what the headline names as `about` and the
 * rest as `mentions`, each with `sameAs` its Wikidata URI, and its photos
 * as `associatedMedia` with their captions and credits.
 */
export function toJsonLd(article: Article, file: ArticleFile, annotations: ArticleAnnotations, uri: string): Record<string, unknown> {
  const meta = describeArticle(article, file, annotations);
  const body = plainBody(article, file);
  const thing = (subject: StorySubject) => ({
    '@type': SCHEMA_TYPE[subject.type],
    name: subject.name,
    ...(subject.uri ? { sameAs: subject.uri } : {}),
  });
  const subjects = storySubjects(article, annotations);
  const about = subjects.filter((s) => s.inHeadline).map(thing);
  const mentions = subjects.filter((s) => !s.inHeadline).map(thing);
  const media = (meta.captions ?? []).map((caption, index) => ({
    '@type': 'ImageObject',
    '@id': partUri(uri, `picture-${index + 1}`),
    caption: caption.text,
    ...(caption.credit ? { creditText: caption.credit } : {}),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': uri,
    ...(meta.headline ? { headline: meta.headline } : {}),
    ...(meta.datePublished ? { datePublished: meta.datePublished } : {}),
    ...(meta.dateline?.place ? { dateline: meta.dateline.place } : {}),
    ...(meta.byline
      ? {
          author: meta.byline
            .split(/\s*(?:,|\band\b)\s*/u)
            .filter(Boolean)
            .map((name) => ({ '@type': 'Person', name })),
        }
      : {}),
    ...(body ? { articleBody: body } : {}),
    ...(about.length > 0 ? { about } : {}),
    ...(mentions.length > 0 ? { mentions } : {}),
    ...(media.length > 0 ? { associatedMedia: media } : {}),
  };
}
