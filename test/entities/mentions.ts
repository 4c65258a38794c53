import type { Mention } from '../../src/core/entities/mention';

/** Mentions of `names` (each `text:type`) at their first place in `text`, as the tagger would give them. */
export function mentionsIn(text: string, ...names: string[]): Mention[] {
  return names.map((name) => {
    const [words, type] = name.split(':') as [string, Mention['type']];
    const start = text.indexOf(words);
    return { start, end: start + words.length, type, text: words };
  });
}

/** Mentions as `text:type`, for assertions that read like the copy. */
export const typesOf = (mentions: readonly Mention[]): string[] => mentions.map((m) => `${m.text}:${m.type}`);
