// Runs the in-editor suite in VS Code desktop through @vscode/test-electron,
// which downloads VS Code first. Where that download is impossible (as on
// the build machine), it says so and points at the code-server runner.
import { runTests, TestRunFailedError } from '@vscode/test-electron';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSuite } from './build';
import { prepareScratch, removeScratch } from './scratch';

export async function runElectron(): Promise<number> {
  const suite = await buildSuite();
  const scratch = await prepareScratch();
  try {
    return await runTests({
      extensionDevelopmentPath: resolve('.'),
      extensionTestsPath: suite,
      extensionTestsEnv: { XDG_CACHE_HOME: scratch.cache },
      launchArgs: [
        scratch.workspace,
        '--user-data-dir',
        scratch.userData,
        '--extensions-dir',
        scratch.extensions,
        '--disable-extensions',
        '--disable-workspace-trust',
      ],
    });
  } catch (error) {
    if (error instanceof TestRunFailedError) return error.code ?? 1;
    const reason = error instanceof Error ? error.message : String(error);
    if (/download|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|fetch failed|getaddrinfo/i.test(reason)) {
      console.error(
        `@vscode/test-electron could not download VS Code (${reason}).\nRun the suite in code-server instead: COPYDESK_E2E=code-server npm run test:e2e`,
      );
      return 2;
    }
    throw error;
  } finally {
    await removeScratch(scratch);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runElectron();
}
