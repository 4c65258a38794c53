import { frontMatterProblems } from '../front-matter/validate';
import { defineRule } from './rule';

/** A field the schema does not name is most often a typo (`headlien`) that a publishing system silently drops. */
export default defineRule({
  id: 'front-matter-unknown-field',
  scope: 'file',
  description: 'The front-matter has a field the news article schema does not name.',
  defaultSeverity: 'warning',
  tags: ['front-matter'],
  defaultOptions: {},
  options: {},
  check(file, { report }) {
    for (const problem of frontMatterProblems(file)) {
      if (problem.kind === 'unknown-field') report({ start: problem.start, end: problem.end, message: problem.message });
    }
  },
});
