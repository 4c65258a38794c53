import { dayOf, weekdayOf } from '../dates/calendar';
import { readDates } from '../dates/chrono';
import weekdays from '../lexicon/weekdays.json';
import { defineRule } from './rule';

const WEEKDAYS = weekdays.words;

/**
 * A weekday written beside a full date: `Tuesday, 25 June 2024` or
 * `Tuesday, June 25, 2024`. Found by a cheap pattern first so that chrono
 * only reads the few candidates, keeping lint fast.
 */
const WEEKDAY_AND_DATE = new RegExp(
  `\\b(${WEEKDAYS.map((day) => day.slice(0, -3)).join('|')})day,?\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?\\p{Lu}\\p{Ll}+\\.?|\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?),?\\s+\\d{4}\\b`,
  'gu',
);

export default defineRule({
  id: 'date-weekday-mismatch',
  scope: 'article',
  description: 'A weekday written beside a date does not fall on that date (`Wednesday, 25 June 2024`).',
  defaultSeverity: 'warning',
  tags: ['dates'],
  defaultOptions: {},
  options: {},
  check(article, { file, report }) {
    for (const block of article.blocks) {
      for (const span of block.prose) {
        const prose = file.text.slice(span.start, span.end);
        for (const match of prose.matchAll(WEEKDAY_AND_DATE)) {
          const [result] = readDates(match[0], new Date(Date.UTC(2000, 0, 1, 12)));
          if (!result || !result.start.isCertain('day') || !result.start.isCertain('year')) continue;
          const actual = weekdayOf(dayOf(result.start.date()));
          const written = WEEKDAYS.findIndex((name) => name.startsWith(match[1]!));
          if (actual === written) continue;
          const start = span.start + match.index;
          const dateText = match[0].slice(match[0].search(/\d|\p{Lu}(?!\p{Ll}*day)/u)).trim();
          report({
            start,
            end: start + match[0].length,
            message: `${dateText} was a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[written]}: check the weekday and the date`,
          });
        }
      }
    }
  },
});
