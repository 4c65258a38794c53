import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveRules } from '../../src/core/config/config';
import { DOCS_BASE_URL } from '../../src/core/findings';
import { lintText } from '../../src/core/lint';
import { RULES } from '../../src/core/rules';

const DOCS_DIR = fileURLToPath(new URL('../../docs/rules/', import.meta.url));

const page = (id: string): string => readFileSync(join(DOCS_DIR, `${id}.md`), 'utf8');

/** The first fenced `text` block after a `## heading` of the page. */
function exampleUnder(text: string, heading: string): string {
  const section = text.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  assert.ok(section, `no "## ${heading}" section`);
  const fenced = /^```text\n([\s\S]*?)^```$/m.exec(section);
  assert.ok(fenced, `no \`\`\`text example under "## ${heading}"`);
  return fenced[1]!;
}

/** How a default reads in the options table: scalars as JSON, lists item by item. */
function defaultMentions(value: unknown): string[] {
  return Array.isArray(value)
    ? value.length === 0
      ? ['`[]`']
      : value.map((item) => `\`${String(item)}\``)
    : [`\`${JSON.stringify(value)}\``];
}

describe('rule docs', () => {
  it('has a page for every rule, and every page names an existing rule', () => {
    const ids = RULES.map((rule) => rule.id);
    for (const id of ids) assert.ok(existsSync(join(DOCS_DIR, `${id}.md`)), `rule ${id} has no docs/rules/${id}.md`);
    const pages = readdirSync(DOCS_DIR).filter((file) => file.endsWith('.md') && file !== 'README.md');
    for (const file of pages) assert.ok(ids.includes(file.replace(/\.md$/, '')), `docs/rules/${file} names no rule in RULES`);
  });

  it('indexes every rule in docs/rules/README.md, in the order of RULES, with its description, default severity and tags', () => {
    const index = readFileSync(join(DOCS_DIR, 'README.md'), 'utf8');
    const rows = [...index.matchAll(/^\| \[`([a-z-]+)`\]\(\1\.md\) \| (.+) \| `(\w+)` \| .+ \| (.+) \|$/gm)];
    assert.deepEqual(
      rows.map((row) => [row[1], row[2], row[3], row[4]]),
      RULES.map((rule) => [rule.id, rule.description, rule.defaultSeverity, rule.tags.map((tag) => `\`${tag}\``).join(', ')]),
    );
  });

  it('registers every rule file of src/core/rules in RULES', () => {
    const RULES_DIR = fileURLToPath(new URL('../../src/core/rules/', import.meta.url));
    const ruleFiles = readdirSync(RULES_DIR).filter(
      (file) => /defineRule\(/.test(readFileSync(join(RULES_DIR, file), 'utf8')) && file !== 'rule.ts',
    );
    assert.deepEqual(ruleFiles.map((file) => file.replace(/\.ts$/, '')).sort(), RULES.map((rule) => rule.id).sort());
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('is the page each finding links to', () => {
        const findings = lintText(exampleUnder(page(rule.id), 'Bad'), 'plain', resolveRules()).findings;
        const url = findings.find((finding) => finding.ruleId === rule.id)?.url;
        assert.equal(url, `${DOCS_BASE_URL}${rule.id}.md`);
        assert.ok(url!.endsWith(`docs/rules/${rule.id}.md`));
      });

      it('names the rule, its description, default severity and each option with its default', () => {
        const text = page(rule.id);
        assert.ok(text.startsWith(`# ${rule.id}\n`));
        assert.ok(text.includes(`> ${rule.description}`), 'the description is not quoted under the title');
        assert.ok(text.includes(`| Default severity | \`${rule.defaultSeverity}\` |`));
        for (const [option, value] of Object.entries(rule.defaultOptions)) {
          assert.ok(text.includes(`| \`${option}\` |`), `option ${option} is not in the options table`);
          for (const mention of defaultMentions(value))
            assert.ok(text.includes(mention), `the default of ${option} does not show ${mention}`);
        }
        if (Object.keys(rule.defaultOptions).length === 0) assert.match(text, /^## Options\n\nNone\.$/m);
        assert.match(text, new RegExp(`^rules:\\n  ${rule.id}:`, 'm'), 'no .copydeskrc.yaml example');
      });

      it('has a bad example the rule reports and a good one it does not', () => {
        const lint = (example: string) =>
          lintText(example, 'plain', resolveRules()).findings.filter((finding) => finding.ruleId === rule.id);
        assert.notDeepEqual(lint(exampleUnder(page(rule.id), 'Bad')), []);
        assert.deepEqual(
          lint(exampleUnder(page(rule.id), 'Good')).map((finding) => finding.message),
          [],
        );
      });
    });
  }
});
