import { spellingKey } from '../text/spelling-key';
import { defineRule } from './rule';

export default defineRule({
  id: 'inconsistent-name',
  scope: 'article',
  description: 'One name is spelt two ways in an article (`Kim Jong-un` in the caption, `Kim Jong Un` in the body).',
  defaultSeverity: 'warning',
  tags: ['names', 'annotations'],
  defaultOptions: {},
  options: {},
  check(_article, { annotations, report }) {
    for (const entity of annotations().entities) {
      // The entity's canonical name is the dictionary's, or else the spelling the body uses most.
      const preferred = entity.canonical;
      const key = spellingKey(preferred);
      for (const mention of entity.mentions) {
        // Only the same name spelt otherwise: `Kim` for `Kim Jong Un` is a short form, not a misspelling.
        if (mention.text === preferred || spellingKey(mention.text) !== key) continue;
        // Capitals alone are a convention, not a second spelling: `BODØ, Norway (NTB) —` opens a wire story.
        if (mention.text.toLowerCase() === preferred.toLowerCase()) continue;
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
