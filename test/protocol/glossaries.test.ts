import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { DocumentDiagnosticRequest, HoverRequest, type FullDocumentDiagnosticReport, type Hover } from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from '../support/server';
import { tempDir } from '../support/tempDir';

// Our own terms and sentences.
const CSV = 'term,preferred,forbidden,note\nfine-tuning,ファインチューニング,ファインチューン,社内の表記\n';
const TRANSCRIPT = '新しいモデルはファインチューンも一晩で終わる。ファインチューニングは安い。';

async function diagnostics(server: TestServer, uri: string): Promise<string[]> {
  const report = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  return report.items.map((d) => `${String(d.code)}:${d.range.start.line}:${d.range.start.character}`);
}

describe('the server with the workspace’s glossaries', () => {
  it('reports forbidden terms of glossary.csv, hovers its approved terms, and shows a broken glossary’s problem in it', async () => {
    const dir = tempDir('tl-ws-');
    fs.writeFileSync(path.join(dir, 'glossary.csv'), CSV);
    const broken = '<martif type="TBX-Basic"><text><body><termEntry id="x">\n<langSet xml:lang="ja"><tig><term>a</term></tig>\n';
    fs.writeFileSync(path.join(dir, 'glossary.tbx'), broken);
    const server = await startServer({ workspaceFolder: dir });
    try {
      await server.open('file:///t.txt', TRANSCRIPT);
      assert.deepEqual(
        (await diagnostics(server, 'file:///t.txt')).filter((code) => code.startsWith('glossary-term')),
        ['glossary-term:0:7'],
      );
      const hover = (await server.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: 'file:///t.txt' },
        position: { line: 0, character: 25 },
      })) as Hover | null;
      assert.match(JSON.stringify(hover?.contents ?? ''), /fine\\*-tuning/, 'the English term, Markdown-escaped');
      const tbxUri = pathToFileURL(path.join(dir, 'glossary.tbx')).href;
      await server.open(tbxUri, broken, 'xml');
      assert.equal((await diagnostics(server, tbxUri)).length, 1);
    } finally {
      await server.stop();
    }
  });
});
