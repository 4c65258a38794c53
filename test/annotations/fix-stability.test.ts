import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { annotateArticle } from '../../src/core/annotations/annotate';
import { parseArticleFile } from '../../src/core/article/parse';
import { resolveRules } from '../../src/core/config/config';
import { fixText } from '../../src/core/fix';
import { lintText } from '../../src/core/lint';
import { needsSample, SAMPLE } from '../cli/sample-file';

/**
 * Our own story in the sample's shape: a caption pasted three times that
 * names the Selenga region, and the same word in the body in another sense.
 * Deleting the copies must not change what the body's `Selenga` is.
 */
const STORY = [
  'Leaders Tour the Far East',
  '',
  '12 March 2025, Russia, Ulan-Ude: Visitors walk past the new bridge in the Selenga region. (Nordwire via YNA/dpa)',
  '12 March 2025, Russia, Ulan-Ude: Visitors walk past the new bridge in the Selenga region. (Nordwire via YNA/dpa)',
  '12 March 2025, Russia, Ulan-Ude: Visitors walk past the new bridge in the Selenga region. (Nordwire via YNA/dpa) ',
  '',
  'Over a lunch of Selenga fish soup and dumplings, the two delegations agreed to open a new rail link, the governor said.',
  '',
  'Selenga officials said the bridge would carry freight from next year.',
  '',
].join('\n');

/** Every name of the file as `article:text`, with the kinds it is given. */
function kinds(text: string): Map<string, string> {
  const file = parseArticleFile(text, { format: 'plain' });
  const found = new Map<string, Set<string>>();
  for (const article of file.articles)
    for (const mention of annotateArticle(article, file).mentions) {
      const key = `${article.index}:${mention.text}`;
      found.set(key, new Set([...(found.get(key) ?? []), mention.type]));
    }
  return new Map([...found].map(([key, types]) => [key, [...types].sort().join('/')]));
}

/** The names whose kinds differ between two readings, among those both find. */
function changedKinds(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...before]
    .filter(([key, types]) => after.has(key) && after.get(key) !== types)
    .map(([key, types]) => `${key} ${types} → ${after.get(key)}`);
}

function fixed(text: string): string {
  const rules = resolveRules();
  return fixText(text, (current) => lintText(current, 'plain', rules).findings).output;
}

describe('names after a fix deletes lines', () => {
  it('keep their kinds when the fix deletes a pasted caption', () => {
    const after = fixed(STORY);
    assert.ok(after.length < STORY.length, 'the fix deleted the copies');
    assert.deepEqual(changedKinds(kinds(STORY), kinds(after)), []);
  });

  it('keep their kinds in the real sample, `Amur` among them', function () {
    needsSample(this);
    const text = readFileSync(SAMPLE, 'utf8');
    const before = kinds(text);
    const after = kinds(fixed(text));
    assert.ok(before.has('0:Amur') && after.has('0:Amur'));
    assert.deepEqual(changedKinds(before, after), []);
  });
});
