import assert from 'node:assert/strict';
import { gazetteerFrom } from '../../src/core/entities/gazetteer';
import type { Mention } from '../../src/core/entities/mention';
import { refineMentions } from '../../src/core/entities/refine';

const gazetteer = gazetteerFrom(
  new Map([
    ['airlines', ['org']],
    ['kyiv', ['city']],
  ]),
);

/** Mentions of `names` (each `text:type`) at their first place in `text`. */
function mentionsIn(text: string, ...names: string[]): Mention[] {
  return names.map((name) => {
    const [words, type] = name.split(':') as [string, Mention['type']];
    const start = text.indexOf(words);
    return { start, end: start + words.length, type, text: words };
  });
}

const typesOf = (mentions: readonly Mention[]): string[] => mentions.map((m) => `${m.text}:${m.type}`);

describe('refineMentions', () => {
  it('keeps a lone surname once the article names the person in full, and finds its other mentions', () => {
    const text = 'Dmytro Kuleba met envoys. Kuleba said the talks went well. Later Kuleba left.';
    const second = text.indexOf('Kuleba said');
    const mistyped: Mention = { start: second, end: second + 'Kuleba'.length, type: 'place', text: 'Kuleba' };
    const refined = refineMentions(text, [...mentionsIn(text, 'Dmytro Kuleba:person'), mistyped], gazetteer);
    assert.deepEqual(typesOf(refined), ['Dmytro Kuleba:person', 'Kuleba:person', 'Kuleba:person']);
  });

  it('drops a one-word person the article gives no full name or title for', () => {
    const text = 'Quartz was updated.';
    assert.deepEqual(refineMentions(text, mentionsIn(text, 'Quartz:person'), gazetteer), []);
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
    assert.deepEqual(typesOf(refineMentions(named, mentionsIn(named, 'Harbour Holdings:organization'), gazetteer)), ['Harbour Holdings:organization']);
  });

  it('gives one name one type within an article, by majority', () => {
    const text = 'Cisco rose. Cisco fell. Cisco held.';
    const mentions: Mention[] = [0, 12, 24].map((start, i) => ({ start, end: start + 5, text: 'Cisco', type: i === 0 ? 'place' : 'organization' }));
    assert.deepEqual(typesOf(refineMentions(text, mentions, gazetteer)), ['Cisco:organization', 'Cisco:organization', 'Cisco:organization']);
  });
});
