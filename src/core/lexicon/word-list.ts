/**
 * Word lists are data: each lives in a JSON file of its own in this folder,
 * `{ "about": …, "source": …, "words": [...] }`, saying what the list is for
 * and where its words come from, so an editor can extend one without reading
 * the code that uses it. Modules import the JSON and read it through these
 * helpers.
 */
export interface WordList {
  /** What the list holds and which convention it follows. */
  readonly about: string;
  /** Where the words come from: a style guide, a data set, the team's own reading of wire copy. */
  readonly source: string;
  readonly words: readonly string[];
}

/** The lists' words as one set, matched exactly (case included). */
export function wordSet(...lists: readonly WordList[]): ReadonlySet<string> {
  return new Set(lists.flatMap((list) => list.words));
}

/** The list's words as a set of lower-case keys, for matching without regard to case. */
export function lowerCaseSet(list: WordList): ReadonlySet<string> {
  return new Set(list.words.map((word) => word.toLowerCase()));
}
