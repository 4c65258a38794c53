import { frontMatterProblems } from '../front-matter/validate';
import { defineRule } from './rule';

/**
 * The front-matter must be YAML a publishing system can read, with each
 * field of the shape the news article schema gives it. Checked once per
 * file, even a file that holds nothing but its front-matter.
 */
export default defineRule({
  id: 'front-matter-schema',
  scope: 'file',
  description:
    'The front-matter is not valid YAML, or a field has the wrong shape (a list where text belongs, a date that is not YYYY-MM-DD).',
  defaultSeverity: 'error',
  tags: ['front-matter'],
  defaultOptions: {},
  options: {},
  check(file, { report }) {
    for (const problem of frontMatterProblems(file)) {
      if (problem.kind === 'unknown-field') continue;
      report({ start: problem.start, end: problem.end, message: problem.message });
    }
  },
});
