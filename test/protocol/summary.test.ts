import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SummaryRequest, type DocumentSummary } from '../../server/src/shared';
import { eventually, startServer, type TestServer } from '../support/server';

describe('the summary behind the Entities view and the status bar', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.stop());

  it('counts a garbled name as a mention of its entity, beside its correct mentions', async () => {
    const uri = 'file:///summary/garbled.txt';
    const text = 'DeepSeekは中国の企業だ。Deepsekの新しいモデルは安い。ディープシークは注目されている。\n';
    await server.open(uri, text);
    const summary = await eventually(async () => {
      const answer = (await server.connection.sendRequest(SummaryRequest.method, { uri })) as DocumentSummary;
      return answer.analysed ? answer : undefined;
    }, 'the analysed summary');
    const deepseek = summary.entities.find((e) => e.id === 'deepseek');
    assert.ok(deepseek, JSON.stringify(summary.entities.map((e) => e.id)));
    const written = deepseek.mentions.map((m) => text.slice(m.start.character, m.end.character));
    assert.deepEqual(written, ['DeepSeek', 'Deepsek', 'ディープシーク']);
  });
});
