import type { Article } from '../article/model';
import { entityModel } from '../entities';
import { isNationalityName } from '../entities/gazetteer';
import { wikidataUri } from '../linking';
import type { ArticleAnnotations, EntityMention } from '../annotations/model';

/** A person, organisation or place the story names, as ninjs and schema.org list them. */
export interface StorySubject {
  readonly type: 'person' | 'organization' | 'place';
  /** The canonical name, as the copy spells it. */
  readonly name: string;
  /** The Wikidata entity URI, when the mention is linked. */
  readonly uri?: string;
  /** The headline names it: the story is about it, not only mentioning it. */
  readonly inHeadline: boolean;
}

const TYPES: ReadonlyArray<StorySubject['type']> = ['person', 'organization', 'place'];

/** The byline and the credits (`(EPA)`, a wire dateline's `(Reuters)`): they say who made the copy, not what it is about. */
function creditSpans(article: Article): Array<{ start: number; end: number }> {
  const dateline = article.dateline;
  const datelineCredit = dateline ? [{ start: (dateline.places.at(-1)?.end ?? dateline.start) + 1, end: dateline.end }] : [];
  return [...(article.byline ? [article.byline] : []), ...datelineCredit, ...article.captions.map((caption) => caption.credit)];
}

/**
 * The story's people, organisations and places, one entry per Wikidata item
 * (two spellings linked to one item are one subject, one name linked to two
 * items two subjects) and per name where nothing is linked, in the order
 * the story first names them. Nationality adjectives name no subject.
 */
export function storySubjects(article: Article, annotations: ArticleAnnotations): StorySubject[] {
  const credits = creditSpans(article);
  const headline = article.headline;
  const gazetteer = entityModel().gazetteer;
  const subjects = new Map<string, { subject: StorySubject; first: number }>();
  for (const entity of annotations.entities) {
    const type = entity.type as StorySubject['type'];
    if (!TYPES.includes(type) || (type === 'place' && isNationalityName(entity.canonical, gazetteer))) continue;
    const named = entity.mentions.filter((m) => !credits.some((c) => c.start <= m.start && m.end <= c.end));
    const byItem = new Map<string, EntityMention[]>();
    for (const mention of named) {
      const key = mention.link ? mention.link.qid : `name:${type}:${entity.canonical}`;
      byItem.set(key, [...(byItem.get(key) ?? []), mention]);
    }
    for (const [key, mentions] of byItem) {
      const inHeadline = !!headline && mentions.some((m) => headline.start <= m.start && m.end <= headline.end);
      const known = subjects.get(key);
      const first = Math.min(...mentions.map((m) => m.start));
      const qid = mentions[0]!.link?.qid;
      const subject: StorySubject = {
        type,
        name: known?.subject.name ?? entity.canonical,
        ...(qid ? { uri: wikidataUri(qid) } : {}),
        inHeadline: inHeadline || !!known?.subject.inHeadline,
      };
      subjects.set(key, { subject, first: Math.min(first, known?.first ?? first) });
    }
  }
  return [...subjects.values()].sort((a, b) => a.first - b.first).map(({ subject }) => subject);
}
