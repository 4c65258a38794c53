import assert from 'node:assert/strict';
import { LineIndex, splitLines } from '../../src/core/text/lines';

describe('lines', () => {
  it('splits on LF, CRLF and a lone CR, as LSP counts lines', () => {
    const lines = splitLines('one\r\ntwo\nthree\rfour');
    assert.deepEqual(
      lines.map((line) => line.text),
      ['one', 'two', 'three', 'four'],
    );
    assert.deepEqual(
      lines.map((line) => [line.start, line.end, line.next]),
      [
        [0, 3, 5],
        [5, 8, 9],
        [9, 14, 15],
        [15, 19, 19],
      ],
    );
  });

  it('converts UTF-16 offsets to lines and characters and back, past emoji and non-Latin names', () => {
    const text = 'Ж😀\r\nКим Чен Ын';
    const index = new LineIndex(text);
    assert.deepEqual(index.positionAt(3), { line: 0, character: 3 });
    assert.deepEqual(index.positionAt(5), { line: 1, character: 0 });
    assert.equal(index.offsetAt({ line: 1, character: 4 }), 9);
    assert.equal(text.slice(index.offsetAt({ line: 1, character: 0 }), 8), 'Ким');
  });
});
