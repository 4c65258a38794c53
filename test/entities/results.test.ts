import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateArticle } from '../../src/core/annotations/annotate';
import { parseArticleFile } from '../../src/core/article/parse';
import { entityModel, tagEntities, type Mention } from '../../src/core/entities/index';
import { isClubName, resultRows } from '../../src/core/entities/results';
import { typesOf } from './mentions';

/** Our own sports wire: an all-caps headline, a results table, score lines, initials, clubs named after cities. */
const WIRE = readFileSync(join(import.meta.dirname, 'fixtures', 'sports-wire.txt'), 'utf8');

function on(line: string, mentions: readonly Mention[]): string[] {
  const start = WIRE.indexOf(line);
  return typesOf(mentions.filter((m) => m.start >= start && m.end <= start + line.length));
}

/** The names an editor sees: the article read paragraph by paragraph, as every front end reads it. */
function annotatedMentions(text: string): Mention[] {
  const file = parseArticleFile(text, { format: 'plain' });
  return file.articles.flatMap((article) => annotateArticle(article, file).mentions);
}

describe('copy in the shapes of agency sports news', () => {
  const mentions = annotatedMentions(WIRE);

  it('reads a results table as rows: the athlete a person, the country in brackets a place', () => {
    assert.deepEqual(on('1. Anna Berg (Sweden) 1:17.97', mentions), ['Anna Berg:person', 'Sweden:place']);
    assert.deepEqual(on('3. Maria Ruiz (Spain) 1:18.41', mentions), ['Maria Ruiz:person', 'Spain:place']);
  });

  it('keeps an initial with the surname it stands before', () => {
    assert.deepEqual(on('4. K. Lindqvist (Norway) 1:18.77', mentions), ['K. Lindqvist:person', 'Norway:place']);
    assert.ok(typesOf(mentions).includes('J.P. Vermeer:person'));
  });

  it('types the teams of a score line as clubs, cities and all', () => {
    assert.deepEqual(on('Ajax 3 PSV Eindhoven 1', mentions), ['Ajax:organization', 'PSV Eindhoven:organization']);
    assert.deepEqual(on('Chicago 104 Boston 99', mentions), ['Chicago:organization', 'Boston:organization']);
  });

  it('reads a national team in a score line as its country, as agency copy labels it', () => {
    const rows = resultRows('Japan 2 Syria 1', [{ start: 0, end: 15 }], entityModel().gazetteer);
    assert.deepEqual(typesOf(rows.flatMap((row) => row.names)), ['Japan:place', 'Syria:place']);
  });

  it('finds no row in prose that holds numbers', () => {
    const prose = 'Ajax scored 3 goals in 10 minutes against PSV Eindhoven, the coach said.';
    assert.deepEqual(resultRows(prose, [{ start: 0, end: prose.length }], entityModel().gazetteer), []);
  });

  it('knows a club named after its city, and a city that is only a city', () => {
    const { gazetteer } = entityModel();
    assert.equal(isClubName('Bayern Munich', gazetteer), true);
    assert.equal(isClubName('Leeds United', gazetteer), true);
    assert.equal(isClubName('Mexico City', gazetteer), false);
    assert.ok(typesOf(mentions).includes('Bayern Munich:organization'));
  });

  it('names an agency desk and an agency credit as organisations', () => {
    assert.deepEqual(typesOf(tagEntities('Oslo Newsroom, +47 22 00 00 00')), ['Oslo Newsroom:organization']);
    const story = 'Floods Hit the Coast\n\nBERGEN (Nordwire) - Floods closed roads on Monday, the police said.\n';
    assert.ok(typesOf(annotatedMentions(story)).includes('Nordwire:organization'));
  });

  it('takes no generic word of an all-caps headline for a name', () => {
    const headline = WIRE.slice(0, WIRE.indexOf('\n'));
    for (const word of ['TAKES', 'DOWNHILL', 'GOLD', 'STUMBLE', 'SKIING'])
      assert.ok(!mentions.some((m) => m.end <= headline.length && m.text.includes(word)), word);
  });
});
