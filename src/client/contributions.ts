// What the extension contributes to VS Code, as the code names it: the
// language, the settings section and every command id. `package.json`
// declares the same, and test/client/contributions.test.ts checks that the
// two agree. Plain data with no `vscode` import, so the test can read it.
import type { SERVER_COMMANDS } from './protocol';

/** A `workspace/executeCommand` command by its name in {@link SERVER_COMMANDS}. */
export type ServerCommand = keyof typeof SERVER_COMMANDS;

/** The language id of article files. */
export const LANGUAGE_ID = 'news';

/** The settings section: `copydesk.files`, `copydesk.maxFileSize`, … */
export const SETTINGS_SECTION = 'copydesk';

/** The settings of the section the client reads itself (the server's are in `server/client-state.ts`). */
export const CLIENT_SETTINGS = ['files', 'trace.server'] as const;

/** The palette's cleanup commands (category `Copydesk`) and the server command behind each. */
export const CLEANUP_COMMANDS: ReadonlyArray<readonly [string, ServerCommand]> = [
  ['copydesk.removeDuplicateCaptions', 'removeDuplicateCaptions'],
  ['copydesk.removeScrapeArtifacts', 'removeScrapeArtifacts'],
  ['copydesk.normaliseQuotes', 'normaliseQuotes'],
  ['copydesk.normaliseWhitespace', 'normaliseWhitespace'],
  ['copydesk.splitArticles', 'splitArticles'],
  ['copydesk.addFrontMatter', 'addFrontMatter'],
];

/** The palette's annotation commands on the selected words, and the server command that records each in the front-matter. */
export const MARK_COMMANDS: ReadonlyArray<readonly [string, ServerCommand]> = [
  ['copydesk.markPerson', 'markPerson'],
  ['copydesk.markOrganisation', 'markOrganisation'],
  ['copydesk.markPlace', 'markPlace'],
  ['copydesk.markNotEntity', 'markNotEntity'],
];

/** The palette's other commands, each the client's own work (or a question before a server command). */
export const CLIENT_COMMANDS = {
  treatAsArticle: 'copydesk.treatAsArticle',
  fixAll: 'copydesk.fixAll',
  showOutput: 'copydesk.showOutput',
  lintWorkspace: 'copydesk.lintWorkspace',
  /** Asks for the speaker's name; the server's "Set Speaker of This Quote…" action runs it too. */
  setSpeaker: 'copydesk.setSpeaker',
  setArticleDate: 'copydesk.setArticleDate',
} as const;

/** Every command in the palette: what `package.json` contributes. */
export const PALETTE_COMMANDS: readonly string[] = [
  ...Object.values(CLIENT_COMMANDS),
  ...CLEANUP_COMMANDS.map(([id]) => id),
  ...MARK_COMMANDS.map(([id]) => id),
];
