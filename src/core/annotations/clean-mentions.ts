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
  const dropped = words.slice(0, office + 1).join(' ').length + 1;
  return { ...mention, type: 'person', start: mention.start + dropped, text: mention.text.slice(dropped) };
}

/** A name the gazetteer knows as a country, city or region is a place, whatever the tagger guessed. */
function knownPlace(mention: Mention): Mention {
  if (mention.type === 'place' || mention.type === 'person') return mention;
  const lists = entityModel().gazetteer.entries.get(mention.text.toLowerCase());
  return lists && lists.some((list) => list === 'country' || list === 'city' || list === 'region') && !lists.includes('organization')
    ? { ...mention, type: 'place' }
    : mention;
}

/**
 * Mends what the tagger gets wrong in ways an editor spots at once: a
 * connector kept at the front, an office and its holder run together, a
 * country typed as an organisation.
 */
export function cleanMentions(mentions: readonly Mention[], datelinePlaces: readonly Span[] = []): Mention[] {
  return mentions.map((mention) => {
    const mended = knownPlace(officeHolder(dropConnector(mention)));
    // A dateline names places (`BODØ, Norway (NTB) —`), whatever the capitals make the tagger think.
    const inDateline = datelinePlaces.some((place) => place.start <= mended.start && mended.end <= place.end);
    return inDateline && mended.type !== 'place' ? { ...mended, type: 'place' } : mended;
  });
}
