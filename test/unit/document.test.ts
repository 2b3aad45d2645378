import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunksOf, flowText, TranscriptDocument, unchangedEnds } from '../../server/src/core/document';
import { isJapanese, isLatinLetter, japaneseRatio, katakanaToRomaji } from '../../server/src/core/text';

describe('the document model', () => {
  it('converts offsets to LSP positions in UTF-16 code units, across CRLF and surrogate pairs', () => {
    const doc = new TranscriptDocument('一行目\r\n😀絵文字\n三');
    assert.deepEqual(doc.positionAt(5), { line: 1, character: 0 });
    assert.deepEqual(doc.positionAt(7), { line: 1, character: 2 });
    assert.equal(doc.offsetAt({ line: 2, character: 0 }), 11);
    assert.equal(doc.offsetAt(doc.positionAt(9)), 9);
  });

  it('joins lines at the breaks the layout takes for wraps, and nowhere else', () => {
    const doc = new TranscriptDocument('サム・\nアルトマン\n出演者\n\n次の段落');
    const flow = flowText(doc, { wrapAfter: (line) => (line === 0 ? 'separator' : undefined) });
    assert.equal(flow.text, 'サム・アルトマン\n出演者\n\n次の段落');
    assert.equal(flow.offsets[3], 4);
  });

  it('tells Japanese documents from others', () => {
    assert.ok(japaneseRatio('これは日本語の文章です。OpenAI') > 0.5);
    assert.equal(japaneseRatio('This is English only.'), 0);
  });

  it('counts as Japanese and as letters exactly the characters the character classes do', () => {
    for (const ch of 'あゝゞアヴヷーヽㇰｦﾟ漢々㐀豈ＡｚAz0０。、・「😀𠮷 ') {
      const expected = isJapanese(ch) ? 1 : isLatinLetter(ch) ? 0 : Number.NaN;
      const ratio = japaneseRatio(ch);
      if (Number.isNaN(expected)) assert.equal(ratio, 0, `「${ch}」 is not a letter`);
      else assert.equal(ratio, expected, `「${ch}」`);
    }
  });

  describe('revised after an edit', () => {
    const BASE = '一行目で\r\n続きます。\n\n次の文\r二行目\nOpenAIの話です。（拍手）\n\n' + 'とても長い行、'.repeat(120) + '\n最後の段落';
    const PIECES = ['あ', '。', '\n', '\r', '\r\n', '', ' ', '（笑）', '😀', 'とても長い行、'.repeat(30)];

    it('has the lines and chunks of the same text read afresh, after any sequence of edits', () => {
      let seed = 11;
      const random = (n: number): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      let doc = new TranscriptDocument(BASE);
      for (let step = 0; step < 400; step++) {
        const at = random(doc.text.length + 1);
        const piece = PIECES[random(PIECES.length)] ?? '';
        // Insertions, deletions, and replacements by a text of the same length (which keep every chunk's length).
        const removed = [0, random(20), piece.length][random(3)] ?? 0;
        const text = doc.text.slice(0, at) + piece + doc.text.slice(at + removed);
        // Half the time from what the editor says, half the time found by comparing the texts.
        const revised =
          random(2) === 0 ? doc.revised(text, { prefix: at, suffix: doc.text.length - Math.min(doc.text.length, at + removed) }) : doc.revised(text);
        const fresh = new TranscriptDocument(text);
        assert.deepEqual([...revised.lineStarts], [...fresh.lineStarts], `line starts after edit ${step}`);
        assert.deepEqual(revised.chunks, chunksOf(fresh), `chunks after edit ${step}`);
        doc = revised;
      }
    });

    it('takes the unchanged ends from the earlier text, without overlap', () => {
      assert.deepEqual(unchangedEnds('abcabc', 'abcXabc'), { prefix: 3, suffix: 3 });
      assert.deepEqual(unchangedEnds('aaaa', 'aaa'), { prefix: 3, suffix: 0 });
      assert.deepEqual(unchangedEnds('same', 'same'), { prefix: 4, suffix: 0 });
    });

    it('is right even when told ends that overlap (an editor’s prefix and suffix are each true on their own)', () => {
      const doc = new TranscriptDocument('ああ。\nああ。');
      const revised = doc.revised('ああ。\nああ。\nああ。', { prefix: doc.text.length, suffix: doc.text.length });
      assert.deepEqual(
        revised.chunks.map((c) => c.text),
        ['ああ。', 'ああ。', 'ああ。'],
      );
      assert.deepEqual([...revised.lineStarts], [0, 4, 8]);
    });
  });

  it('reads foreign-sound katakana as one syllable, and ignores long-vowel marks', () => {
    assert.equal(katakanaToRomaji('ディープシーク'), 'dipushiku');
    assert.equal(katakanaToRomaji('サム・アルトマン'), 'samuarutoman');
  });
});
