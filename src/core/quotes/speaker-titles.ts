import honorificsMen from '../lexicon/honorifics-men.json';
import honorificsWomen from '../lexicon/honorifics-women.json';
import speakerTitles from '../lexicon/speaker-titles.json';
import { lowerCaseSet } from '../lexicon/word-list';
import type { Sex } from './sex';

const SPEAKER_TITLES = lowerCaseSet(speakerTitles);
const MEN = lowerCaseSet(honorificsMen);
const WOMEN = lowerCaseSet(honorificsWomen);

/** A title written before a name and read with it: `Mr.`, `Sen.`, `President`, `Professor`. */
export function isSpeakerTitle(word: string): boolean {
  return SPEAKER_TITLES.has(word.toLowerCase());
}

/** What a courtesy title says of the sex of the person it names: `Mr.` a man, `Ms.` or `Mrs.` a woman. */
export function sexOfHonorific(word: string): Sex | undefined {
  const key = word.toLowerCase();
  return MEN.has(key) ? 'male' : WOMEN.has(key) ? 'female' : undefined;
}

const COURTESY = /^(?:mr|mrs|ms|miss|dr|prof|professor|sir|dame|lady|lord|rev|fr)\.?$/iu;

/**
 * A person's name without the titles at its front: `Ms Bauchtman` →
 * `Bauchtman`, `General Arthur Lichte` → `Arthur Lichte`. A name not known to
 * be a person's loses a title only before a name of two words or more, or
 * a courtesy title or abbreviated rank, so that `General Motors` stays whole.
 */
export function withoutSpeakerTitles<M extends { start: number; end: number; text: string; type?: string }>(name: M): M {
  const space = name.text.indexOf(' ');
  if (space < 0 || !isSpeakerTitle(name.text.slice(0, space))) return name;
  const words = name.text.split(' ');
  const person = name.type === undefined || name.type === 'person';
  // `General Arthur Lichte` loses its rank, `General Motors` keeps its first word.
  const title = (word: string, left: number) => isSpeakerTitle(word) && (person || COURTESY.test(word) || word.endsWith('.') || left >= 2);
  let first = 0;
  while (first < words.length - 1 && title(words[first]!, words.length - first - 1)) first++;
  if (first === 0) return name;
  const dropped = words.slice(0, first).join(' ').length + 1;
  return { ...name, start: name.start + dropped, text: name.text.slice(dropped) };
}

/** A name as a string, without the titles at its front, and an organisation's without a leading `the`. */
export function withoutTitleWords(name: string, type: string): string {
  return withoutSpeakerTitles({ start: 0, end: name.length, text: name.replace(/^the\s+/iu, ''), type }).text;
}
