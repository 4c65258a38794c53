import type { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveRules, type Config, type ResolvedRule } from '../core/config/config';
import { formatForPath } from '../core/article/parse';
import { lintText, type LintOptions, type LintResult } from '../core/lint';
import { ParagraphCache } from '../core/text/paragraph-cache';
import { readDictionary } from '../workspace/dictionary-file';

/**
 * The latest analysis of each open document, keyed by URI and version, so
 * diagnostics, code actions, symbols and folding all read one result per
 * edit instead of re-linting. Each document keeps what was read from its
 * paragraphs, so an edit re-reads only the paragraphs it touched.
 */
export class Analyses {
  private readonly results = new Map<string, { version: number; result: LintResult }>();
  private readonly paragraphs = new Map<string, ParagraphCache>();

  constructor(readonly configFor: (uri: string) => Config) {}

  get(document: TextDocument): LintResult {
    const cached = this.results.get(document.uri);
    if (cached && cached.version === document.version) return cached.result;
    const paragraphs = this.paragraphsOf(document.uri);
    paragraphs.nextReading();
    const result = lintText(document.getText(), formatForPath(document.uri), this.rulesFor(document.uri), {
      ...this.optionsFor(document.uri),
      paragraphs,
    });
    this.results.set(document.uri, { version: document.version, result });
    return result;
  }

  private paragraphsOf(uri: string): ParagraphCache {
    let cache = this.paragraphs.get(uri);
    if (!cache) this.paragraphs.set(uri, (cache = new ParagraphCache()));
    return cache;
  }

  rulesFor(uri: string): ResolvedRule[] {
    return resolveRules(this.configFor(uri));
  }

  /** The workspace dictionary the configuration names; a broken one is left out (the CLI reports it). */
  optionsFor(uri: string): LintOptions {
    const path = this.configFor(uri).dictionary;
    if (!path) return {};
    try {
      return { dictionary: readDictionary(path) };
    } catch {
      return {};
    }
  }

  forget(uri: string): void {
    this.results.delete(uri);
    this.paragraphs.delete(uri);
  }

  /** Configuration changed: every result is stale (what paragraphs say does not depend on it). */
  clear(): void {
    this.results.clear();
  }
}
