import organisationEndings from '../lexicon/organisation-endings.json';
import organisationNouns from '../lexicon/organisation-nouns.json';
import { wordSet } from '../lexicon/word-list';
import { extentOf, type Span } from '../text/span';
import { isNationality, isNationalityName, listsOf, type Gazetteer } from './gazetteer';
import { repairHeadlineMentions, titleCaseLines } from './headlines';
import { joinNeighbours, type EntityType, type Mention } from './mention';
import { withProducts } from './products';
import { isClubName, resultRows } from './results';
import { isRoleNoun, isTitleWord } from './titles';

/**
 * Article-level checks on the tagger's mentions. The tagger decides token by
 * token; these look at a whole mention and at the rest of the article, where
 * a wrong highlight is easier to see than in any one window of words. A
 * wrong person costs the most trust, so a doubtful person is dropped rather
 * than shown.
 */
export function refineMentions(
  text: string,
  tagged: readonly Mention[],
  gazetteer: Gazetteer,
  spans: readonly Span[] = [{ start: 0, end: text.length }],
): Mention[] {
  const headlines = titleCaseLines(text, spans);
  const scope = extentOf(spans);
  const lowerWords = lowerCaseWords(text, scope);
  const mentions = repairHeadlineMentions(text, tagged, headlines).filter((m) => !isCommonWord(text, m, headlines, lowerWords));
  const fullNames = mentions.filter((m) => m.type === 'person' && words(m.text).length > 1);
  const refined: Mention[] = [];
  for (const mention of mentions) {
    const type =
      namesGovernment(text, mention, gazetteer) || followsRole(text, mention, gazetteer)
        ? 'person'
        : namesRegion(text, mention)
          ? 'place'
          : refinedType(mention, mentions, fullNames, gazetteer);
    if (type !== undefined) refined.push(type === mention.type ? mention : withType(mention, type));
  }
  const rows = withResultRows(text, refined, spans, gazetteer);
  const joined = withNewsrooms(text, withCompanyNames(text, joinedPlaceNames(text, rows, gazetteer)), spans);
  const named = withNamedOrganisations(text, spans, withTitledNames(text, gazetteer, spans, joined));
  return withProducts(text, withSurnames(text, agreeOnTypes(text, named), fullNames, spans, scope), spans, gazetteer);
}

/**
 * `Bosnia and Herzegovina`, `Trinidad and Tobago`, `Democratic People's
 * Republic of Korea`: the tagger stops a name at `and` or at a possessive;
 * two places so joined that the gazetteer knows as one are one.
 */
