import { entityModel } from '../entities';
import type { Mention } from '../entities/mention';
import { isOfficeWord } from '../entities/titles';
import type { Span } from '../text/span';

/** Words that open sentences and clauses, which a tagger sometimes keeps at the front of a name (`But Peskov`). */
const CONNECTORS = new Set([
  'but',
  'and',
  'or',
  'so',
  'yet',
  'both',
  'also',
  'however',
  'meanwhile',
  'when',
  'while',
  'if',
  'as',
  'after',
  'before',
  'since',
  'then',
  'still',
  'now',
]);

const PLACE_LISTS = ['country', 'city', 'region'];

function dropConnector(mention: Mention): Mention {
  const space = mention.text.indexOf(' ');
  if (space < 0 || !CONNECTORS.has(mention.text.slice(0, space).toLowerCase())) return mention;
  return { ...mention, start: mention.start + space + 1, text: mention.text.slice(space + 1) };
}

/**
 * `European Affairs Janos Boka`, tagged as one organisation: an office name
 * followed by two or three capitalised words is the office's holder.
 */
function officeHolder(mention: Mention): Mention {
  if (mention.type !== 'organization') return mention;
  const words = mention.text.split(' ');
  const office = words.findLastIndex((word) => isOfficeWord(word));
  const holder = words.length - office - 1;
  if (office < 0 || holder < 2 || holder > 3) return mention;
  // `Air France KLM` is a company's name: a holder's words are no place's and no organisation's ending.
  const lists = (word: string): readonly string[] => entityModel().gazetteer.entries.get(word.toLowerCase()) ?? [];
  if (words.slice(office + 1).some((word) => isOfficeWord(word) || lists(word).some((list) => PLACE_LISTS.includes(list)))) return mention;
  const dropped = words.slice(0, office + 1).join(' ').length + 1;
  return { ...mention, type: 'person', start: mention.start + dropped, text: mention.text.slice(dropped) };
}

/**
 * A name the gazetteer knows as a country is a place, whatever the tagger
 * guessed (`DPRK`, `the US`). A city's or region's name may be a club's
 * (`Leeds`, `Chicago` in a results line), so only the tagger types those.
 */
function knownPlace(mention: Mention): Mention {
  if (mention.type === 'place' || mention.type === 'person' || mention.type === 'nationality') return mention;
  const lists = entityModel().gazetteer.entries.get(mention.text.toLowerCase());
  return lists && lists.includes('country') && !lists.includes('organization') ? { ...mention, type: 'place' } : mention;
}

/** `BERLIN (Reuters) -`, `OSLO, Feb 12 (Nordwire) -`: the name in brackets before a wire story's dash is its agency. */
function agencyCredit(text: string, mention: Mention): Mention {
  if (mention.type === 'organization' || text[mention.start - 1] !== '(' || text[mention.end] !== ')') return mention;
  return /^\)\s*(?:-{1,2}|\u2013|\u2014)\s/u.test(text.slice(mention.end, mention.end + 5))
    ? { ...mention, type: 'organization' }
    : mention;
}

/**
 * Mends what the tagger gets wrong in ways an editor spots at once: a
 * connector kept at the front, an office and its holder run together, a
 * country typed as an organisation.
 */
export function cleanMentions(mentions: readonly Mention[], datelinePlaces: readonly Span[] = [], text = ''): Mention[] {
  return mentions.map((mention) => {
    const mended = agencyCredit(text, knownPlace(officeHolder(dropConnector(mention))));
    // A dateline names places (`BODØ, Norway (NTB) —`), whatever the capitals make the tagger think.
    const inDateline = datelinePlaces.some((place) => place.start <= mended.start && mended.end <= place.end);
    return inDateline && mended.type !== 'place' ? { ...mended, type: 'place' } : mended;
  });
}
