import { frontMatterProblems } from '../front-matter/validate';
import { defineRule } from './rule';

/**
 * The front-matter must be YAML a publishing system can read, with each
 * field of the shape the news article schema gives it. Checked once per
 * file, with its first article.
 */
export default defineRule({
  id: 'front-matter-schema',
  description:
    'The front-matter is not valid YAML, or a field has the wrong shape (a list where text belongs, a date that is not YYYY-MM-DD).',
  defaultSeverity: 'error',
  tags: ['front-matter'],
  defaultOptions: {},
  options: {},
  check(article, { file, report }) {
    if (article.index !== 0) return;
    for (const problem of frontMatterProblems(file)) {
      if (problem.kind === 'unknown-field') continue;
      report({ start: problem.start, end: problem.end, message: problem.message });
    }
  },
});