function joinedPlaceNames(text: string, mentions: readonly Mention[], gazetteer: Gazetteer): Mention[] {
  return joinNeighbours(mentions, (before, after) => {
    const whole = text.slice(before.start, after.end);
    const places = before.type === 'place' && after.type === 'place';
    return places && /^(?: and |['\u2019]s )$/u.test(text.slice(before.end, after.start)) && isKnownPlace(whole, gazetteer)
      ? { start: before.start, end: after.end, type: 'place', text: whole }
      : undefined;
  });
}

/** One of the lexicon's organisation nouns, then the capitalised name after it. */
const AFTER_ORGANISATION_NOUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${organisationNouns.words.join('|')}) (\p{Lu}[\p{L}\p{N}&'.-]*(?: \p{Lu}[\p{L}\p{N}&'.-]*){0,3})(?![\p{L}\p{N}])`,
  'gu',
);

/**
 * `the ferry company Fjordline`, `broadcaster NRK`: a capitalised name right
 * after a word for a kind of organisation, in lower case, is that
 * organisation's, where the tagger found nothing or took it for a person,
 * and so is every other mention of the same name.
 */
function withNamedOrganisations(text: string, spans: readonly Span[], mentions: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const span of spans) {
    for (const match of text.slice(span.start, span.end).matchAll(AFTER_ORGANISATION_NOUN)) {
      const start = span.start + match.index + match[1]!.length + 1;
      found.push({ start, end: start + match[2]!.length, type: 'organization', text: match[2]! });
    }
  }
  if (found.length === 0) return [...mentions];
  const overlaps = (a: Mention, b: Mention): boolean => a.start < b.end && b.start < a.end;
  const kept = mentions.filter((m) => !found.some((f) => overlaps(f, m) && m.type === 'person'));
  const added = found.filter((f) => !kept.some((m) => overlaps(m, f)));
  // Named so once, the name is the organisation's wherever else it stands (`said Fjordline spokesperson …`).
  const names = new Set(found.map((f) => f.text));
  const typed = kept.map((m) => (names.has(m.text) && m.type !== 'organization' ? withType(m, 'organization') : m));
  return [...typed, ...added].sort((a, b) => a.start - b.start);
}

/** A head word of a person's title: the name after it is the holder's. */
const TITLE_HEAD =
  /(?<![\p{L}\p{N}])(?:Minister|President|Secretary|Chancellor|Premier|Governor|Mayor|Senator|Ambassador|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Commissioner|Envoy) (\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?){1,2})(?![\p{L}\p{N}])/gu;

/**
 * `Iceland's Fisheries Minister Gunnar Magnusson`: two or three capitalised
 * words right after a title's head word are the holder's name, where the
 * tagger found nothing there (unless a word is a place's, an organisation's
 * ending or a title's). The title words before the name become its role.
 */
function withTitledNames(text: string, gazetteer: Gazetteer, spans: readonly Span[], mentions: readonly Mention[]): Mention[] {
  const added: Mention[] = [];
  for (const span of spans) {
    for (const match of text.slice(span.start, span.end).matchAll(TITLE_HEAD)) {
      const name = match[1]!;
      const start = span.start + match.index + match[0].length - name.length;
      const end = start + name.length;
      if (mentions.some((m) => m.start < end && start < m.end)) continue;
      if (words(name).some((word) => isTitleWord(word) || INSTITUTION_WORDS.has(word) || isKnownPlace(word, gazetteer))) continue;
      const role = /(?:\p{Lu}[\p{L}.-]* )+$/u.exec(text.slice(Math.max(span.start, start - 60), start))?.[0].trim();
      const titled = role
        ?.split(' ')
        .filter((_, i, all) => all.slice(i).every((rest) => isTitleWord(rest)))
        .join(' ');
      added.push({ start, end, type: 'person', text: name, ...(titled ? { role: titled } : {}) });
    }
  }
  return added.length === 0 ? [...mentions] : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** `Oslo Newsroom`, `Tokyo Newsroom +81 3 …`: an agency's desk, signed at a story's end, is an organisation, city and all. */
function withNewsrooms(text: string, mentions: readonly Mention[], spans: readonly Span[]): Mention[] {
  const desks: Mention[] = [];
  for (const span of spans) {
    const stretch = text.slice(span.start, span.end);
    if (!stretch.includes(' Newsroom')) continue;
    for (const desk of stretch.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)? Newsroom\b/gu)) {
      const start = span.start + desk.index;
      desks.push({ start, end: start + desk[0].length, type: 'organization', text: desk[0] });
    }
  }
  if (desks.length === 0) return [...mentions];
  const onDesk = (m: Mention): boolean => desks.some((d) => d.start < m.end && m.start < d.end);
  return [...mentions.filter((m) => !onDesk(m)), ...desks].sort((a, b) => a.start - b.start);
}

/** The names of results rows (`Ajax 3 PSV Eindhoven 1`) as the row's shape types them, in place of the tagger's. */
function withResultRows(text: string, mentions: readonly Mention[], spans: readonly Span[], gazetteer: Gazetteer): Mention[] {
  const rows = resultRows(text, spans, gazetteer);
  if (rows.length === 0) return [...mentions];
  const inRow = (m: Mention): boolean => rows.some(({ row }) => row.start < m.end && m.start < row.end);
  return [...mentions.filter((m) => !inRow(m)), ...rows.flatMap(({ names }) => names)].sort((a, b) => a.start - b.start);
}

/**
 * `Qatar Airways`, `Air China`: a place's name with an airline's or bank's
 * word just after it, or `Air` just before it, is the company's name; the
 * tagger often stops at the place.
 */
function withCompanyNames(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.map((mention) => {
    if (mention.type !== 'place') return mention;
    const after = /^ (Airways|Airlines|Air|Bank|Telecom|Railways|Post)\b/u.exec(text.slice(mention.end, mention.end + 12));
    const before = /\bAir $/u.exec(text.slice(Math.max(0, mention.start - 4), mention.start));
    if (!after && !before) return mention;
    const start = before ? mention.start - 4 : mention.start;
    const end = after ? mention.end + after[0].length : mention.end;
    return { start, end, type: 'organization', text: text.slice(start, end) };
  });
}

/**
 * Once an article has named `Recep Tayyip Erdogan`, a later `Erdogan` (in
 * the stretches being read) is that person, whether the tagger marked it as
 * something else or missed it.
 */
