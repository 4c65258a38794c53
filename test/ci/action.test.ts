import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { cleanStory, cleanUp, makeFolder, sarifErrors, scrapedStory } from '../cli/helpers';

interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly env?: Readonly<Record<string, string>>;
}

interface Action {
  readonly inputs: Readonly<Record<string, { readonly default?: string }>>;
  readonly runs: { readonly using: string; readonly steps: readonly Step[] };
}

const ACTION = parse(readFileSync(resolve('action.yml'), 'utf8')) as Action;

function step(name: string): Step {
  const found = ACTION.runs.steps.find((candidate) => candidate.name === name);
  assert.ok(found, `action.yml has a step named ${name}`);
  return found;
}

/**
 * Runs one `run:` step as the Actions runner would: bash, in the workspace,
 * with the step's `env` (its `${{ … }}` values given here) and the runner's
 * own variables. GitHub's expressions are never inside the scripts, so
 * nothing else needs substituting.
 */
function runStep(name: string, env: Record<string, string>, cwd: string): { code: number | null; stdout: string; outputs: string } {
  const script = step(name).run!;
  assert.doesNotMatch(script, /\$\{\{/, 'inputs reach the script through env, never pasted into it');
  const outputs = join(cwd, '.github-output');
  writeFileSync(outputs, '');
  const run = spawnSync('bash', ['-e', '-c', script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTION_PATH: resolve('.'), GITHUB_OUTPUT: outputs, ...env },
  });
  return { code: run.status, stdout: run.stdout + run.stderr, outputs: readFileSync(outputs, 'utf8') };
}

describe('the GitHub Action (action.yml)', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) cleanUp(folder);
    folder = undefined;
  });

  it('is a composite action that sets up Node, installs Copydesk and uploads SARIF to code scanning', () => {
    assert.equal(ACTION.runs.using, 'composite');
    const uses = ACTION.runs.steps.map((candidate) => candidate.uses).filter(Boolean);
    assert.ok(uses.some((name) => name!.startsWith('actions/setup-node@')));
    assert.ok(uses.some((name) => name!.startsWith('github/codeql-action/upload-sarif@')));
    assert.match(step('Install Copydesk').run!, /npm ci --prefix "\$GITHUB_ACTION_PATH"/);
    assert.equal(ACTION.inputs.paths?.default, '.');
  });

  it('writes a valid SARIF log of a folder with errors and records exit code 1, and the last step fails the job', () => {
    folder = makeFolder({ 'wire/harbour.news': scrapedStory(), 'wire/library.news': cleanStory() });
    const lint = runStep('Lint', { PATHS: 'wire', SARIF_FILE: 'copydesk.sarif' }, folder);
    assert.equal(lint.code, 0, 'the lint step itself succeeds, so the upload still runs');
    assert.match(lint.outputs, /^exit-code=1$/m);
    const sarif = join(folder, 'copydesk.sarif');
    assert.deepEqual(sarifErrors(sarif), []);
    const results = (JSON.parse(readFileSync(sarif, 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> }).runs[0]!.results;
    assert.ok(results.some((result) => result.ruleId === 'duplicate-caption'));
    const fail = runStep('Fail on errors', { EXIT_CODE: '1' }, folder);
    assert.equal(fail.code, 1);
    assert.match(fail.stdout, /::error title=Copydesk::Copydesk found errors/);
  });

  it('passes on clean copy, and takes a glob in its paths without the shell expanding it', () => {
    folder = makeFolder({ 'wire/library.txt': cleanStory(), 'wire/harbour.news': scrapedStory() });
    const lint = runStep('Lint', { PATHS: 'wire/*.txt', SARIF_FILE: 'out.sarif' }, folder);
    assert.match(lint.outputs, /^exit-code=0$/m);
    assert.ok(existsSync(join(folder, 'out.sarif')));
    assert.equal(runStep('Fail on errors', { EXIT_CODE: '0' }, folder).code, 0);
  });

  it('fails with its own message when Copydesk cannot lint (exit 2)', () => {
    folder = makeFolder({});
    const lint = runStep('Lint', { PATHS: 'missing-folder', SARIF_FILE: 'copydesk.sarif' }, folder);
    assert.match(lint.outputs, /^exit-code=2$/m);
    const fail = runStep('Fail on errors', { EXIT_CODE: '2' }, folder);
    assert.equal(fail.code, 2);
    assert.match(fail.stdout, /could not lint \(exit 2\)/);
  });
});
