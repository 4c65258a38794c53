import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveRules } from '../../src/core/config/config';
import { lintText } from '../../src/core/lint';
import { FRONT_MATTER_KIND, frontMatterActions } from '../../src/server/front-matter';

const URI = 'file:///desk/ferry.news.txt';
const STORY =
  'Ferry Returns to Island Route\r\n\r\nThe coastal ferry between Bergen and Askøy sailed again on Monday, harbour master Ola Nilsen said.\r\n';

/** The document after the action's edit, as the editor would apply it. */
function afterAction(text: string): { title: string; text: string } {
  const [action] = frontMatterActions(URI, lintText(text, 'plain', resolveRules()));
  assert.ok(action?.edit?.changes?.[URI], 'no edit offered');
  assert.equal(action.kind, FRONT_MATTER_KIND);
  return { title: action.title, text: TextDocument.applyEdits(TextDocument.create(URI, 'news', 1, text), action.edit.changes[URI]) };
}

describe('front-matter code actions', () => {
  it('offers "Add front-matter" for a story without it, in the file\'s CRLF line endings', () => {
    const { title, text } = afterAction(STORY);
    assert.equal(title, 'Add front-matter');
    assert.ok(text.startsWith('---\r\nheadline: Ferry Returns to Island Route\r\n') && text.endsWith(STORY));
  });

  it('offers "Update front-matter" once the text has changed, and nothing when it is up to date', () => {
    const added = afterAction(STORY).text;
    assert.deepEqual(frontMatterActions(URI, lintText(added, 'plain', resolveRules())), []);
    const { title, text } = afterAction(added.replace('Ola Nilsen said', 'Ola Nielsen said'));
    assert.equal(title, 'Update front-matter');
    assert.match(text, /^ {2}- Ola Nielsen\r$/m);
  });

  it('disables the action on a file of several articles, saying why', () => {
    const two = `${STORY}\r\n\r\nMuseum Reopens After Flood Repairs\r\n\r\nThe polar museum in Tromsø reopened on Saturday, director Sigrid Berg said.\r\n`;
    const [action] = frontMatterActions(URI, lintText(two, 'plain', resolveRules()));
    assert.equal(action?.edit, undefined);
    assert.match(action?.disabled?.reason ?? '', /2 articles: split them into files first/);
  });
});