function withSurnames(
  text: string,
  mentions: readonly Mention[],
  fullNames: readonly Mention[],
  spans: readonly Span[],
  scope: Span,
): Mention[] {
  const surnames = new Set(fullNames.map((m) => words(m.text).at(-1)!).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)));
  if (surnames.size === 0) return [...mentions];
  const result = mentions.map((m) => (m.type !== 'person' && surnames.has(m.text) ? withType(m, 'person') : m));
  // Searched within the stretch read only, so a file of many articles is not read to its end for each.
  const stretch = text.slice(scope.start, scope.end);
  for (const surname of surnames) {
    for (let at = stretch.indexOf(surname); at >= 0; at = stretch.indexOf(surname, at + 1)) {
      const start = scope.start + at;
      const end = start + surname.length;
      if (!standsAlone(text, start, end) || !spans.some((s) => s.start <= start && end <= s.end)) continue;
      if (result.some((m) => m.start < end && start < m.end)) continue;
      result.push({ start, end, type: 'person', text: surname });
    }
  }
  return result.sort((a, b) => a.start - b.start);
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * A single capitalised word where capitals prove nothing (a sentence's first
 * word, a Title Case headline) that the article also writes in lower case
 * (`Harbour pilots…` and `…the harbour`) is a common word, not a name.
 */
function isCommonWord(text: string, mention: Mention, headlines: readonly Span[], lowerWords: LowerCaseWords): boolean {
  if (/\s/u.test(mention.text)) return false;
  const capitalsProveNothing =
    startsSentence(text, mention.start) || headlines.some((line) => line.start <= mention.start && mention.end <= line.end);
  if (!capitalsProveNothing) return false;
  const lower = mention.text.toLowerCase();
  return lower !== mention.text && lowerWords.has(lower);
}

/** Whether a word stands somewhere in the stretch read, in lower case and as a whole word. */
interface LowerCaseWords {
  has(word: string): boolean;
}

/**
 * The words of `scope` written in lower case, indexed once: a plain word is
 * looked up in a set of the stretch's runs of letters and digits; a word with
 * a hyphen or an apostrophe in it (rare) is searched for in the stretch. Only
 * `scope`, the stretch of text being read, counts: another article of the
 * same file proves nothing.
 */
function lowerCaseWords(text: string, scope: Span): LowerCaseWords {
  // Built at the first question: most articles ask none.
  let stretch: string | undefined;
  let runs: Set<string> | undefined;
  return {
    has(word) {
      stretch ??= text.slice(scope.start, scope.end);
      runs ??= new Set(stretch.match(/[\p{L}\p{N}]+/gu) ?? []);
      if (/^[\p{L}\p{N}]+$/u.test(word)) return runs.has(word);
      for (let at = stretch.indexOf(word); at >= 0; at = stretch.indexOf(word, at + 1))
        if (standsAlone(stretch, at, at + word.length)) return true;
      return false;
    },
  };
}

/**
 * True when only spaces and opening marks stand between `offset` and a line
 * start, a sentence's end or a colon (after a caption's dateline, `Tallinn:
 * City engineer…`, the sentence starts with a capital).
 */
