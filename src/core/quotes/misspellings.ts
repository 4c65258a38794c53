/**
 * People's surnames as the tagger found them, filed so that a speaker's
 * surname spelt slightly differently elsewhere in the copy (`Ms Bauchtman`
 * for Lydia Buchtmann, `Water` for Kathryn Waters, `DesRoiser` for Dennis
 * DesRosier) finds the person the article names in full. Each surname is
 * filed under itself and each form with one letter left out, and a look-up
 * does the same, which finds the surnames one or two letters away (a
 * letter changed, added, dropped or two swapped) without comparing the
 * name with every surname of the article.
 */
export class Misspellings {
  private filed?: Map<string, Set<string>>;

  /** `surnames` are filed when the first look-up asks: most articles spell every name one way. */
  constructor(private readonly surnames: readonly string[]) {}

  private get byForm(): Map<string, Set<string>> {
    if (!this.filed) {
      this.filed = new Map();
      for (const surname of this.surnames) this.add(surname);
    }
    return this.filed;
  }

  private add(surname: string): void {
    if (surname.length < 5) return;
    for (const form of forms(surname)) {
      const filed = this.filed!.get(form);
      if (filed) filed.add(surname);
      else this.filed!.set(form, new Set([surname]));
    }
  }

  /** The one filed surname a letter or two away from `surname`, if there is exactly one and it is not the same. */
  nearest(surname: string): string | undefined {
    if (surname.length < 5 || this.byForm.get(surname)?.has(surname)) return undefined;
    const found = new Set<string>();
    for (const form of forms(surname)) for (const filed of this.byForm.get(form) ?? []) found.add(filed);
    const near = [...found].filter((filed) => filed[0] === surname[0]);
    return near.length === 1 ? near[0] : undefined;
  }
}

function forms(word: string): string[] {
  const all = [word];
  for (let i = 0; i < word.length; i++) all.push(word.slice(0, i) + word.slice(i + 1));
  return all;
}
