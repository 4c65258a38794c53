import type { Mention } from '../entities/mention';
import speakerBodies from '../lexicon/speaker-bodies.json';
import speakerDocuments from '../lexicon/speaker-documents.json';
import { lowerCaseSet } from '../lexicon/word-list';
import type { Span } from '../text/span';
import type { ArticleText } from './article-text';
import type { MentionIndex } from './mention-index';

const DOCUMENTS = lowerCaseSet(speakerDocuments);
const BODIES = lowerCaseSet(speakerBodies);
/** How far back `the company` may reach for the company it stands for. */
const BODY_REACH = 1200;

/**
 * The name a description of a speaker stands for, where the copy leaves no
 * doubt: a document's author named in the same words (`A statement from
 * Apple Computer`, `Apple's website`, `Cornyn's statement`), or, for `the
 * company`, `the agency`, `the auto firm`, the organisation the copy named
 * last before it. Other descriptions (`a spokeswoman`, `officials`) name
 * no one.
 */
export function describedName(t: ArticleText, mentions: MentionIndex, words: Span): Mention | undefined {
  const phrase = t.slice(words.start, words.end).trim();
  const list = phrase.split(/\s+/u);
  const head = list.at(-1)!.toLowerCase();
  if (list.some((word) => DOCUMENTS.has(word.toLowerCase().replace(/[^\p{L}-]/gu, '')))) {
    const inside = mentions.within(words.start, words.end).filter((mention) => mention.type !== 'place');
    return inside.find((mention) => mention.type === 'person') ?? inside[0];
  }
  if (/^the$/iu.test(list[0]!) && list.length <= 3 && BODIES.has(head)) {
    return mentions.lastBefore(words.start, words.start - BODY_REACH, (mention) => namedInTheStory(t, mention));
  }
  return undefined;
}

/**
 * An organisation the story names in its own words: in a paragraph, not
 * the headline, a caption, the dateline's agency (`(AP)`) or a quote, and
 * not a capital that only opens a sentence (`Harbour pilots …`).
 */
function namedInTheStory(t: ArticleText, mention: Mention): boolean {
  if (mention.type !== 'organization' || t.char(mention.start) === '_') return false;
  const dateline = t.article.dateline;
  if (dateline && dateline.start <= mention.start && mention.end <= dateline.end) return false;
  const block = t.blockAt(mention.start)?.block;
  if (block?.kind !== 'paragraph') return false;
  const lone = !/\s/u.test(mention.text) && mention.text !== mention.text.toUpperCase();
  return !(lone && t.sentenceStart(mention.start, block) === mention.start);
}
