import { annotateArticle } from '../core/annotations/annotate';
import type { ArticleAnnotations } from '../core/annotations/model';
import type { Article, ArticleFile } from '../core/article/model';
import { parseArticleFile } from '../core/article/parse';
import type { ConfigLookup } from '../workspace/config-files';
import { readArticle, type ArticleText } from '../workspace/read-text';
import { lintSettings } from '../workspace/settings';

/** A file on disk read as articles, and how to annotate each of them. */
export interface ReadArticles {
  readonly article: ArticleText;
  readonly file: ArticleFile;
  /** Annotates one article of the file with the entity dictionary its configuration names. */
  readonly annotate: (each: Article) => ArticleAnnotations;
}

/** Reads and parses a file, with the dictionary of its nearest configuration, as `annotate` and `fix --front-matter` need it. */
export function readArticles(path: string, configs: ConfigLookup): ReadArticles {
  const article = readArticle(path);
  const { config } = configs.forFile(path);
  const { options } = lintSettings(config);
  const file = parseArticleFile(article.text, { format: article.format });
  return { article, file, annotate: (each) => annotateArticle(each, file, options) };
}
