import { spellingKey } from '../annotations/link-entities';
import type { Entity } from '../annotations/model';
import { defineRule } from './rule';

/**
 * The spelling an entity should have: the dictionary's canonical name, or
 * else the canonical form the article settled on (the body's most used).
 */
function preferredSpelling(entity: Entity): string {
  return entity.canonical;
}

export default defineRule({
  id: 'inconsistent-name',
  description: 'One name is spelt two ways in an article (`Kim Jong-un` in the caption, `Kim Jong Un` in the body).',
  defaultSeverity: 'warning',
  tags: ['names', 'annotations'],
  defaultOptions: {},
  options: {},
  check(_article, { annotations, report }) {
    for (const entity of annotations().entities) {
      const preferred = preferredSpelling(entity);
      const key = spellingKey(preferred);
      for (const mention of entity.mentions) {
        // Only the same name spelt otherwise: `Kim` for `Kim Jong Un` is a short form, not a misspelling.
        if (mention.text === preferred || spellingKey(mention.text) !== key) continue;
        report({
          start: mention.start,
          end: mention.end,
          message: `"${mention.text}" is spelt "${preferred}" elsewhere in this article${entity.mentions.some((other) => other.fromDictionary) ? ' and in the dictionary' : ''}`,
          // Which names are one person is the tagger's guess: the editor confirms the change.
          suggestion: [{ start: mention.start, end: mention.end, newText: preferred }],
        });
      }
    }
  },
});
