import type { ArticleAnnotations, Entity } from '../annotations/model';
import type { Article, ArticleFile, Caption, Dateline } from '../article/model';
import type { DateMention } from '../dates/model';
import { wholeDay } from '../dates/value';
import { entityModel } from '../entities';
import { isNationality } from '../entities/gazetteer';
import type { EntityType } from '../entities/mention';
import type { ArticleMetadata, EntityName } from './model';

/**
 * What the text says about the article, as front-matter fields: everything
 * an editor would type into a CMS by hand. Empty fields are left out, so a
 * block only lists what the article has.
 */
export function describeArticle(article: Article, file: ArticleFile, annotations: ArticleAnnotations): ArticleMetadata {
  const fields: Record<string, unknown> = {
    headline: article.headline?.text,
    datePublished: annotations.date?.value,
    dateline: storyDateline(article, annotations),
    // The byline's names, as ninjs and schema.org hold them: `By Maren Holt` → `Maren Holt`.
    byline: article.byline?.text.replace(/^By\s+/i, ''),
    credits: distinct(article.captions.map((caption) => caption.credit.text)),
    captions: distinctBy(
      article.captions.map((caption) => describeCaption(caption, file.text, annotations.dates)),
      (caption) => caption.text,
    ),
    people: entityNames(inTheStory(annotations.entities, article), 'person'),
    organizations: entityNames(inTheStory(annotations.entities, article), 'organization'),
    places: entityNames(inTheStory(annotations.entities, article), 'place'),
    dates: distinctBy(annotations.dates.map(describeDate), (date) => `${date.text}\u0000${date.value}`),
    quotes: annotations.quotes.map((quote) => ({
      ...(quote.speaker ? { speaker: quote.speaker.name } : {}),
      text: quote.text,
      line: articleLine(article, quote.start),
    })),
  };
  return withoutEmpty(fields) as ArticleMetadata;
}

/** The story's own dateline, else the first caption's: scraped copy often dates only its photos. */
function storyDateline(article: Article, annotations: ArticleAnnotations): ArticleMetadata['dateline'] {
  const dateline = article.dateline ?? article.captions.find((caption) => caption.dateline)?.dateline;
  if (dateline) return withoutEmpty(placeAndDate(dateline, annotations.dates));
  return captionDateAndPlace(article, annotations);
}

/**
 * A caption that ends with its place and date instead of opening with them
 * (`… in Luxembourg, 25 June 2024. (EPA)`): the first full date a caption
 * gives, and the last place it names before that date.
 */
function captionDateAndPlace(article: Article, annotations: ArticleAnnotations): ArticleMetadata['dateline'] {
  for (const caption of article.captions) {
    const date = annotations.dates.find(
      (mention) => mention.start >= caption.start && mention.end <= caption.end && wholeDay(mention.resolved) !== undefined,
    );
    if (!date) continue;
    const place = annotations.mentions
      .filter((mention) => mention.type === 'place' && mention.start >= caption.start && mention.end <= date.start)
      .at(-1);
    return withoutEmpty({ place: place?.entity, date: date.value! });
  }
  return undefined;
}

function placeAndDate(dateline: Dateline, dates: readonly DateMention[]): { place?: string; date?: string } {
  // Caption datelines name the country first (`Russia, Uglegorsk`), wire datelines the city (`KYIV, Ukraine`).
  const names = dateline.places.map((place) => asWritten(place.text));
  const place = (dateline.date ? names.reverse() : names).join(', ') || undefined;
  return { place, date: dateline.date ? dayOf(dates, dateline.date) : undefined };
}

/** Wire datelines shout the city (`TROMSØ`); a CMS field spells it as a name (`Tromsø`). */
function asWritten(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The resolved day of the date mention at `span`, when it is a full day. */
function dayOf(dates: readonly DateMention[], span: { start: number; end: number }): string | undefined {
  const date = dates.find((mention) => mention.start < span.end && span.start < mention.end);
  return date && wholeDay(date.resolved) ? date.value! : undefined;
}

function describeCaption(
  caption: Caption,
  text: string,
  dates: readonly DateMention[],
): { text: string; credit: string; place?: string; date?: string } {
  const words = text
    .slice(caption.dateline?.end ?? caption.start, caption.credit.start)
    .replace(/^[\s:]+/, '')
    .replace(/[\s(]+$/, '');
  return withoutEmpty({ text: words, credit: caption.credit.text, ...(caption.dateline ? placeAndDate(caption.dateline, dates) : {}) }) as {
    text: string;
    credit: string;
  };
}

function describeDate(date: DateMention): { text: string; value?: string } {
  return date.value === null ? { text: date.text } : { text: date.text, value: date.value };
}

/**
 * The entities the story itself names: a photo agency named only in a
 * caption's credit (`(EPA)`) is listed under `credits`, not as an
 * organisation of the story.
 */
function inTheStory(entities: readonly Entity[], article: Article): Entity[] {
  // A dateline's agency (`TROMSØ, Norway (NTB) —`) credits the story as a caption's credit does; its places stay.
  const inDateline = (start: number): boolean => {
    const dateline = article.dateline;
    const within = (span: { start: number; end: number }): boolean => span.start <= start && start < span.end;
    return dateline !== undefined && within(dateline) && !dateline.places.some(within);
  };
  const inCredit = (start: number): boolean =>
    inDateline(start) || article.captions.some((caption) => caption.credit.start <= start && start < caption.credit.end);
  return entities.filter((entity) => entity.mentions.some((mention) => !inCredit(mention.start)));
}

/**
 * `Russian`, `North Korean`, `Korean-Russian`: adjectives of nationality name
 * no place an editor would list, though they stay highlighted as places.
 */
function isNationalityAdjective(name: string): boolean {
  const gazetteer = entityModel().gazetteer;
  return name.split('-').every((part) => isNationality(part, gazetteer));
}

function entityNames(entities: readonly Entity[], type: EntityType): EntityName[] {
  const listed = entities.filter((entity) => entity.type === type && !(type === 'place' && isNationalityAdjective(entity.canonical)));
  return distinct(listed.map((entity) => entity.canonical)).map((name) => {
    const wikidata = entities.find((entity) => entity.canonical === name && entity.wikidata)?.wikidata;
    return wikidata ? { name, wikidata } : name;
  });
}

/** 1-based, from the article's first line: stays true when the front-matter above it grows or shrinks. */
function articleLine(article: Article, offset: number): number {
  return article.lines.findIndex((line) => offset < line.next || line.next === line.end) + 1;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function distinctBy<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => !seen.has(key(value)) && Boolean(seen.add(key(value))));
}

/** Drops undefined fields and empty lists, so the block lists only what the article has. */
function withoutEmpty<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as Partial<T>;
}
