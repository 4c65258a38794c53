import assert from 'node:assert/strict';
import { Finding, type RuleReport } from '../../src/core/findings';
import { resolveRules } from '../../src/core/config/config';
import { compatibleFixes, fixFile, fixText, joinLineDeletions } from '../../src/core/fix';
import { lintText } from '../../src/core/lint';
import { deleteLines } from '../../src/core/rules/edits';
import { LineIndex, splitLines } from '../../src/core/text/lines';
import { isBlank } from '../../src/core/text/normalise';
import { applyEdits, type TextEdit } from '../../src/core/text/span';
import { findingLine, fixtureRules, loadRuleFixtures, toCrlf, type RuleFixture } from './rule-fixtures';

/** A finding made by hand, for testing the fix engine apart from any rule. */
function finding(text: string, report: RuleReport): Finding {
  return new Finding('test-rule', 'warning', report, new LineIndex(text));
}

/** Every occurrence of `find` in `text`, reported with a fix replacing it by `replace`; occurrences may overlap. */
function replacing(find: string, replace: string) {
  return (text: string): Finding[] => {
    const found: Finding[] = [];
    for (let at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + 1)) {
      found.push(
        finding(text, {
          start: at,
          end: at + find.length,
          message: `${find} → ${replace}`,
          fix: [{ start: at, end: at + find.length, newText: replace }],
        }),
      );
    }
    return found;
  };
}

/** A file's lines with their endings, so that a changed line ending shows as a changed line. */
function linesWithEndings(text: string): string[] {
  return splitLines(text).map((line) => text.slice(line.start, line.next));
}

/** Indexes of the lines that some fix of the first lint touches. */
function targetedLines(text: string, findings: readonly Finding[]): Set<number> {
  const edits = findings.flatMap((found) => found.fix ?? []);
  const touched = new Set<number>();
  for (const line of splitLines(text)) {
    if (edits.some((edit) => edit.start < line.next && line.start <= edit.end && !(edit.start === edit.end && edit.start === line.next)))
      touched.add(line.index);
  }
  return touched;
}

/**
 * Checks that going from `before` to `after` kept, byte for byte and in
 * order, every line no fix targets (a blank line beside a targeted one may
 * go: it is what a deleted block leaves behind), and made no more lines
 * than it could have changed. Line endings count: a line whose
 * ending changed is a changed line.
 */
function assertOnlyTargetedLinesChanged(before: string, after: string, targeted: ReadonlySet<number>): void {
  const beside = (index: number): boolean => targeted.has(index - 1) || targeted.has(index + 1);
  const lines = splitLines(before);
  const untouched = linesWithEndings(before).filter((_, index) => !targeted.has(index) && !(isBlank(lines[index]!.text) && beside(index)));
  const output = linesWithEndings(after);
  let cursor = 0;
  for (const line of untouched) {
    while (cursor < output.length && output[cursor] !== line) cursor++;
    assert.ok(cursor < output.length, `the untargeted line ${JSON.stringify(line)} is missing or changed`);
    cursor++;
  }
  assert.ok(
    output.length - untouched.length <= lines.length - untouched.length,
    'the fixed text has more new lines than the fixes could have made',
  );
}

function lintWith(fixture: RuleFixture) {
  const rules = fixtureRules(fixture);
  return (text: string): readonly Finding[] => lintText(text, fixture.format, rules).findings;
}

