import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  InitializeRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';
import { CLI, cleanUp, copydesk, makeFolder } from './helpers';

/** Our own story: a caption dating it, a relative date, a name, a quote with its speaker. */
const STORY = [
  'Ferry Crews End Strike After Pay Deal',
  '',
  '6 March 2025, Norway, Bodø: Union leader Ingrid Solberg leaves the hall after the vote. (NTB via AP)',
  '',
  'Ferry crews in northern Norway ended their strike on Wednesday after a pay deal, the union said.',
  '',
  '"We have what we asked for," Ingrid Solberg said. 😀',
  '',
].join('\n');

interface Record {
  file: string;
  kind: string;
  start: number;
  end: number;
  text: string;
  value: string | null;
  speaker: string | null;
  entity: string | null;
}

function jsonl(stdout: string): Record[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record);
}

describe('copydesk annotate', () => {
  let folder: string;
  beforeEach(() => {
    folder = makeFolder({ 'story.txt': STORY, 'bom.news': '\uFEFF' + STORY });
  });
  afterEach(() => cleanUp(folder));

  it('jsonl: one object per annotation with the stable fields, offsets that slice the file as read', () => {
    const run = copydesk(['annotate', 'story.txt', '--format', 'jsonl'], { cwd: folder });
    assert.equal(run.code, 0, run.stderr);
    const records = jsonl(run.stdout);
    const text = readFileSync(join(folder, 'story.txt'), 'utf8');
    for (const record of records) {
      assert.deepEqual(
        Object.keys(record).filter((key) => ['file', 'kind', 'start', 'end', 'text', 'value', 'speaker', 'entity'].includes(key)).length,
        8,
      );
      assert.equal(record.file, 'story.txt');
      assert.equal(text.slice(record.start, record.end), record.text);
    }
    const wednesday = records.find((record) => record.kind === 'date' && record.text === 'Wednesday')!;
    assert.equal(wednesday.value, '2025-03-05');
    const quote = records.find((record) => record.kind === 'quote')!;
    assert.equal(quote.speaker, 'Ingrid Solberg');
    assert.ok(records.some((record) => record.kind === 'person' && record.entity === 'Ingrid Solberg'));
    assert.ok(records.some((record) => record.kind === 'place' && record.text === 'Norway'));
  });

  it('counts a byte order mark in the offsets, as readFileSync returns the text', () => {
    const records = jsonl(copydesk(['annotate', 'bom.news', '--format', 'jsonl'], { cwd: folder }).stdout);
    const text = readFileSync(join(folder, 'bom.news'), 'utf8');
    assert.equal(text[0], '\uFEFF');
    for (const record of records) assert.equal(text.slice(record.start, record.end), record.text);
  });

  it('conll: a token per line with its BIO label, a blank line between lines of text', () => {
    const run = copydesk(['annotate', 'story.txt', '--format', 'conll'], { cwd: folder });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^-DOCSTART-\tstory\.txt\n\n/);
    assert.match(run.stdout, /\nIngrid\tB-PER\nSolberg\tI-PER\n/);
    assert.match(run.stdout, /\nNorway\tB-LOC\n/);
  });

  it('brat: writes the standoff .ann beside the text, counting characters, with resolved values as notes', () => {
    const run = copydesk(['annotate', 'story.txt', '--format', 'brat'], { cwd: folder });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout.trim(), 'story.ann');
    const ann = readFileSync(join(folder, 'story.ann'), 'utf8');
    const wednesday = /^(T\d+)\tDate (\d+) (\d+)\tWednesday$/m.exec(ann)!;
    assert.equal(STORY.slice(Number(wednesday[2]), Number(wednesday[3])), 'Wednesday');
    assert.match(ann, new RegExp(`^#\\d+\\tAnnotatorNotes ${wednesday[1]}\\t2025-03-05$`, 'm'));
    assert.match(ann, /^T\d+\tQuote \d+ \d+\t"We have what we asked for,"$/m);
  });

  it('exits 2 naming a missing path, and on an unknown format', () => {
    const missing = copydesk(['annotate', 'nope.txt'], { cwd: folder });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.txt/);
    assert.equal(copydesk(['annotate', 'story.txt', '--format', 'xml'], { cwd: folder }).code, 2);
  });
});

describe('copydesk lsp --stdio', () => {
  it('answers an LSP initialize over standard input and output', async () => {
    const server = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.listen();
    const result = (await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
    })) as InitializeResult;
    assert.deepEqual(result.serverInfo, {
      name: 'copydesk',
      version: (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version,
    });
    assert.ok(result.capabilities.semanticTokensProvider);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    await new Promise((done) => server.once('exit', done));
    connection.dispose();
  });
});
