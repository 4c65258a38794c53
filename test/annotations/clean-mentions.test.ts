import assert from 'node:assert/strict';
import { cleanMentions } from '../../src/core/annotations/clean-mentions';
import type { Mention } from '../../src/core/entities/mention';

function mention(text: string, type: Mention['type'], start = 100): Mention {
  return { start, end: start + text.length, text, type };
}

describe('cleaning the tagger’s mentions', () => {
  it('drops a connector kept at the front of a name, keeping the span on the name', () => {
    assert.deepEqual(cleanMentions([mention('But Peskov', 'organization')]), [
      { start: 104, end: 110, text: 'Peskov', type: 'organization' },
    ]);
  });

  it('splits an office from its holder: the holder is a person', () => {
    assert.deepEqual(cleanMentions([mention('European Affairs Janos Boka', 'organization')]), [
      { start: 117, end: 127, text: 'Janos Boka', type: 'person' },
    ]);
    assert.deepEqual(cleanMentions([mention('US State Department', 'organization')]), [mention('US State Department', 'organization')]);
  });

  it('types a country the gazetteer knows as a place', () => {
    assert.equal(cleanMentions([mention('China', 'organization')])[0]!.type, 'place');
    assert.equal(cleanMentions([mention('Kremlin', 'organization')])[0]!.type, 'organization');
  });
});
