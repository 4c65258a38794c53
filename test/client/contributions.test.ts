import assert from 'node:assert/strict';
import packageJson from '../../package.json';
import {
  CLEANUP_COMMANDS,
  CLIENT_COMMANDS,
  CLIENT_SETTINGS,
  LANGUAGE_ID,
  MARK_COMMANDS,
  PALETTE_COMMANDS,
  SETTINGS_SECTION,
} from '../../src/client/contributions';
import { DEFAULT_FILES } from '../../src/core/config/config';
import { ClientState, SERVER_SETTINGS } from '../../src/server/client-state';
import { COMMANDS } from '../../src/server/commands';
import { ASK_SPEAKER_COMMAND, SERVER_COMMANDS } from '../../src/server/protocol';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../src/server/semantic-tokens';

const { contributes } = packageJson;
const sorted = (values: Iterable<string>): string[] => [...values].sort();

describe("package.json's contributions and the code", () => {
  it('name the same language, and its files are the ones a folder lint looks for by default', () => {
    const [language] = contributes.languages;
    assert.equal(contributes.languages.length, 1);
    assert.equal(language!.id, LANGUAGE_ID);
    assert.ok(packageJson.activationEvents.includes(`onLanguage:${LANGUAGE_ID}`));
    assert.equal(contributes.grammars[0]!.language, LANGUAGE_ID);
    const globs = [
      ...language!.extensions.map((extension) => `**/*${extension}`),
      ...language!.filenamePatterns.map((name) => `**/${name}`),
    ];
    assert.deepEqual(sorted(globs), sorted(DEFAULT_FILES));
  });

  it('contribute every command the palette runs, and nothing else', () => {
    assert.deepEqual(sorted(contributes.commands.map((command) => command.command)), sorted(PALETTE_COMMANDS));
    assert.ok(contributes.commands.every((command) => command.category === 'Copydesk'));
    for (const entry of contributes.menus.commandPalette) assert.ok(PALETTE_COMMANDS.includes(entry.command), entry.command);
  });

  it('link the walkthrough to commands that exist', () => {
    for (const step of contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps)) {
      const named = [
        ...[...step.description.matchAll(/\(command:([\w.]+)\)/g)].map((match) => match[1]!),
        ...step.completionEvents.flatMap((event) => (event.startsWith('onCommand:') ? [event.slice('onCommand:'.length)] : [])),
      ];
      for (const command of named) assert.ok(PALETTE_COMMANDS.includes(command) || command.startsWith('workbench.'), command);
    }
  });

  it('run a server command the server answers for each palette command that has one, and the server answers all of its own', () => {
    assert.deepEqual(sorted(COMMANDS.keys()), sorted(Object.values(SERVER_COMMANDS)));
    for (const [, serverCommand] of [...CLEANUP_COMMANDS, ...MARK_COMMANDS]) assert.ok(COMMANDS.has(SERVER_COMMANDS[serverCommand]));
    assert.equal(ASK_SPEAKER_COMMAND, CLIENT_COMMANDS.setSpeaker);
  });

  it('declare the semantic token types and modifiers the server colours, and scope only those', () => {
    assert.deepEqual(sorted(contributes.semanticTokenTypes.map((type) => type.id)), sorted(TOKEN_TYPES));
    assert.deepEqual(sorted(contributes.semanticTokenModifiers.map((modifier) => modifier.id)), sorted(TOKEN_MODIFIERS));
    for (const scopes of contributes.semanticTokenScopes) {
      assert.equal(scopes.language, LANGUAGE_ID);
      for (const key of Object.keys(scopes.scopes)) {
        const [type, ...modifiers] = key.split('.');
        assert.ok((TOKEN_TYPES as readonly string[]).includes(type!), key);
        assert.ok(
          modifiers.every((modifier) => (TOKEN_MODIFIERS as readonly string[]).includes(modifier)),
          key,
        );
      }
    }
  });

  it('offer the settings the client and the server read, with the defaults the server assumes', () => {
    const properties = contributes.configuration.properties as Record<string, { default: unknown }>;
    const section = `${SETTINGS_SECTION}.`;
    assert.ok(Object.keys(properties).every((key) => key.startsWith(section)));
    assert.deepEqual(
      sorted(Object.keys(properties).map((key) => key.slice(section.length))),
      sorted([...CLIENT_SETTINGS, ...Object.keys(SERVER_SETTINGS)]),
    );
    for (const [name, value] of Object.entries(SERVER_SETTINGS)) assert.deepEqual(properties[section + name]!.default, value, name);
    const state = new ClientState();
    state.applySettings({ inlayHints: { relativeDates: false }, maxFileSize: 10 });
    state.applySettings({});
    assert.deepEqual(
      [state.relativeDateHints, state.maxFileSize],
      [SERVER_SETTINGS['inlayHints.relativeDates'], SERVER_SETTINGS.maxFileSize],
    );
  });
});
