import assert from 'node:assert/strict';
import { readIsoDay, readTimeml, timeml, valueFields, wholeDay } from '../../src/core/dates/value';

describe('typed date values', () => {
  it('reads every form the date finder writes and writes it back the same', () => {
    const forms = [
      '2023-09-13',
      '2023-09-13TMO',
      '2023-09-13T14:30',
      '2023-09-13T09:05Z',
      '2023-09',
      '2010-W23',
      '2010-W23-WE',
      '2009-Q1',
      '2025-SU',
      '2024-FA',
      '1948',
      '199',
      'PAST_REF',
      'PRESENT_REF',
      'FUTURE_REF',
      'P2W',
      'P10Y',
      'P1.5D',
      'PT12H',
      'PT30M',
      'PXY',
      'PTXM',
      'P3Q',
    ];
    for (const form of forms) assert.equal(timeml(readTimeml(form)!), form, form);
  });

  it('types each form by what it names', () => {
    assert.deepEqual(readTimeml('2023-09-13T14:30Z'), {
      kind: 'day',
      day: { year: 2023, month: 9, day: 13 },
      time: { hour: 14, minute: 30, utc: true },
    });
    assert.deepEqual(readTimeml('2023-09-13TEV'), { kind: 'day', day: { year: 2023, month: 9, day: 13 }, part: 'evening' });
    assert.deepEqual(readTimeml('2010-W23-WE'), { kind: 'week', year: 2010, week: 23, weekend: true });
    assert.deepEqual(readTimeml('2025-WI'), { kind: 'season', year: 2025, season: 'winter' });
    assert.deepEqual(readTimeml('199'), { kind: 'decade', decade: 199 });
    assert.deepEqual(readTimeml('PRESENT_REF'), { kind: 'reference', reference: 'present' });
    assert.deepEqual(readTimeml('PT12H'), { kind: 'duration', amount: 12, unit: 'hour' });
    assert.deepEqual(readTimeml('P2M'), { kind: 'duration', amount: 2, unit: 'month' });
    assert.deepEqual(readTimeml('PXW'), { kind: 'duration', unit: 'week' });
  });

  it('reads nothing it does not write', () => {
    for (const text of ['', 'yesterday', '2023-9-13', '2023-13', 'P2X', 'PT2D', '2023-Q5', 'NOW'])
      assert.equal(readTimeml(text), undefined, text);
    assert.deepEqual(valueFields('yesterday'), { value: null, resolved: null });
    assert.deepEqual(valueFields(null), { value: null, resolved: null });
  });

  it('knows a real calendar day, and a whole day from a time or a month', () => {
    assert.deepEqual(readIsoDay('2024-02-29'), { year: 2024, month: 2, day: 29 });
    assert.equal(readIsoDay('2023-02-29'), undefined);
    assert.equal(readIsoDay('3 March 2024'), undefined);
    assert.deepEqual(wholeDay(readTimeml('2023-09-13')!), { year: 2023, month: 9, day: 13 });
    assert.equal(wholeDay(readTimeml('2023-09-13T14:30')!), undefined);
    assert.equal(wholeDay(readTimeml('2023-09-13TMO')!), undefined);
    assert.equal(wholeDay(readTimeml('2023-09')!), undefined);
    assert.equal(wholeDay(null), undefined);
  });
});
