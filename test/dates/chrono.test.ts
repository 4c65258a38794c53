import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { readDates, unboundedSource } from '../../src/core/dates/chrono';

/** Every article file of the test fixtures and the examples: the shapes of copy the core reads. */
function articleFiles(folder: string, found: string[] = []): string[] {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) articleFiles(path, found);
    else if (/\.(?:news|article|txt|md)$/.test(name)) found.push(path);
  }
  return found;
}

/** What a reading says: where, the words, and every component chrono is sure of, at both ends. */
function reading(result: chrono.ParsedResult): string {
  const ends = [result.start, result.end].map(
    (end) =>
      end &&
      ['year', 'month', 'day', 'weekday', 'hour', 'minute']
        .map((part) => (end.isCertain(part as chrono.Component) ? end.get(part as chrono.Component) : '?'))
        .join('/'),
  );
  return `${result.index} ${JSON.stringify(result.text)} ${ends.join(' → ')} ${result.start.date().toISOString()}`;
}

const REFERENCE = new Date(Date.UTC(2025, 3, 3, 12));

describe('the date reader (chrono-node with unbounded patterns)', () => {
  it('lifts the bounds on whitespace and on a repeated group, and keeps those on digits', () => {
    assert.equal(unboundedSource('(?:about|around)\\s{0,3}'), '(?:about|around)\\s*');
    assert.equal(unboundedSource('(?:,?\\s*and\\s{0,5}(?:days|weeks)){0,10}'), '(?:,?\\s*and\\s*(?:days|weeks))*');
    assert.equal(unboundedSource('[1-9][0-9]{0,3}|([0-3]{0,1}[0-9])'), '[1-9][0-9]{0,3}|([0-3]{0,1}[0-9])');
    assert.equal(unboundedSource('\\(\\){0,2}'), '\\(\\){0,2}');
  });

  it("reads every paragraph of the fixtures and examples as chrono-node's own casual parser does", () => {
    const files = [...articleFiles('test/fixtures'), ...articleFiles('test/e2e/fixtures'), ...articleFiles('examples')];
    let readings = 0;
    for (const file of files) {
      for (const paragraph of readFileSync(file, 'utf8').split(/\n\s*\n/)) {
        const expected = chrono.casual.parse(paragraph, { instant: REFERENCE, timezone: 0 }).map(reading);
        assert.deepEqual(readDates(paragraph, REFERENCE).map(reading), expected, `${file}: ${paragraph.slice(0, 80)}`);
        readings += expected.length;
      }
    }
    // The comparison means something only if the fixtures hold many dates.
    assert.ok(readings > 200, `only ${readings} readings in ${files.length} files`);
  });

  it('reads durations, relative dates and ranges as chrono-node does', () => {
    for (const text of [
      'The talks ended two weeks ago.',
      'A deal is expected in three days, or within about a month.',
      'It rained for 2 years, 3 months and 4 days.',
      'Sales fell in the past six months.',
      'The exhibition runs from 3 June to 5 July 2025.',
      'On Wednesday, 25 June 2024, at 10.30 am',
      'He left a couple of hours earlier.',
    ]) {
      const expected = chrono.casual.parse(text, { instant: REFERENCE, timezone: 0 }).map(reading);
      assert.ok(expected.length > 0, text);
      assert.deepEqual(readDates(text, REFERENCE).map(reading), expected, text);
    }
  });
});
