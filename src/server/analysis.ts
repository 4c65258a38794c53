import type { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveRules, type Config, type ResolvedRule } from '../core/config/config';
import { formatForPath } from '../core/article/parse';
import { lintText, type LintOptions, type LintResult } from '../core/lint';
import { readDictionary } from '../workspace/dictionary-file';

/**
 * The latest analysis of each open document, keyed by URI and version, so
 * diagnostics, code actions, symbols and folding all read one result per
 * edit instead of re-linting.
 */
export class Analyses {
  private readonly results = new Map<string, { version: number; result: LintResult }>();

  constructor(readonly configFor: (uri: string) => Config) {}

  get(document: TextDocument): LintResult {
    const cached = this.results.get(document.uri);
    if (cached && cached.version === document.version) return cached.result;
    const result = lintText(document.getText(), formatForPath(document.uri), this.rulesFor(document.uri), this.optionsFor(document.uri));
    this.results.set(document.uri, { version: document.version, result });
    return result;
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
  }

  /** Configuration changed: every result is stale. */
  clear(): void {
    this.results.clear();
  }
}