describe('fix engine', () => {
  describe('compatibleFixes', () => {
    const text = 'abcdefghij';

    it('takes fixes whole and leaves for a later pass any that touches one already taken', () => {
      const first = finding(text, { start: 0, end: 4, message: 'a', fix: [{ start: 0, end: 4, newText: '' }] });
      const clashing = finding(text, {
        start: 2,
        end: 6,
        message: 'b',
        fix: [
          { start: 8, end: 9, newText: 'X' },
          { start: 3, end: 5, newText: '' },
        ],
      });
      const apart = finding(text, { start: 6, end: 8, message: 'c', fix: [{ start: 6, end: 8, newText: 'Y' }] });
      assert.deepEqual(compatibleFixes([clashing, apart, first]), [first, apart]);
    });

    it('prefers the larger repair at one place: a repeated photo block whole, not caption by caption', () => {
      const caption = finding(text, { start: 0, end: 3, message: 'caption', fix: [{ start: 0, end: 4, newText: '' }] });
      const block = finding(text, { start: 0, end: 8, message: 'block', fix: [{ start: 0, end: 9, newText: '' }] });
      assert.deepEqual(compatibleFixes([caption, block]), [block]);
    });

    it('never takes two insertions at one offset, whose order would be a guess', () => {
      const one = finding(text, { start: 2, end: 2, message: 'one', fix: [{ start: 2, end: 2, newText: '1' }] });
      const two = finding(text, { start: 2, end: 2, message: 'two', fix: [{ start: 2, end: 2, newText: '2' }] });
      assert.equal(compatibleFixes([one, two]).length, 1);
    });

    it('ignores findings without a fix', () => {
      assert.deepEqual(compatibleFixes([finding(text, { start: 0, end: 1, message: 'no fix' })]), []);
    });
  });

  describe('applyEdits', () => {
    it('replaces each span and keeps every other character, line endings included', () => {
      const text = 'one\r\ntwo\r\nthree\n';
      const edits: TextEdit[] = [
        { start: 10, end: 15, newText: '3' },
        { start: 0, end: 3, newText: '1' },
      ];
      assert.equal(applyEdits(text, edits), '1\r\ntwo\r\n3\n');
    });
  });

  describe('fixText', () => {
    it('resolves overlapping fixes over passes, linting the new text each time', () => {
      // "aaaa" holds three overlapping "aa": the first pass can take two of them, the next the one that is left.
      const outcome = fixText('xaaaax', replacing('aa', 'a'));
      assert.equal(outcome.output, 'xax');
      assert.equal(outcome.applied.length, 3);
    });

    it('stops when nothing is left to fix, and returns the text unchanged when nothing was', () => {
      assert.deepEqual(fixText('clean copy', replacing('aa', 'a')), { output: 'clean copy', applied: [] });
    });

    it('stops after a bounded number of passes when a fix never settles', () => {
      const growing = (text: string): Finding[] => [
        finding(text, {
          start: text.length,
          end: text.length,
          message: 'grow',
          fix: [{ start: text.length, end: text.length, newText: '!' }],
        }),
      ];
      const outcome = fixText('news', growing);
      assert.ok(outcome.output.length > 'news'.length && outcome.output.length <= 'news'.length + 20);
    });
  });

  describe('joinLineDeletions', () => {
    for (const [ending, eol] of [
      ['LF', '\n'],
      ['CRLF', '\r\n'],
    ] as const) {
      const lines = ['Caption one. (AP)', '', 'Caption one. (AP)', 'TT', '', 'Body of the story.'];
      const text = lines.join(eol) + eol;
      const fileLines = splitLines(text);

      it(`takes the blank line after a block that two deletions empty together (${ending})`, () => {
        const edits = [deleteLines(fileLines, 2, 2), deleteLines(fileLines, 3, 3)];
        assert.equal(applyEdits(text, edits), ['Caption one. (AP)', '', '', 'Body of the story.'].join(eol) + eol);
        assert.equal(applyEdits(text, joinLineDeletions(text, edits)), ['Caption one. (AP)', '', 'Body of the story.'].join(eol) + eol);
      });

      it(`leaves the blank lines alone when the block keeps a line (${ending})`, () => {
        const kept = ['Caption one. (AP)', 'Caption one. (AP)', 'TT', '', 'Body of the story.'].join(eol) + eol;
        const keptLines = splitLines(kept);
        const edits = joinLineDeletions(kept, [deleteLines(keptLines, 1, 1), deleteLines(keptLines, 2, 2)]);
        assert.equal(applyEdits(kept, edits), ['Caption one. (AP)', '', 'Body of the story.'].join(eol) + eol);
      });
    }

    it('keeps a lone deletion as the rule made it', () => {
      const text = 'Body.\n\nTT\n\nMore.\n';
      const edit = deleteLines(splitLines(text), 2, 2);
      assert.deepEqual(joinLineDeletions(text, [edit]), [edit]);
      assert.equal(applyEdits(text, [edit]), 'Body.\n\nMore.\n');
    });
  });

  describe('deleteLines', () => {
    it('deletes a last line without a line ending together with the ending before it', () => {
      const text = 'Body.\nTT';
      assert.equal(applyEdits(text, [deleteLines(splitLines(text), 1, 1)]), 'Body.');
    });

    it('deletes a line standing alone at the end with the blank line before it', () => {
      for (const text of ['Body.\r\n\r\nTT\r\n', 'Body.\r\n\r\nTT']) {
        assert.equal(applyEdits(text, [deleteLines(splitLines(text), 2, 2)]), 'Body.\r\n');
      }
    });

    it('deletes a line standing alone at the start with the blank line after it', () => {
      const text = 'TT\n\nHeadline Here\n';
      assert.equal(applyEdits(text, [deleteLines(splitLines(text), 0, 0)]), 'Headline Here\n');
    });
  });

  describe('fixFile', () => {
    const rules = resolveRules();
    const story = [
      'Ferry Returns to Island Route',
      '',
      'The ferry returned. (NTB)',
      'The ferry returned. (NTB)',
      '',
      'Kim Jong-un watched from the quay. Kim Jong-un waved.  ',
      '',
    ].join('\n');

    it('fixes what the rules can fix and reports what is left, as linting the fixed text would', () => {
      const fixed = fixFile(story, 'plain', rules);
      assert.equal(fixed.output, fixText(story, (text) => lintText(text, 'plain', rules).findings).output);
      assert.notEqual(fixed.output, story);
      const again = lintText(fixed.output, 'plain', rules);
      assert.deepEqual(fixed.result.findings.map(findingLine), again.findings.map(findingLine));
      assert.deepEqual(
        fixed.applied.map((finding) => finding.ruleId),
        ['duplicate-caption', 'whitespace'],
      );
    });

    it('reads the fixed text with the dictionary it was given', () => {
      const dictionary = { entries: [{ name: 'Kim Jong Un', type: 'person' as const, aliases: ['Kim Jong-un'] }], ignore: [] };
      const names = (found: readonly Finding[]): string[] =>
        found.filter((finding) => finding.ruleId === 'inconsistent-name').map((finding) => finding.reason);
      assert.deepEqual(names(fixFile(story, 'plain', rules).result.findings), []);
      assert.deepEqual(names(fixFile(story, 'plain', rules, { dictionary }).result.findings), [
        '"Kim Jong-un" is spelt "Kim Jong Un" elsewhere in this article and in the dictionary',
        '"Kim Jong-un" is spelt "Kim Jong Un" elsewhere in this article and in the dictionary',
      ]);
    });
  });

  describe('on every rule fixture', () => {
    for (const fixture of loadRuleFixtures()) {
      const lint = lintWith(fixture);
      for (const [ending, text] of [
        ['LF', fixture.text],
        ['CRLF', toCrlf(fixture.text)],
      ] as const) {
        it(`${fixture.ruleId}/${fixture.name} (${ending}): changes only the lines its fixes target`, () => {
          const targeted = targetedLines(text, lint(text));
          assertOnlyTargetedLinesChanged(text, fixText(text, lint).output, targeted);
        });
      }

      it(`${fixture.ruleId}/${fixture.name}: leaves nothing a fix could still repair`, () => {
        const output = fixText(fixture.text, lint).output;
        assert.deepEqual(
          lint(output)
            .filter((found) => found.fix)
            .map((found) => `${found.ruleId} ${found.message}`),
          [],
        );
      });
    }
  });
});
