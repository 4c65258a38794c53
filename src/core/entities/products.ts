import { extentOf, type Span } from '../text/span';
import type { Gazetteer } from './gazetteer';
import { joinNeighbours, type Mention } from './mention';

/**
 * Products and market indices: the names of type `other` that business and
 * transport news is full of (`Airbus A380`, `787 Dreamliner`, `iPhone`,
 * `the Nikkei`). The tagger, trained mostly on people, organisations and
 * places, calls them organisations or misses them; their shapes are
 * regular enough to know without it.
 */

/** Market indices, lower case, as news writes them (`the Nikkei`, `the FTSE 100`). */
const INDICES = new Set([
  'nikkei',
  'nikkei 225',
  'topix',
  'nasdaq',
  'nasdaq composite',
  'djia',
  'dow',
  'dow jones',
  'dow jones industrial average',
  's&p 500',
  'ftse',
  'ftse 100',
  'ftse 250',
  'dax',
  'cac 40',
  'hang seng',
  'kospi',
  'sensex',
  'nifty',
  'nifty 50',
  'stoxx 600',
  'euro stoxx 50',
  'ibex 35',
  'ftse mib',
  'aex',
  'smi',
  'omx',
  'asx 200',
  'tsx',
  'bovespa',
  'shanghai composite',
]);

/** Aircraft type designations: Airbus's `A380`, `A350s`, `A400M`, `A320neo`; Boeing's `787`, `777-300`. */
const AIRBUS_TYPE = /^A3[0-9]{2}(?:neo|-\d{3,4})?s?$|^A400Ms?$/;
const BOEING_TYPE = /^7[0-8]7(?:-\d{1,3})?s?$/;
/** Product lines named for what they are rather than who makes them. */
const PRODUCT_WORD = /^(?:Dreamliners?|superjumbos?)$/;
/** Apple's lower-case-i products: `iPhone`, `iPod`, `iTunes`. */
const I_PRODUCT = /^i[A-Z][a-z]+s?$/;

/** Carmakers whose name before a model's (`Ford Taurus`, `Chrysler Aspen`) makes a car, not a company. */
const CARMAKERS = new Set([
  'Ford',
  'Chrysler',
  'Dodge',
  'Jeep',
  'Chevrolet',
  'Chevy',
  'Buick',
  'Cadillac',
  'GMC',
  'Pontiac',
  'Lincoln',
  'Mercury',
  'Toyota',
  'Lexus',
  'Honda',
  'Nissan',
  'Mazda',
  'Subaru',
  'Mitsubishi',
  'Hyundai',
  'Kia',
  'Volkswagen',
  'VW',
  'Audi',
  'BMW',
  'Mercedes',
  'Mercedes-Benz',
  'Porsche',
  'Volvo',
  'Saab',
  'Fiat',
  'Renault',
  'Peugeot',
  'Citroen',
  'Skoda',
  'Seat',
  'Opel',
  'Vauxhall',
  'Tesla',
]);
/** Last words that keep a carmaker's name a company: `Ford Motor`, `Chrysler Group`, `Toyota Motor Corp.`. */
const COMPANY_WORDS =
  /^(?:Motors?|Company|Co\.?|Corp\.?|Corporation|Group|Holdings?|LLC|AG|Inc\.?|Ltd\.?|Credit|Financial|Foundation|Division|of)$/;

/** `Ford Taurus`, `Chrysler PT Cruiser`: a carmaker and a model's name after it (no company word, and no place: `Ford Australia`). */
function isCarModel(name: string, gazetteer: Gazetteer): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || !CARMAKERS.has(words[0]!) || words.slice(1).some((word) => COMPANY_WORDS.test(word))) return false;
  const lists = gazetteer.entries.get(words.slice(1).join(' ').toLowerCase()) ?? [];
  return !lists.includes('country') && !lists.includes('city') && !lists.includes('region');
}

/** The tagger's `Dodge` + `Durango`: a carmaker's name and the name just after it, as one. */
function joinedCarNames(text: string, mentions: readonly Mention[], gazetteer: Gazetteer): Mention[] {
  return joinNeighbours(mentions, (before, after) => {
    const whole = text.slice(before.start, after.end);
    const car =
      CARMAKERS.has(before.text) && after.type !== 'person' && text.slice(before.end, after.start) === ' ' && isCarModel(whole, gazetteer);
    return car ? { start: before.start, end: after.end, type: 'other', text: whole } : undefined;
  });
}

