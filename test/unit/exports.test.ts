import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { TranscriptDocument } from '../../server/src/core/document';
import { correctionsReport, glossary } from '../../server/src/core/exports';
import { testServices } from '../support/analysis';

const TEXT = 'DeepSeekは杭州の企業だ。Deepsekは「安い」と話題で、訓練費は600万ルピーとされ、米国のNVIDIAも注目した。';

describe('exports', () => {
  it('report every proposed correction with its place, before, after and reason, as CSV', async () => {
    const doc = new TranscriptDocument(TEXT, 'file:///ep.txt');
    const csv = correctionsReport(doc, analyze(doc, await testServices()), 'csv');
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines[0], '"line","column","severity","code","before","after","reason"');
    assert.ok(
      lines.some((l) => l.startsWith('"1","17",') && l.includes('"garbled-latin-name","Deepsek","DeepSeek"')),
      csv,
    );
    assert.ok(lines.some((l) => l.includes('"ルピー","ドル"')));
  });

  it('report them as a Markdown table, with the table syntax escaped', async () => {
    const doc = new TranscriptDocument(TEXT, 'file:///ep.txt');
    const markdown = correctionsReport(doc, analyze(doc, await testServices()), 'markdown');
    assert.match(markdown, /^# Corrections: file:\/\/\/ep\.txt/);
    assert.match(markdown, /\| 1:17 \| \w+ \| garbled-latin-name \| Deepsek \| DeepSeek \|/);
  });

  it('list the document’s entities as a CSV glossary', async () => {
    const csv = glossary(analyze(new TranscriptDocument(TEXT), await testServices()), 'csv');
    assert.match(csv, /"ディープシーク","DeepSeek","company","deepseek","1"/);
    assert.match(csv, /"エヌビディア","NVIDIA","company","nvidia","1"/);
  });

  it('list them as TBX-Basic with Japanese and English terms, XML-escaped', async () => {
    const tbx = glossary(analyze(new TranscriptDocument('AT&Tの話ではなく、Google DeepMindの話。'), await testServices()), 'tbx');
    assert.match(tbx, /<martif type="TBX-Basic" xml:lang="ja">/);
    assert.match(tbx, /<termEntry id="google-deepmind">[\s\S]*<langSet xml:lang="en"><tig><term>Google DeepMind<\/term>/);
  });
});
