import type { ArticleAnnotations } from '../annotations/model';
import type { Article, ArticleFile } from '../article/model';
import type { RuleReport, Severity } from '../findings';

/** The JSON Schema of one rule option, used to validate configuration files. */
export type OptionSchema = Readonly<Record<string, unknown>>;

export interface RuleContext<Options> {
  readonly file: ArticleFile;
  readonly options: Options;
  report(report: RuleReport): void;
  /**
   * The article's entities, dates and quotes, computed on first call and
   * shared by every rule: structural rules never pay for them.
   */
  annotations(): ArticleAnnotations;
}

/**
 * One rule: data that names and documents it, and a check that reads one
 * article and reports what is wrong with it. Rules never see files, editors
 * or configuration files; their options arrive already validated.
 */
export interface Rule<Options extends object = object> {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly tags: readonly string[];
  readonly defaultOptions: Options;
  /** JSON Schema of each option, by name. */
  readonly options: Readonly<Record<keyof Options, OptionSchema>>;
  check(article: Article, context: RuleContext<Options>): void;
}

/** Identity function that checks a rule's shape and infers its option type. */
export function defineRule<Options extends object>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