/** The index names that stand alone in copy, as news sets them: `Nikkei`, `NIKKEI`. */
const INDEX_WORDS = [...INDICES]
  .filter((name) => !name.includes(' '))
  .flatMap((name) => [name[0]!.toUpperCase() + name.slice(1), name.toUpperCase()]);

/**
 * Words that may be a product or an index: found in one pass, so the rest of
 * the copy's words are never looked at one by one.
 */
const CANDIDATE = new RegExp(
  `(?<![\\p{L}\\p{N}&-])(?:A[34]\\d[\\p{L}\\p{N}-]*|7[0-8]7[\\p{L}\\p{N}-]*|i\\p{Lu}\\p{L}+|Dreamliners?|superjumbos?|${INDEX_WORDS.join('|')})(?![\\p{L}\\p{N}&-])`,
  'gu',
);

/** A product's word, told first by its first character (a candidate is mostly an index's name). */
function isProductWord(word: string, boeingNamed: boolean): boolean {
  switch (word[0]) {
    case 'A':
      return AIRBUS_TYPE.test(word);
    case 'i':
      return I_PRODUCT.test(word);
    case '7':
      return boeingNamed && BOEING_TYPE.test(word);
    case 'D':
    case 's':
      return PRODUCT_WORD.test(word);
    default:
      return false;
  }
}

function isIndexWord(word: string): boolean {
  return word[0] !== word[0]!.toLowerCase() && INDICES.has(word.toLowerCase());
}

/** The index a name is or ends with: `Nikkei`, `British FTSE`, `Dow Jones Industrial Average`. */
function isIndex(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.some((_, from) => INDICES.has(words.slice(from).join(' ')));
}

/** Whether the prose names Boeing: one search from the article's first stretch to its last, not one per paragraph. */
function namesBoeing(text: string, spans: readonly Span[]): boolean {
  const { start, end } = extentOf(spans);
  // Searched within the article's extent only: a file of many articles is not read to its end for each.
  const stretch = text.slice(start, end);
  for (let at = stretch.indexOf('Boeing'); at >= 0; at = stretch.indexOf('Boeing', at + 1)) {
    if (spans.some((span) => span.start <= start + at && start + at + 'Boeing'.length <= span.end)) return true;
  }
  return false;
}

/**
 * The mentions with products and indices typed `other`: a maker's name
 * followed by a type (`Airbus` + `A380`) becomes one product, and product
 * words the tagger missed within `spans` are added. A bare Boeing number
 * (`787`) counts only in an article that names Boeing. A carmaker's name
 * with a model's after it is a car (`Ford Taurus`), and so is the model's
 * name alone after that.
 */
export function withProducts(text: string, mentions: readonly Mention[], spans: readonly Span[], gazetteer: Gazetteer): Mention[] {
  const boeingNamed = namesBoeing(text, spans);
  const result: Mention[] = [];
  for (const mention of joinedCarNames(text, mentions, gazetteer)) {
    const next = /^ ([\p{L}\p{N}-]+)/u.exec(text.slice(mention.end, mention.end + 20));
    if (mention.type === 'organization' && next && isProductWord(next[1]!, true)) {
      const end = mention.end + next[0].length;
      result.push({ start: mention.start, end, type: 'other', text: text.slice(mention.start, end) });
    } else if (
      mention.type !== 'person' &&
      mention.type !== 'other' &&
      (isIndex(mention.text) ||
        isCarModel(mention.text, gazetteer) ||
        mention.text.split(/\s+/).every((word) => isProductWord(word, boeingNamed)))
    ) {
      result.push({ ...mention, type: 'other' });
    } else {
      result.push(mention);
    }
  }
  // The model's name alone, once the article has named the car in full: `the Taurus`.
  const models = new Set(
    result.filter((m) => m.type === 'other' && isCarModel(m.text, gazetteer)).map((m) => m.text.split(/\s+/).slice(1).join(' ')),
  );
  for (const [k, mention] of result.entries())
    if (mention.type !== 'other' && models.has(mention.text)) result[k] = { ...mention, type: 'other' };
  for (const span of spans) {
    for (const word of text.slice(span.start, span.end).matchAll(CANDIDATE)) {
      const start = span.start + word.index;
      const end = start + word[0].length;
      if (!isProductWord(word[0], boeingNamed) && !isIndexWord(word[0])) continue;
      if (result.some((m) => m.start < end && start < m.end)) continue;
      result.push({ start, end, type: 'other', text: word[0] });
    }
  }
  return result.sort((a, b) => a.start - b.start);
}
