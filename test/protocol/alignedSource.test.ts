import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DocumentDiagnosticRequest, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
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

  it('checks an XLIFF file (as the editor opens it: XML) against its own sources, and aligns within the file', async () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'bilingual-talk.xlf'), 'utf8');
    const uri = 'file:///xliff/bilingual-talk.xlf';
    await server.open(uri, text, 'xml');
    const diagnostics = await eventually(async () => {
      const report = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
      return report.items.length > 0 ? report.items : undefined;
    }, 'the diagnostics of the XLIFF file');
    const currency = diagnostics.find((d) => d.code === 'currency-mismatch');
    assert.ok(currency, JSON.stringify(diagnostics.map((d) => d.code)));
    const lines = text.split('\n');
    assert.equal(lines[currency.range.start.line]?.slice(currency.range.start.character, currency.range.end.character), 'ルピー');
    const line = lines.findIndex((l) => l.includes('この数字は'));
    const aligned = (await server.connection.sendRequest(AlignedSourceRequest.method, {
      uri,
      position: { line, character: lines[line]!.indexOf('この数字は') + 2 },
    } satisfies AlignedSourceParams)) as AlignedSource | null;
    assert.equal(aligned?.sourceUri, uri);
    assert.ok(aligned.range);
    assert.equal(textOf(text, aligned.range), 'That figure covers only the final training run.');
  });
});
