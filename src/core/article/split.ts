import type { ArticleFile } from './model';

/** An article moved out of its file: the new file's name and its text. */
export interface MovedArticle {
  readonly name: string;
  readonly text: string;
}

/** What splitting a file of several articles leaves: the text the file keeps, and the articles moved out. */
export interface SplitFile {
  readonly kept: string;
  readonly moved: readonly MovedArticle[];
}

/** A headline as a file name: `Harbour Pilots Strike Again` → `harbour-pilots-strike-again`. */
function headlineSlug(headline: string): string {
  return headline
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** `wire/pilots.news.txt` → `wire/pilots` and `.news.txt`: the article suffix stays whole, so the new files keep the language. */
function splitName(name: string): { stem: string; suffix: string } {
  const match = /^(.*?)((?:\.news)?\.[^./]+)?$/.exec(name)!;
  return { stem: match[1]!, suffix: match[2] ?? '' };
}

/**
 * Splits a file of several articles as an editor expects: the file keeps
 * its first article (and any front-matter above it), and each later article
 * moves to a new file beside it named after its headline
 * (`pilots-harbour-pilots-strike-again.news.txt`). Names already taken, by
 * another file (`exists`) or by an earlier article, get `-2`, `-3`. `name`
 * is the file's path or URI; the new names are in the same form. Undefined
 * for a file of one article.
 */
export function splitArticles(file: ArticleFile, name: string, exists: (name: string) => boolean): SplitFile | undefined {
  const { articles, text } = file;
  if (articles.length < 2) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const { stem, suffix } = splitName(name);
  const taken = new Set<string>();
  const moved = articles.slice(1).map((article): MovedArticle => {
    const slug = headlineSlug(article.headline?.text ?? '') || `article-${article.index + 1}`;
    let target = `${stem}-${slug}${suffix}`;
    for (let n = 2; taken.has(target) || exists(target); n++) target = `${stem}-${slug}-${n}${suffix}`;
    taken.add(target);
    return { name: target, text: text.slice(article.start, article.end) + eol };
  });
  return { kept: text.slice(0, articles[0]!.end) + eol, moved };
}
