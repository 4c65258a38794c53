import assert from 'node:assert/strict';
import { repairHeadlineMentions } from '../../src/core/entities/headlines';
import type { Mention } from '../../src/core/entities/mention';

const text = 'Moon Greets Abe at Busan Summit\n\nPresident Moon Jae-in met Shinzo Abe in Busan on Monday. Abe later left.\n';

function at(words: string, type: Mention['type'], from = 0): Mention {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, type, text: words };
}

const body = text.indexOf('President');

describe('repairHeadlineMentions', () => {
  it('cuts a Title Case headline mention down to the names the body uses', () => {
    const mentions = [
      at('Moon Greets Abe', 'person'),
      at('Busan Summit', 'organization'),
      at('Moon Jae-in', 'person', body),
      at('Shinzo Abe', 'person', body),
      at('Busan', 'place', body),
    ];
    const repaired = repairHeadlineMentions(text, mentions);
    assert.deepEqual(
      repaired.slice(0, 3).map((m) => [m.text, m.type, m.start]),
      [
        ['Moon', 'person', 0],
        ['Abe', 'person', text.indexOf('Abe')],
        ['Busan', 'place', text.indexOf('Busan')],
      ],
    );
    assert.equal(repaired.length, 6);
  });

  it('leaves mentions alone when no line is in Title Case', () => {
    const plain = 'Moon greets Abe at a summit in Busan\n\nMoon Jae-in met Shinzo Abe.';
    const mentions: Mention[] = [{ start: 0, end: 15, type: 'person', text: 'Moon greets Abe' }];
    assert.deepEqual(repairHeadlineMentions(plain, mentions), mentions);
  });
});
