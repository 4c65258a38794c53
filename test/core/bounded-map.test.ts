import assert from 'node:assert/strict';
import { BoundedMap } from '../../src/core/bounded-map';

describe('BoundedMap', () => {
  it('keeps entries up to its limit, then starts again empty rather than grow', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2);
    map.set('a', 3);
    assert.deepEqual(
      [...map],
      [
        ['a', 3],
        ['b', 2],
      ],
      'a key already held is replaced without emptying',
    );
    map.set('c', 4);
    assert.deepEqual([...map], [['c', 4]]);
  });
});
