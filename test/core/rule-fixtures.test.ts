import assert from 'node:assert/strict';
import { fixText } from '../../src/core/fix';
import { lintText } from '../../src/core/lint';
import { RULES } from '../../src/core/rules';
import { findingLine, fixtureRules, loadRuleFixtures, ruleFixtureFolders, toCr, toCrlf, type RuleFixture } from './rule-fixtures';

/** Lints a case with the rules it checks, at their default settings or its own `.options.json`. */
function lint(fixture: RuleFixture, text: string) {
  return lintText(text, fixture.format, fixtureRules(fixture)).findings;
}

function fix(fixture: RuleFixture, text: string): string {
  const rules = fixtureRules(fixture);
  return fixText(text, (current) => lintText(current, fixture.format, rules).findings).output;
}

describe('rule fixtures', () => {
  const fixtures = loadRuleFixtures();

  it('has a folder of cases for every rule, and none for a rule that does not exist', () => {
    const ids = RULES.map((rule) => rule.id);
    const folders = ruleFixtureFolders();
    for (const id of ids)
      assert.ok(folders.includes(id), `rule ${id} has no cases: add test/fixtures/rules/${id}/<case>.news.txt and <case>.findings`);
    for (const folder of folders) assert.ok(ids.includes(folder), `test/fixtures/rules/${folder}/ names no rule in RULES`);
  });

  for (const rule of RULES) {
    it(`${rule.id}: has a case it reports and a near miss it must not`, () => {
      const cases = fixtures.filter((fixture) => fixture.ruleId === rule.id);
      const reports = (fixture: RuleFixture): boolean => fixture.findings.some((line) => line.endsWith(` ${rule.id}`));
      assert.ok(cases.some(reports), `no case in test/fixtures/rules/${rule.id}/ reports ${rule.id}`);
      assert.ok(
        cases.some((fixture) => !reports(fixture)),
        `no near miss in test/fixtures/rules/${rule.id}/`,
      );
    });
  }

  for (const fixture of fixtures) {
    describe(`${fixture.ruleId}/${fixture.name}`, () => {
      it('reports exactly the findings written beside it', () => {
        assert.deepEqual(lint(fixture, fixture.text).map(findingLine), fixture.findings);
      });

      const expected = fixture.fixed ?? fixture.text;
      it(fixture.fixed ? 'fixes to the text written beside it' : 'is left untouched by fixText', () => {
        assert.equal(fix(fixture, fixture.text), expected);
      });

      for (const [ending, convert] of [
        ['CRLF', toCrlf],
        ['CR', toCr],
      ] as const) {
        it(`reports the same places when its lines end in ${ending}`, () => {
          assert.deepEqual(lint(fixture, convert(fixture.text)).map(findingLine), fixture.findings);
        });

        it(`fixes ${ending} text to the same text, keeping ${ending} on every line`, () => {
          assert.equal(fix(fixture, convert(fixture.text)), convert(expected));
        });
      }
    });
  }
});
