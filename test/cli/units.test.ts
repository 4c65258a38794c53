import assert from 'node:assert/strict';
import { escapeData, escapeProperty } from '../../src/cli/formats/github';
import { createProgress } from '../../src/cli/progress';
import { parseShard, selectShard } from '../../src/cli/shard';
import { decodeArticle, ReadError } from '../../src/workspace/read-text';

describe('CLI building blocks', () => {
  it('escapes GitHub workflow command data and properties as the runner decodes them', () => {
    assert.equal(escapeData('50% off\r\nnext: line'), '50%25 off%0D%0Anext: line');
    assert.equal(escapeProperty('wire/a,b:c%.news'), 'wire/a%2Cb%3Ac%25.news');
  });

  it('parses --shard and deals the files in turn', () => {
    assert.deepEqual(parseShard('2/3'), { index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1/0', '1-3', '']) assert.ok('problem' in parseShard(bad), bad);
    const files = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    assert.deepEqual(
      [1, 2, 3].map((index) => selectShard(files, { index, count: 3 })),
      [
        ['a', 'd', 'g'],
        ['b', 'e'],
        ['c', 'f'],
      ],
    );
  });

  it('decodes UTF-8 with and without a byte order mark, remembering it', () => {
    const text = 'Ким Чен Ын 😀\r\n';
    assert.deepEqual(decodeArticle('a.news', Buffer.from(text)), { text, bom: false, format: 'plain' });
    assert.deepEqual(decodeArticle('a.news.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])), {
      text,
      bom: true,
      format: 'markdown',
    });
  });

  it('refuses binary and invalid UTF-8 bytes with an error naming the file and the reason', () => {
    assert.throws(
      () => decodeArticle('photo.jpg', Buffer.from([0xff, 0xd8, 0x00])),
      (error: unknown) => error instanceof ReadError && error.failure === 'binary' && error.message.startsWith('photo.jpg: binary file'),
    );
    assert.throws(
      () => decodeArticle('old.news', Buffer.from([0x43, 0x61, 0x66, 0xe9])),
      (error: unknown) => error instanceof ReadError && error.failure === 'encoding' && /^old\.news: not valid UTF-8/.test(error.message),
    );
  });

  it('draws a progress bar only on a terminal outside CI, and erases it at the end', () => {
    const drawn = (isTTY: boolean, env: NodeJS.ProcessEnv): string => {
      let output = '';
      const progress = createProgress({ isTTY, write: (text: string) => (output += text) }, env);
      progress.update(0, 4);
      progress.update(4, 4);
      progress.finish();
      return output;
    };
    assert.match(drawn(true, {}), /\[#{30}\] 4\/4 files\r\x1b\[2K$/);
    assert.equal(drawn(true, { CI: 'true' }), '');
    assert.equal(drawn(false, {}), '');
  });
});
