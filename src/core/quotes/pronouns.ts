import type { Mention } from '../entities/mention';
import type { Span } from '../text/span';
import type { Antecedents } from './antecedents';
import { paragraphBeside } from './attribution-shapes';
import type { ArticleText } from './article-text';
import type { MentionIndex } from './mention-index';
import { sexOfName, type Sex } from './sex';
import { subjectOfSentence } from './speaker-words';
import { sexOfHonorific } from './speaker-titles';

/** What pronoun resolution reads of an article. */
export interface PronounReading {
  readonly text: ArticleText;
  readonly mentions: MentionIndex;
  /** A mention's speaker name as the article gives it in full. */
  readonly name: (mention: Mention) => string;
  readonly antecedents: Pick<Antecedents, 'nearest'>;
}

/** What a mention says of its person's sex: a courtesy title before it (`Ms. Hart`), else the given name. */
function sexOf(t: ArticleText, mention: Mention, name: string): Sex | undefined {
  const title = /(\S+)\s+$/u.exec(t.text.slice(Math.max(0, mention.start - 8), mention.start))?.[1];
  return (title && sexOfHonorific(title)) || sexOfPerson(t, name);
}

/** What the article says of a person's sex: a courtesy title it gives their surname anywhere, else their given name. */
export function sexOfPerson(t: ArticleText, name: string): Sex | undefined {
  return t.titleOf(name.split(/\s+/u).at(-1)!)?.sex ?? sexOfName(name);
}

/** The subject of `[start, end)` as a speaker's name, when it may be the pronoun's person. */
function subjectName(reading: PronounReading, start: number, end: number, sex: Sex): string | undefined {
  const subject = subjectOfSentence(reading.text, reading.mentions, start, end);
  if (!subject) return undefined;
  const name = reading.name(subject);
  const theirs = sexOf(reading.text, subject, name);
  return theirs === undefined || theirs === sex ? name : undefined;
}

/**
 * Who `he` or `she` stands for, in the order a reader looks: the subject of
 * the pronoun's own sentence before it (`Kroon … insisted … what she
 * called`); else the subject of the sentence before, in the same paragraph
 * (`Richard Doherty attributes … He states`) or ending the paragraph before;
 * else the person named last before the quote, passing over one plainly of
 * the other sex. A subject of the other sex is passed over too.
 */
export function antecedentOf(reading: PronounReading, pronoun: Span, paragraph: Span, quoteStart: number, sex: Sex): string | undefined {
  const t = reading.text;
  const sentence = t.sentenceStart(pronoun.start, paragraph);
  const own = pronoun.start > sentence ? subjectName(reading, sentence, pronoun.start, sex) : undefined;
  if (own) return own;
  if (sentence > paragraph.start) {
    const previous = t.sentenceStart(sentence - 1, paragraph);
    const theirs = subjectName(reading, previous, sentence, sex);
    if (theirs) return theirs;
  } else {
    const before = paragraphBeside(t, paragraph, -1);
    const last = before && t.sentenceStart(before.end - 1, before);
    const theirs = before && last !== undefined ? subjectName(reading, last, before.end, sex) : undefined;
    if (theirs) return theirs;
  }
  return reading.antecedents.nearest(Math.min(pronoun.start, quoteStart), sex);
}
