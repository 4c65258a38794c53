import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityModel, tagEntities, type Mention } from '../../src/core/entities/index';
import { LABELS } from '../../src/core/entities/mention';

const article = readFileSync(join(import.meta.dirname, 'fixtures', 'summit.txt'), 'utf8');

function find(mentions: readonly Mention[], text: string): Mention | undefined {
  return mentions.find((m) => m.text === text);
}

describe('tagEntities', () => {
  const mentions = tagEntities(article);

  it('gives offsets that point at each mention\u2019s text', () => {
    assert.ok(mentions.length > 10);
    for (const m of mentions) assert.equal(article.slice(m.start, m.end), m.text);
  });

  it('finds a person after a title, with the title as role and not in the span', () => {
    const minister = find(mentions, 'Rustem Umerov');
    assert.equal(minister?.type, 'person');
    assert.equal(minister?.role, 'Defense Minister');
    assert.equal(article.slice(minister!.start - 'Defense Minister '.length, minister!.start), 'Defense Minister ');
    assert.equal(find(mentions, 'Dmytro Kuleba')?.type, 'person');
  });

  it('finds countries and cities as places, and an agency and a company as organisations', () => {
    for (const place of ['Germany', 'France', 'Frankfurt', 'Turkey']) assert.equal(find(mentions, place)?.type, 'place', place);
    assert.equal(find(mentions, 'International Atomic Energy Agency')?.type, 'organization');
    assert.equal(find(mentions, 'Siemens Energy')?.type, 'organization');
  });

  it("leaves the possessive 's and trailing punctuation out of a name", () => {
    const ukraine = mentions.find((m) => article.slice(m.end, m.end + 2) === "'s");
    assert.equal(ukraine?.text, 'Ukraine');
    for (const m of mentions) assert.match(m.text, /[\p{L}\p{N}]$/u, m.text);
  });

  it('never runs a name across a line break', () => {
    for (const m of mentions) assert.doesNotMatch(m.text, /\n/u, m.text);
  });

  it('never starts a mention with a title word', () => {
    for (const m of mentions) assert.doesNotMatch(m.text, /^(President|Defense|Minister|Secretary)\b/u, m.text);
  });

  it('keeps a portfolio with its title in the role, and does not run a name on through a verb', () => {
    const sentence = "Fisheries Minister Anne Solberg met Iceland's Fisheries Minister Gunnar Magnusson in Oslo.";
    const found = tagEntities(sentence);
    assert.deepEqual(
      found.filter((m) => m.type === 'person').map((m) => [m.text, m.role]),
      [
        ['Anne Solberg', 'Fisheries Minister'],
        ['Gunnar Magnusson', 'Fisheries Minister'],
      ],
    );
    assert.equal(find(found, 'Iceland')?.type, 'place');
    assert.equal(
      found.find((m) => m.text.includes('Fisheries')),
      undefined,
    );
  });

  it('tags only the given spans, with offsets into the whole text', () => {
    const text = 'HEADER Germany\n\nBody: France and Germany.';
    const body = { start: text.indexOf('Body'), end: text.length };
    const found = tagEntities(text, [body]);
    assert.deepEqual(
      found.map((m) => [m.text, m.start]),
      [
        ['France', text.indexOf('France')],
        ['Germany', text.lastIndexOf('Germany')],
      ],
    );
  });
});

describe('the shipped entity model', () => {
  it('loads, with the BIO labels over PER, ORG, LOC, MISC and nationality (NAT), and the gazetteer beside it', () => {
    const model = entityModel();
    assert.deepEqual([...model.labels], [...LABELS]);
    assert.deepEqual(LABELS, ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC', 'B-NAT', 'I-NAT']);
    assert.ok(model.weights.size > 10);
    assert.ok(model.gazetteer.entries.get('france')?.includes('country'));
  });
});
