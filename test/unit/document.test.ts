import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flowText, TranscriptDocument } from '../../server/out/core/document';
import { japaneseRatio, katakanaToRomaji } from '../../server/out/core/text';

describe('the document model', () => {
  it('converts offsets to LSP positions in UTF-16 code units, across CRLF and surrogate pairs', () => {
    const doc = new TranscriptDocument('一行目\r\n😀絵文字\n三');
    assert.deepEqual(doc.positionAt(5), { line: 1, character: 0 });
    assert.deepEqual(doc.positionAt(7), { line: 1, character: 2 });
    assert.equal(doc.offsetAt({ line: 2, character: 0 }), 11);
    assert.equal(doc.offsetAt(doc.positionAt(9)), 9);
  });

  it('joins lines of one paragraph in the flow text, but not paragraphs', () => {
    const doc = new TranscriptDocument('サム・\nアルトマン\n\n次の段落');
    const flow = flowText(doc);
    assert.equal(flow.text, 'サム・アルトマン\n\n次の段落');
    assert.equal(flow.offsets[3], 4);
  });

  it('tells Japanese documents from others', () => {
    assert.ok(japaneseRatio('これは日本語の文章です。OpenAI') > 0.5);
    assert.equal(japaneseRatio('This is English only.'), 0);
  });

  it('reads foreign-sound katakana as one syllable, and ignores long-vowel marks', () => {
    assert.equal(katakanaToRomaji('ディープシーク'), 'dipushiku');
    assert.equal(katakanaToRomaji('サム・アルトマン'), 'samuarutoman');
  });
});
