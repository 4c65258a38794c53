import assert from 'node:assert/strict';
import { mentionsIn, typesOf } from './mentions';
import { gazetteerFrom } from '../../src/core/entities/gazetteer';
import type { Mention } from '../../src/core/entities/mention';
import { refineMentions } from '../../src/core/entities/refine';

const gazetteer = gazetteerFrom(
  new Map([
    ['airlines', ['org']],
    ['kyiv', ['city']],
  ]),
);

describe('refineMentions', () => {
  it('keeps a lone surname once the article names the person in full, and finds its other mentions', () => {
    const text = 'Dmytro Kuleba met envoys. Kuleba said the talks went well. Later Kuleba left.';
    const second = text.indexOf('Kuleba said');
    const mistyped: Mention = { start: second, end: second + 'Kuleba'.length, type: 'place', text: 'Kuleba' };
    const refined = refineMentions(text, [...mentionsIn(text, 'Dmytro Kuleba:person'), mistyped], gazetteer);
    assert.deepEqual(typesOf(refined), ['Dmytro Kuleba:person', 'Kuleba:person', 'Kuleba:person']);
  });

  it('keeps a one-word person the tagger found, unless the gazetteer knows the word as a place', () => {
    const text = 'Gloria said the lawyers met in Kyiv.';
    assert.deepEqual(typesOf(refineMentions(text, mentionsIn(text, 'Gloria:person'), gazetteer)), ['Gloria:person']);
    const place = 'Kyiv was quiet.';
    assert.deepEqual(refineMentions(place, mentionsIn(place, 'Kyiv:person'), gazetteer), []);
  });

  it('makes an organisation-word ending an organisation, and a model number a product', () => {
    const text = 'Eastern Airlines flew the Boeing 787 to Kyiv.';
    const refined = refineMentions(text, mentionsIn(text, 'Eastern Airlines:person', 'Boeing 787:organization', 'Kyiv:place'), gazetteer);
    assert.deepEqual(typesOf(refined), ['Eastern Airlines:organization', 'Boeing 787:other', 'Kyiv:place']);
  });

  it('reads a capitalised dateline place the gazetteer knows as a place', () => {
    const text = 'KYIV (AP) \u2014';
    assert.deepEqual(typesOf(refineMentions(text, mentionsIn(text, 'KYIV:organization'), gazetteer)), ['KYIV:place']);
  });

  it('drops a sentence-initial word the article also writes in lower case', () => {
    const text = 'Harbour pilots stayed home. Ships waited in the harbour.';
    assert.deepEqual(refineMentions(text, mentionsIn(text, 'Harbour:organization'), gazetteer), []);
    const named = 'Harbour Holdings said profits rose. The harbour was busy.';
    assert.deepEqual(typesOf(refineMentions(named, mentionsIn(named, 'Harbour Holdings:organization'), gazetteer)), [
      'Harbour Holdings:organization',
    ]);
  });

  it('gives one name one type within an article, by majority', () => {
    const text = 'Cisco rose. Cisco fell. Cisco held.';
    const mentions: Mention[] = [0, 12, 24].map((start, i) => ({
      start,
      end: start + 5,
      text: 'Cisco',
      type: i === 0 ? 'place' : 'organization',
    }));
    assert.deepEqual(typesOf(refineMentions(text, mentions, gazetteer)), [
      'Cisco:organization',
      'Cisco:organization',
      'Cisco:organization',
    ]);
  });
});

describe('refineMentions: what a name is by its words', () => {
  const places = gazetteerFrom(
    new Map([
      ['bosnia and herzegovina', ['country']],
      ['bosnia', ['country']],
      ['ukraine', ['country']],
    ]),
  );

  it('joins a country the tagger stopped at "and", and keeps other lists apart', () => {
    const text = 'Albania, Bosnia and Herzegovina and Georgia applied.';
    const refined = refineMentions(text, mentionsIn(text, 'Albania:place', 'Bosnia:place', 'Herzegovina:place', 'Georgia:place'), places);
    assert.deepEqual(typesOf(refined), ['Albania:place', 'Bosnia and Herzegovina:place', 'Georgia:place']);
  });

  it('reads a person in a name after a role in lower case, but not in a place the gazetteer knows', () => {
    const text = 'The city engineer Liis Tamm and his wife Anna Tamm met the student Kyiv sent.';
    const refined = refineMentions(text, mentionsIn(text, 'Liis Tamm:place', 'Anna Tamm:organization', 'Kyiv:place'), gazetteer);
    assert.deepEqual(typesOf(refined), ['Liis Tamm:person', 'Anna Tamm:person', 'Kyiv:place']);
  });

  it('reads a leader in "the Biden administration", but not a country in "the Ukraine government"', () => {
    const text = 'The Biden administration and the Ukraine government spoke.';
    const refined = refineMentions(text, mentionsIn(text, 'Biden:place', 'Ukraine:place'), places);
    assert.deepEqual(typesOf(refined), ['Biden:person', 'Ukraine:place']);
  });

  it('drops a lone point of the compass, a rank and a season, and types features of the map, former countries and events', () => {
    const text =
      'Closer to the West, troops took the Crimean Peninsula, long after the Soviet Union, before the Paris Air Show. It ranked No. 1 by Autumn.';
    const tagged = mentionsIn(
      text,
      'West:place',
      'Crimean Peninsula:other',
      'Soviet Union:organization',
      'Paris Air Show:organization',
      'No. 1:other',
      'Autumn:place',
    );
    const refined = refineMentions(text, tagged, places);
    assert.deepEqual(typesOf(refined), ['Crimean Peninsula:place', 'Soviet Union:place', 'Paris Air Show:other']);
  });

  it('reads an airline in a place the tagger stopped at: Qatar Airways, Air China', () => {
    const text = 'Qatar Airways and Air China ordered jets for Qatar.';
    const at = text.lastIndexOf('Qatar');
    const tagged = [...mentionsIn(text, 'Qatar:place', 'China:place'), { start: at, end: at + 5, type: 'place' as const, text: 'Qatar' }];
    assert.deepEqual(typesOf(refineMentions(text, tagged, places)), [
      'Qatar Airways:organization',
      'Air China:organization',
      'Qatar:place',
    ]);
  });
});
