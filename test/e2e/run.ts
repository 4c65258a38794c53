// `npm run test:e2e`: runs the in-editor suite in VS Code desktop when it can
// be downloaded, and in code-server otherwise. COPYDESK_E2E=electron or
// COPYDESK_E2E=code-server chooses explicitly.
import { existsSync } from 'node:fs';
import { runCodeServer } from './run-code-server';
import { runElectron } from './run-electron';

async function canDownloadVSCode(): Promise<boolean> {
  // @vscode/test-electron keeps what it downloaded in .vscode-test/.
  if (existsSync('.vscode-test')) return true;
  return fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(5_000) }).then(
    (response) => response.ok,
    () => false,
  );
}

async function chooseRunner(): Promise<'electron' | 'code-server'> {
  const chosen = process.env.COPYDESK_E2E;
  if (chosen === 'electron' || chosen === 'code-server') return chosen;
  if (chosen) throw new Error(`COPYDESK_E2E must be "electron" or "code-server", not "${chosen}"`);
  return (await canDownloadVSCode()) ? 'electron' : 'code-server';
}

const runner = await chooseRunner();
console.log(`copydesk e2e: running the editor suite in ${runner === 'electron' ? 'VS Code (@vscode/test-electron)' : 'code-server'}`);
process.exitCode = runner === 'electron' ? await runElectron() : await runCodeServer();
