import { defineRule } from './rule';

/** Information for the editor: a quote whose speaker the copy never names (or names too far away to be sure). */
export default defineRule({
  id: 'unattributed-quote',
  scope: 'article',
  description: 'A direct quote has no speaker the copy names.',
  defaultSeverity: 'info',
  tags: ['quotes', 'annotations'],
  defaultOptions: {},
  options: {},
  check(_article, { annotations, report }) {
    for (const quote of annotations().quotes) {
      if (quote.speaker) continue;
      report({ start: quote.start, end: quote.end, message: 'Quote with no speaker: say who said it, or check it is not a scare quote' });
    }
  },
});
