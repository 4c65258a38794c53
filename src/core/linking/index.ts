export { linkMentions, type ArticleFrame, type EntityToLink, type Link } from './link';
export { shippedLinkTable } from './shipped';
export type { LinkItem, LinkKind, LinkTable } from './table';

/** The Wikidata entity URI for a QID, as ninjs, JSON-LD and the front-matter give it. */
export function wikidataUri(qid: string): string {
  return `http://www.wikidata.org/entity/${qid}`;
}
