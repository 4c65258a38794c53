// The entry VS Code's extension host loads for `extensionTestsPath`: it
// exports `run()` exactly as @vscode/test-electron expects, and code-server
// accepts the same entry through the workbench's `payload` parameter.
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  // The suites are bundled into this file, so define mocha's globals before they load.
  mocha.suite.emit('pre-require', globalThis, 'copydesk-e2e', mocha);
  // First, while no article has been opened.
  await import('./activation.e2e');
  await import('./diagnostics.e2e');
  await import('./fix-all.e2e');
  await import('./providers.e2e');
  await import('./article-files.e2e');
  await import('./annotations.e2e');
  await import('./workspace.e2e');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} Copydesk editor test(s) failed`);
}
