import assert from 'node:assert/strict';
import { readTimeml } from '../../src/core/dates/value';
import { calendarWords as wordsOf, valueWords as hoverWords } from '../../src/server/date-words';

/** The cases are written as TimeML values, read into their type as the core reads them. */
const calendarWords = (value: string): string | undefined => wordsOf(readTimeml(value)!);
const valueWords = (value: string): string => hoverWords(readTimeml(value)!);

describe('dates in words, for hints and hovers', () => {
  it('keeps a day in ISO form and words the other stretches of the calendar', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['2023-09-13', '2023-09-13'],
      ['2023-09-13TMO', '2023-09-13 morning'],
      ['2023-09-13T14:30', '2023-09-13 14:30'],
      ['2023-09', 'September 2023'],
      ['2023-W37', 'week of 2023-09-11'],
      ['2023-W37-WE', 'weekend of 2023-09-16'],
      ['2021-W01', 'week of 2021-01-04'],
      ['2020-W53', 'week of 2020-12-28'],
      ['2009-Q1', 'Q1 2009'],
      ['2025-SU', 'summer 2025'],
      ['2024-FA', 'autumn 2024'],
      ['2025', '2025'],
      ['199', 'the 1990s'],
    ];
    for (const [value, words] of cases) assert.equal(calendarWords(value), words, value);
  });

  it('gives no calendar words to a vague reference, and explains it in a hover', () => {
    assert.equal(calendarWords('PAST_REF'), undefined);
    assert.equal(valueWords('PAST_REF'), "some time before the article's date");
    assert.equal(valueWords('FUTURE_REF'), "some time after the article's date");
    assert.equal(valueWords('PRESENT_REF'), "around the article's date");
  });

  it('words durations by their length', () => {
    assert.equal(valueWords('P2Y'), '2 years');
    assert.equal(valueWords('P1W'), '1 week');
    assert.equal(valueWords('PT5H'), 'PT5H');
  });
});
