// What the server does in the moment after `initialize`, while the editor
// registers its features before it sends the first article: it reads a short
// article of its own. The first article an editor opens then does not also
// pay for parsing the entity model, compiling the date and quote patterns and
// the first, unoptimised run of every rule, which together cost more than
// the article itself (about 250 ms of CPU on the 2-core machine, against
// 10 ms for the next article).
import { resolveRules } from '../core/config/config';
import { lintText } from '../core/lint';

/** A scraped wire story of our own: a caption pasted twice, a site marker, dates of each kind, names, and quotes with their speakers. */
export const SAMPLE_ARTICLE = [
  'Night Trains Return to the Lake Line After a Decade',
  '',
  '14 March 2025, Switzerland, Lucerne: A conductor checks tickets on the first night train. (Photo: Anna Berger/dpa)',
  '14 March 2025, Switzerland, Lucerne: A conductor checks tickets on the first night train. (Photo: Anna Berger/dpa)',
  'TT',
  '',
  'LUCERNE, Switzerland (AP) — Night trains returned to the lake line on Friday, ten years after the last one ran, the Swiss Federal Railways said.',
  '',
  '"We waited a long time for this," said Marco Keller, the mayor of Lucerne. “It brings the valley closer to Zurich.”',
  '',
  'Two weeks ago the company tested the route, and on 2 April 2025 it will add a second train. Tickets sold out within three days, Keller said.',
  '',
].join('\n');

/** Reads the sample article with every default rule and its annotations, and forgets the result. */
export function warmUp(): void {
  const result = lintText(SAMPLE_ARTICLE, 'plain', resolveRules({}));
  for (const article of result.file.articles) result.annotations(article);
}
