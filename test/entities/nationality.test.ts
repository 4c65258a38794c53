import assert from 'node:assert/strict';
import { annotateArticle } from '../../src/core/annotations/annotate';
import { annotationRecords, toBrat, toConll } from '../../src/core/annotations/export';
import { parseArticleFile } from '../../src/core/article/parse';
import { tagEntities } from '../../src/core/entities/index';
import { describeArticle } from '../../src/core/front-matter/describe';
import { typesOf } from './mentions';

/** Our own story in the wire's shape: nationality adjectives and nouns, a country's official and short names, an axis. */
const STORY = [
  'Leaders Meet in the Far East',
  '',
  'VLADIVOSTOK (Nordwire) - Russian President Vladimir Petrov and North Korean leader Kim Sung-ho met on Wednesday.',
  '',
  "The Democratic People's Republic of Korea, or DPRK, sent a delegation, and the US said it was watching a revived Moscow-Pyongyang axis.",
  '',
  'Ukrainians and Belgian Foreign Minister Anne Dubois criticised the talks.',
  '',
].join('\n');

function annotated() {
  const file = parseArticleFile(STORY, { format: 'plain' });
  return { file, annotations: annotateArticle(file.articles[0]!, file) };
}

describe('the nationality kind', () => {
  const names = typesOf(tagEntities(STORY));

  it('gives adjectives and nouns of nationality their own kind, never a place, person or organisation', () => {
    for (const word of ['Russian', 'North Korean', 'Ukrainians', 'Belgian']) assert.ok(names.includes(`${word}:nationality`), word);
  });

  it("reads a country's official and short names as places", () => {
    for (const place of ["Democratic People's Republic of Korea", 'DPRK', 'US']) assert.ok(names.includes(`${place}:place`), place);
  });

  it('splits a hyphenated pair of places into two names', () => {
    assert.ok(names.includes('Moscow:place') && names.includes('Pyongyang:place'));
    assert.ok(!names.some((name) => name.startsWith('Moscow-Pyongyang')));
  });

  it('keeps nationalities out of the places of the front-matter', () => {
    const { file, annotations } = annotated();
    const described = describeArticle(file.articles[0]!, file, annotations);
    const places = (described.places ?? []).map((place) => (typeof place === 'string' ? place : place.name));
    assert.ok(places.includes('Moscow'));
    for (const word of ['Russian', 'North Korean', 'Ukrainians', 'Belgian']) assert.ok(!places.includes(word), word);
  });

  it('exports a nationality as MISC in CoNLL and as Other in brat', () => {
    const { file, annotations } = annotated();
    const records = annotationRecords(file, () => annotations);
    assert.ok(records.some((record) => record.kind === 'nationality' && record.text === 'Russian'));
    assert.match(toConll(file, records), /^Russian\tB-MISC$/mu);
    assert.match(toBrat(STORY, records), /\tOther \d+ \d+\tRussian$/mu);
  });
});
