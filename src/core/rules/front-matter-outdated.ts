import { planFrontMatter } from '../front-matter/plan';
import { defineRule } from './rule';

/**
 * Information for the editor: the text has changed since the front-matter
 * was written (a name corrected, a quote cut). The update is a suggestion,
 * never applied by `--fix`: it rewrites a block the editor may be editing by
 * hand, and is offered for them to accept.
 */
export default defineRule({
  id: 'front-matter-outdated',
  scope: 'file',
  description: 'The front-matter no longer says what the text says (a name, caption, date or quote has changed).',
  defaultSeverity: 'info',
  tags: ['front-matter', 'annotations'],
  defaultOptions: {},
  options: {},
  check(file, { report, annotations }) {
    if (!file.frontMatter) return;
    const plan = planFrontMatter(file, annotations);
    if (plan.kind !== 'update') return;
    const opening = file.lines[0]!;
    report({
      start: opening.start,
      end: opening.end,
      message: 'The front-matter is out of date with the text: update it',
      suggestion: [plan.edit],
    });
  },
});
