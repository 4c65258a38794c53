// A throwaway home for one editor run: a copy of the fixtures as the
// workspace (tests edit documents; the repository's files stay untouched),
// an empty extensions folder, and user settings that keep edits in memory.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface Scratch {
  readonly root: string;
  readonly workspace: string;
  readonly userData: string;
  readonly extensions: string;
  /** The editor's XDG_CACHE_HOME, where the language server keeps its compiled code. */
  readonly cache: string;
}

/** Settings the suite relies on: nothing saved behind its back, no welcome page, and the glob `article-files.e2e.ts` tests. */
export const USER_SETTINGS = {
  'files.autoSave': 'off',
  'files.hotExit': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'git.enabled': false,
  'copydesk.files': ['**/wire/*.txt'],
};

export async function prepareScratch(): Promise<Scratch> {
  const root = await mkdtemp(join(tmpdir(), 'copydesk-e2e-'));
  const scratch = {
    root,
    workspace: join(root, 'workspace'),
    userData: join(root, 'user-data'),
    extensions: join(root, 'extensions'),
    cache: join(root, 'cache'),
  };
  await cp(resolve('test/e2e/fixtures'), scratch.workspace, { recursive: true });
  await mkdir(join(scratch.userData, 'User'), { recursive: true });
  await mkdir(scratch.extensions, { recursive: true });
  await writeFile(join(scratch.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return scratch;
}

export async function removeScratch(scratch: Scratch): Promise<void> {
  await rm(scratch.root, { recursive: true, force: true });
}
