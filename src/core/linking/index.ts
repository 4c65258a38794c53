import type { EntityType } from '../entities/mention';
import type { Link } from './link';
import { shippedLinkTable } from './shipped';
import { KINDS_OF_TYPE, type LinkItem } from './table';

export { linkMentions, type ArticleFrame, type EntityToLink, type Link } from './link';
export { shippedLinkTable } from './shipped';
export type { LinkItem, LinkKind, LinkTable } from './table';

/** The Wikidata entity URI for a QID, as ninjs, JSON-LD and the front-matter give it. */
export function wikidataUri(qid: string): string {
  return `http://www.wikidata.org/entity/${qid}`;
}

/** The item's page on Wikidata, for a reader to follow. */
export function wikidataPage(qid: string): string {
  return `https://www.wikidata.org/wiki/${qid}`;
}

/**
 * A link in words, for a hover: `President of Russia (since 2012, as of
 * 2022) · Q7747`. The table's offices are as of its year, and its
 * descriptions say so; an item the table does not know shows its QID alone.
 */
export function linkInWords(link: Link): string {
  return link.description ? `${link.description} · ${link.qid}` : link.qid;
}

/** Every item the shipped table knows by `name` for a name of `type`: what a code action that sets a link offers. */
export function linkChoices(name: string, type: EntityType): LinkItem[] {
  const nationality = type === 'nationality';
  return shippedLinkTable()
    .candidates(name)
    .filter((c) => c.nationality === nationality && (nationality || KINDS_OF_TYPE[type].includes(c.item.kind)))
    .map((c) => c.item);
}
