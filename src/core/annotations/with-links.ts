import { linkMentions, shippedLinkTable, type ArticleFrame, type Link } from '../linking';
import type { Entity, EntityMention } from './model';

/** The item most of an entity's mentions link to, the first among equals. */
function mostLinked(mentions: readonly EntityMention[]): Link | undefined {
  const counts = new Map<string, { link: Link; count: number }>();
  for (const { link } of mentions) if (link) counts.set(link.qid, { link, count: (counts.get(link.qid)?.count ?? 0) + 1 });
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.link;
}

/** The article's entities with each mention's Wikidata link put in, and every mention in text order. */
export function withLinks(
  text: string,
  entities: readonly Entity[],
  frame: ArticleFrame,
): { entities: Entity[]; mentions: EntityMention[] } {
  const links = linkMentions(text, entities, frame, shippedLinkTable());
  const linked = entities.map((entity): Entity => {
    const mentions = entity.mentions.map((mention) => {
      const link = links.get(mention);
      return link ? { ...mention, link } : mention;
    });
    const link = mostLinked(mentions);
    return { ...entity, ...(link ? { link } : {}), mentions };
  });
  return { entities: linked, mentions: linked.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start) };
}
