import assert from 'node:assert/strict';
import { mentionsIn, typesOf } from './mentions';
import { gazetteerFrom } from '../../src/core/entities/gazetteer';
import { withProducts } from '../../src/core/entities/products';
import { tagEntities } from '../../src/core/entities';

const whole = (text: string) => [{ start: 0, end: text.length }];
const gazetteer = gazetteerFrom(new Map([['australia', ['country']]]));

describe('products and market indices', () => {
  it('joins a maker and an aircraft type into one product, and finds types the tagger missed', () => {
    const text = 'Qantas ordered eight more Airbus A380 jets and two A350s from the European maker.';
    assert.deepEqual(typesOf(withProducts(text, mentionsIn(text, 'Qantas:organization', 'Airbus:organization'), whole(text), gazetteer)), [
      'Qantas:organization',
      'Airbus A380:other',
      'A350s:other',
    ]);
  });

  it('counts a bare Boeing number only in an article that names Boeing', () => {
    const withBoeing = 'Boeing said the first 787 would fly in June; the 777s stay in service.';
    assert.deepEqual(typesOf(withProducts(withBoeing, mentionsIn(withBoeing, 'Boeing:organization'), whole(withBoeing), gazetteer)), [
      'Boeing:organization',
      '787:other',
      '777s:other',
    ]);
    const without = 'The council approved 787 new homes on the 747 acres by the river.';
    assert.deepEqual(withProducts(without, [], whole(without), gazetteer), []);
  });

  it('types market indices as other, with or without a nationality before them', () => {
    const text = 'The Nikkei fell 2 percent and the British FTSE slipped, while the nasdaq rule was dropped.';
    const found = withProducts(text, mentionsIn(text, 'British FTSE:organization'), whole(text), gazetteer);
    assert.deepEqual(typesOf(found), ['Nikkei:other', 'British FTSE:other']);
  });

  it('tells a car from its maker: Ford Taurus is a product, Ford Motor a company, and the Taurus alone follows', () => {
    const text = 'Ford Motor will stop building the Ford Taurus next year. Sales of the Taurus fell.';
    const tagged = mentionsIn(text, 'Ford Motor:organization', 'Ford Taurus:organization');
    const taurus = text.lastIndexOf('Taurus');
    const found = withProducts(
      text,
      [...tagged, { start: taurus, end: taurus + 6, type: 'organization', text: 'Taurus' }],
      whole(text),
      gazetteer,
    );
    assert.deepEqual(typesOf(found), ['Ford Motor:organization', 'Ford Taurus:other', 'Taurus:other']);
  });

  it('finds Apple products through the whole tagger, and leaves people alone', () => {
    const text = 'Apple chief executive Steve Jobs showed the new iPhone and a faster iPod in San Francisco on Tuesday.';
    const types = typesOf(tagEntities(text));
    assert.ok(types.includes('iPhone:other'), types.join(', '));
    assert.ok(types.includes('iPod:other'), types.join(', '));
    assert.ok(types.includes('Steve Jobs:person'), types.join(', '));
  });

  it("joins a carmaker and the model the tagger split off, but keeps a carmaker's national arm a company", () => {
    const text = 'Dodge Durango sales fell, Ford Australia said.';
    const found = withProducts(
      text,
      mentionsIn(text, 'Dodge:organization', 'Durango:place', 'Ford Australia:organization'),
      whole(text),
      gazetteer,
    );
    assert.deepEqual(typesOf(found), ['Dodge Durango:other', 'Ford Australia:organization']);
  });
});
