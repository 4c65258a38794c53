import type { ArticleAnnotations } from '../annotations/model';
import type { Article, ArticleFile } from '../article/model';
import type { RuleReport, Severity } from '../findings';

/** The JSON Schema of one rule option, used to validate configuration files. */
export type OptionSchema = Readonly<Record<string, unknown>>;

interface ContextBase<Options> {
  readonly file: ArticleFile;
  readonly options: Options;
  report(report: RuleReport): void;
}

export interface ArticleContext<Options> extends ContextBase<Options> {
  /**
   * The article's entities, dates and quotes, computed on first call and
   * shared by every rule: structural rules never pay for them.
   */
  annotations(): ArticleAnnotations;
}

export interface FileContext<Options> extends ContextBase<Options> {
  /** One article's annotations, computed once and shared as for article rules. */
  annotations(article: Article): ArticleAnnotations;
}

/** Data that names and documents a rule, whatever it checks. */
interface RuleData<Options extends object> {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** What the rule is about (`captions`, `scrape`): the rules index groups them so. */
  readonly tags: readonly string[];
  readonly defaultOptions: Options;
  /** JSON Schema of each option, by name. */
  readonly options: Readonly<Record<keyof Options, OptionSchema>>;
}

/** A rule that reads one article at a time, as most do: two stories in one file are checked apart. */
export interface ArticleRule<Options extends object = object> extends RuleData<Options> {
  readonly scope: 'article';
  check(article: Article, context: ArticleContext<Options>): void;
}

/**
 * A rule that reads the file once: its front-matter, which belongs to the
 * file (and is checked even when no article follows it).
 */
export interface FileRule<Options extends object = object> extends RuleData<Options> {
  readonly scope: 'file';
  check(file: ArticleFile, context: FileContext<Options>): void;
}

/**
 * One rule: data that names and documents it, and a check that reads an
 * article (or the whole file) and reports what is wrong with it. Rules never
 * see files on disk, editors or configuration files; their options arrive
 * already validated.
 */
export type Rule<Options extends object = object> = ArticleRule<Options> | FileRule<Options>;

/** Identity function that checks a rule's shape and infers its option type. */
export function defineRule<Options extends object>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
