import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { AlignedSourceRequest, SummaryRequest, type AlignedSource, type AlignedSourceParams, type DocumentSummary } from '../../server/src/shared';
import { eventually, startServer, type TestServer } from '../support/server';
import { tempDir } from '../support/tempDir';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');

/** The text a protocol range covers, in a text of single-line sentences. */
function textOf(text: string, range: NonNullable<AlignedSource['range']>): string {
  const lines = text.split('\n');
  assert.equal(range.start.line, range.end.line, 'one line per source sentence in this fixture');
  return (lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
}

describe('the aligned source behind "Open source beside"', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.stop());

  it('answers the source sentence aligned with each place in the translation, and null without a source', async () => {
    const dir = tempDir('tl-aligned-');
    const english = fs.readFileSync(path.join(FIXTURES, 'bilingual-talk.en.txt'), 'utf8');
    const japanese = fs.readFileSync(path.join(FIXTURES, 'bilingual-talk.txt'), 'utf8');
    fs.writeFileSync(path.join(dir, 'talk.en.txt'), english);
    fs.writeFileSync(path.join(dir, 'talk.txt'), japanese);
    const uri = pathToFileURL(path.join(dir, 'talk.txt')).toString();
    await server.open(uri, japanese);
    const ask = (line: number, character: number): Promise<AlignedSource | null> =>
      server.connection.sendRequest(AlignedSourceRequest.method, {
        uri,
        position: { line, character },
      } satisfies AlignedSourceParams) as Promise<AlignedSource | null>;
    const second = await eventually(async () => (await ask(1, 3)) ?? undefined, 'the alignment of the analysed pair');
    assert.equal(second.sourceUri, pathToFileURL(path.join(dir, 'talk.en.txt')).toString());
    assert.ok(second.range);
    assert.equal(textOf(english, second.range), 'That figure covers only the final training run.');
    const third = await ask(2, 0);
    assert.ok(third?.range);
    assert.equal(textOf(english, third.range), 'Researchers in Europe were surprised by the low cost.');

    const alone = pathToFileURL(path.join(dir, 'alone.txt')).toString();
    await server.open(alone, japanese);
    await eventually(
      async () => ((await server.connection.sendRequest(SummaryRequest.method, { uri: alone })) as DocumentSummary).analysed || undefined,
      'the analysis of a translation without a source',
    );
    assert.equal(await server.connection.sendRequest(AlignedSourceRequest.method, { uri: alone, position: { line: 1, character: 3 } }), null);
  });
});
