import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleFormat } from '../../src/core/article/model';
import { resolveRules, type Config, type ResolvedRule } from '../../src/core/config/config';
import type { Finding } from '../../src/core/findings';

/**
 * The rule fixtures under `test/fixtures/rules/<rule-id>/`: each case is an
 * article (`<case>.news.txt` or `<case>.news.md`), the findings it must
 * produce (`<case>.findings`), the text `fixText` must leave
 * (`<case>.fixed.news.txt`, when some finding has a fix) and, rarely, the
 * configuration it is linted with (`<case>.options.json`).
 *
 * A case checks the rule of its folder and every rule its findings or its
 * options name,
 * so it shows how they meet (a repeated caption and the marker after it);
 * other rules have cases of their own, and a new rule does not rewrite
 * every other rule's cases.
 */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/rules/', import.meta.url));

export interface RuleFixture {
  readonly ruleId: string;
  readonly name: string;
  readonly path: string;
  readonly format: ArticleFormat;
  readonly text: string;
  /** One `line:column-endLine:endColumn rule-id` per finding, in report order. */
  readonly findings: readonly string[];
  readonly fixed: string | undefined;
  readonly config: Config;
  /** The rules the case checks: its folder's, and those its findings or options name. */
  readonly scope: ReadonlySet<string>;
}

const ARTICLE = /^(?<name>.+?)\.news\.(?<ext>txt|md)$/;

export function ruleFixtureFolders(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function loadRuleFixtures(): RuleFixture[] {
  return ruleFixtureFolders().flatMap((ruleId) => {
    const folder = join(FIXTURES_DIR, ruleId);
    return readdirSync(folder)
      .sort()
      .flatMap((file) => {
        const match = ARTICLE.exec(file);
        if (!match || match.groups!.name!.endsWith('.fixed')) return [];
        const { name, ext } = match.groups as { name: string; ext: string };
        const base = join(folder, name);
        const optional = (path: string): string | undefined => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
        const options = optional(`${base}.options.json`);
        const config = options ? (JSON.parse(options) as Config) : {};
        const findings = parseFindingsList(readFileSync(`${base}.findings`, 'utf8'));
        return [
          {
            ruleId,
            name,
            path: join(folder, file),
            format: ext === 'md' ? 'markdown' : 'plain',
            text: readFileSync(join(folder, file), 'utf8'),
            findings,
            fixed: optional(`${base}.fixed.news.${ext}`),
            config,
            scope: new Set([ruleId, ...findings.map((line) => line.split(' ')[1]!), ...Object.keys(config.rules ?? {})]),
          } satisfies RuleFixture,
        ];
      });
  });
}

/** The lines of a `.findings` file; blank lines and `#` comments (why a near miss is not reported) are skipped. */
export function parseFindingsList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The rules a case is linted and fixed with: each at its default settings, or as its `.options.json` sets it. */
export function fixtureRules(fixture: RuleFixture): ResolvedRule[] {
  return resolveRules(fixture.config).filter(({ rule }) => fixture.scope.has(rule.id));
}

/** A finding as a `.findings` line. */
export function findingLine(finding: Finding): string {
  const { start, end } = finding.place as { start: { line: number; column: number }; end: { line: number; column: number } };
  return `${start.line}:${start.column}-${end.line}:${end.column} ${finding.ruleId}`;
}

export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** Old Mac line endings: LSP and VS Code count a lone CR as a line ending too. */
export function toCr(text: string): string {
  return text.replace(/\r?\n/g, '\r');
}