function startsSentence(text: string, offset: number): boolean {
  for (let at = offset - 1; at >= 0; at--) {
    const char = text[at]!;
    if (char === '\n' || char === '.' || char === '!' || char === '?' || char === ':') return true;
    if (!/[\s"'\u201C\u2018(\u2014\u2013-]/u.test(char)) return false;
  }
  return true;
}

/** True when `[start, end)` is a whole word: no letter or digit touches it on either side. */
function standsAlone(text: string, start: number, end: number): boolean {
  return !WORD_CHARACTER.test(text[start - 1] ?? ' ') && !WORD_CHARACTER.test(text[end] ?? ' ');
}

/**
 * One name, one type within an article: the same words tagged as a place
 * here and an organisation there take the type given in most places. A line
 * repeated word for word (a caption pasted twice) votes once, so deleting a
 * copy never changes a name's type elsewhere; a tie goes to the type first
 * in `TIE_ORDER`, never to the order of the copy.
 */
function agreeOnTypes(text: string, mentions: readonly Mention[]): Mention[] {
  const types = new Map<string, Set<EntityType>>();
  for (const m of mentions) types.set(m.text, (types.get(m.text) ?? new Set()).add(m.type));
  const votes = new Map<string, Map<EntityType, Set<string>>>();
  // Only names given more than one type need their votes counted.
  for (const m of mentions.filter((mention) => types.get(mention.text)!.size > 1)) {
    const tally = votes.get(m.text) ?? new Map<EntityType, Set<string>>();
    const lines = tally.get(m.type) ?? new Set<string>();
    lines.add(lineAround(text, m));
    tally.set(m.type, lines);
    votes.set(m.text, tally);
  }
  return mentions.map((m) => {
    const tally = votes.get(m.text);
    if (tally === undefined) return m;
    let best = m.type;
    for (const [type, lines] of tally) {
      const size = tally.get(best)!.size;
      if (lines.size > size || (lines.size === size && TIE_ORDER.indexOf(type) < TIE_ORDER.indexOf(best))) best = type;
    }
    return best === m.type ? m : withType(m, best);
  });
}

const TIE_ORDER: readonly EntityType[] = ['person', 'place', 'organization', 'nationality', 'other'];

/** The line a mention stands on, with the mention's place in it, as a key for one vote. */
function lineAround(text: string, mention: Mention): string {
  const start = text.lastIndexOf('\n', mention.start) + 1;
  const end = text.indexOf('\n', mention.end);
  return `${mention.start - start}:${text.slice(start, end < 0 ? text.length : end).trimEnd()}`;
}

function withType(mention: Mention, type: EntityType): Mention {
  const { role: _role, ...rest } = mention;
  return { ...rest, type };
}

/**
 * `the Biden administration`, `the Meloni government`: a single surname
 * before a word for a government is its leader, whatever the tagger made of
 * it (a country before the same words is a place: `the Ukraine government`).
 */
function namesGovernment(text: string, mention: Mention, gazetteer: Gazetteer): boolean {
  if (/[\s-]/u.test(mention.text) || !/^\p{Lu}\p{Ll}+$/u.test(mention.text) || isKnownPlace(mention.text, gazetteer)) return false;
  if (isNationality(mention.text, gazetteer)) return false;
  return /^\s+(?:administration|government|regime|presidency|cabinet)\b/u.test(text.slice(mention.end, mention.end + 20));
}

/** `the Amur region`, `Kherson oblast`: a name before a word for a region is the region's, whatever the tagger thought. */
/**
 * `city engineer Liis Tamm`, `his wife Anna`: a name right after a role in
 * lower case is the person holding it, unless the gazetteer knows the name
 * as a place or an organisation.
 */
function followsRole(text: string, mention: Mention, gazetteer: Gazetteer): boolean {
  if (mention.type === 'person' || gazetteer.entries.has(mention.text.toLowerCase())) return false;
  const before = /(\p{Ll}+) $/u.exec(text.slice(Math.max(0, mention.start - 30), mention.start));
  return before !== null && isRoleNoun(before[1]!);
}

function namesRegion(text: string, mention: Mention): boolean {
  return /^\s+(?:region|province|oblast|district|county|prefecture|territory|krai)\b/u.test(text.slice(mention.end, mention.end + 20));
}

/** The type a mention should have, or undefined to drop it. */
function refinedType(
  mention: Mention,
  all: readonly Mention[],
  fullNames: readonly Mention[],
  gazetteer: Gazetteer,
): EntityType | undefined {
  const parts = words(mention.text);
  const last = parts[parts.length - 1]!;
  // A dateline's capitals (`ISTANBUL (AP) —`) hide a place the gazetteer knows.
  if (parts.length === 1 && /^\p{Lu}{3,}$/u.test(last) && isKnownPlace(last, gazetteer)) return 'place';
  // `Russian`, `North Koreans`, `Korean-Russian`: a nationality, whatever the tagger took it for (a place, most often).
  if (mention.role === undefined && isNationalityName(mention.text, gazetteer)) return 'nationality';
  // The best-known international bodies and agencies (`EU`, `United Nations`) are organisations, whatever their words suggest.
  if (gazetteer.entries.get(mention.text.toLowerCase())?.includes('organization')) return 'organization';
  // A model number at the end names a product: `Boeing 787`, `Airbus A350`, `iPhone 3GS`.
  if (mention.type === 'organization' && parts.length > 1 && /\d/.test(last)) return 'other';
  // `No. 1`, `80`, `Autumn`: a rank, a number or a season is no name, whatever the tagger made of its capital.
  if (/^(?:No\.\s*)?\d[\d.,]*$/u.test(mention.text) || SEASONS.has(mention.text)) return undefined;
  // `the North`, `the West`: a point of the compass standing for a country or a bloc names no place on its own.
  if (parts.length === 1 && COMPASS_POINTS.has(last)) return undefined;
  // `Euro-Atlantic integration`, `Sino-Russian ties`: a compound of regions or nationalities describes, it names nothing.
  if (
    parts.length === 1 &&
    last.includes('-') &&
    last.split('-').every((part) => REGION_ADJECTIVES.has(part) || isNationality(part, gazetteer))
  )
    return undefined;
  // `Bayern Munich`, `Leeds United`: a club named for its city.
  if (mention.type !== 'person' && isClubName(mention.text, gazetteer)) return 'organization';
  // Countries of the past the gazetteer of today's does not hold.
  if (FORMER_COUNTRIES.has(mention.text)) return 'place';
  // `Crimean Peninsula`, `Vostochny Cosmodrome`: a name ending in a feature of the map is a place.
  if (mention.type !== 'person' && parts.length > 1 && PLACE_WORDS.has(last)) return 'place';
  // `Paris Air Show`, `Beijing Olympic Games`: an event is a name of its own kind, not its organiser.
  if (mention.type !== 'person' && parts.length > 1 && EVENT_WORDS.has(last)) return 'other';
  // `US State Department`, `Defense Ministry`: a place's words, an organisation's last word.
  if ((mention.type === 'place' || mention.type === 'other') && parts.length > 1 && INSTITUTION_WORDS.has(last)) return 'organization';
  if (mention.type !== 'person') return mention.type;
  if (gazetteer.entries.get(last.toLowerCase())?.includes('org')) return 'organization';
  // People's names carry no digits and no acronyms (`Mac OS X`, `Trent 900`).
  if (parts.some((p) => /\d/.test(p) || /^\p{Lu}{2,}$/u.test(p))) return undefined;
  if (parts.length > 1) return mention.type;
  // One word: a person if the article names them in full or gives them a title; else the type the article's
  // other names give the word; else, as the tagger said, a person, unless the gazetteer knows it as a place or body.
  const word = parts[0]!;
  if (mention.role !== undefined || fullNames.some((m) => words(m.text).includes(word))) return 'person';
  const elsewhere = all.find((m) => m.type !== 'person' && words(m.text).includes(word));
  if (elsewhere) return elsewhere.type;
  return isKnownPlace(word, gazetteer) || listsOf(word, gazetteer).includes('organization') ? undefined : 'person';
}

const SEASONS = new Set(['Spring', 'Summer', 'Autumn', 'Fall', 'Winter']);

const COMPASS_POINTS = new Set(['North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest']);

/** Words of regional compounds that are not nationalities: `Euro-Atlantic`, `Sino-` (`Asia-Pacific` is a region's name). */
const REGION_ADJECTIVES = new Set([
  'Euro',
  'Atlantic',
  'Arctic',
  'Baltic',
  'Nordic',
  'Afro',
  'Sino',
  'Indo',
  'Anglo',
  'Franco',
  'Russo',
  'Mediterranean',
]);

const FORMER_COUNTRIES = new Set([
  'Soviet Union',
  'USSR',
  'Yugoslavia',
  'Czechoslovakia',
  'East Germany',
  'West Germany',
  'Ottoman Empire',
  'Austria-Hungary',
  'Rhodesia',
  'Zaire',
]);

/** Last words that make a name a place: features of the map, and sites. */
const PLACE_WORDS = new Set([
  'Peninsula',
  'Island',
  'Islands',
  'Sea',
  'Ocean',
  'River',
  'Mountains',
  'Mountain',
  'Valley',
  'Strait',
  'Gulf',
  'Lake',
  'Desert',
  'Canal',
  'Coast',
  'Plateau',
  'Basin',
  'Cosmodrome',
  'Airport',
  'Spaceport',
  'Square',
  'Street',
  'Avenue',
  'Bridge',
  'Province',
  'Region',
  'Oblast',
]);

/** Last words that make a name an event. */
const EVENT_WORDS = new Set([
  'Show',
  'Conference',
  'Games',
  'Olympics',
  'Summit',
  'Expo',
  'Festival',
  'Championship',
  'Championships',
  'Cup',
  'Fair',
  'Marathon',
  'Open',
]);

/** Last words that make a name an institution even when the words before are a place's (`US State Department`). */
const INSTITUTION_WORDS = wordSet(organisationEndings);

function isKnownPlace(word: string, gazetteer: Gazetteer): boolean {
  const lists = listsOf(word, gazetteer);
  return lists.includes('city') || lists.includes('country');
}

function words(text: string): string[] {
  return text.split(/\s+/u);
}
