import { fieldSpan } from '../article/front-matter';
import { articleDate } from '../dates/article-date';
import { defineRule } from './rule';

/**
 * `datePublished` is what the article's relative dates resolve against and
 * what a publishing system prints, so a value that contradicts the copy's
 * own dateline (or caption date) puts every `on Wednesday` on the wrong day.
 */
export default defineRule({
  id: 'front-matter-date',
  scope: 'file',
  description: "The front-matter's `datePublished` contradicts the date in the article's dateline or captions.",
  defaultSeverity: 'warning',
  tags: ['front-matter', 'dates'],
  defaultOptions: {},
  options: {},
  check(file, { report }) {
    // Front-matter describes one article: a file that has it holds one story.
    const { frontMatter } = file;
    const article = file.articles[0];
    if (!frontMatter || !article) return;
    const published = articleDate(article, file);
    // The date the copy itself gives, as if there were no front-matter.
    const written = articleDate(article, { ...file, frontMatter: undefined });
    if (published?.source !== 'front-matter' || !written || written.value === published.value) return;
    const field = fieldSpan(frontMatter, 'datePublished', 'date');
    const span = field ?? { start: frontMatter.start, end: frontMatter.end };
    report({
      ...span,
      message: `datePublished is ${published.value}, but the ${written.source} says ${written.value}`,
      related: [{ ...written.span, message: `the ${written.source}'s date` }],
      suggestion: [{ ...span, newText: written.value }],
    });
  },
});
