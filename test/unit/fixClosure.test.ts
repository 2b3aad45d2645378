/** Fixes settle in one pass: composed fix-all rounds, triple stutters, stuttered garbles, one authority for a name's spelling. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { TranscriptDocument } from '../../server/src/core/document';
import { applyEdits, composeEdits, isConfident, settleFixes } from '../../server/src/core/fixes';
import type { TextEdit } from '../../server/src/core/types';
import { check, testServices } from '../support/analysis';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function randomEdits(text: string, next: () => number): TextEdit[] {
  const edits: TextEdit[] = [];
  let cursor = 0;
  while (cursor <= text.length && next() < 0.7) {
    const start = cursor + Math.floor(next() * 4);
    if (start > text.length) break;
    const end = Math.min(text.length, start + Math.floor(next() * 3));
    edits.push({ range: { start, end }, newText: 'xyz'.slice(0, Math.floor(next() * 4)) });
    cursor = end + 1;
  }
  return edits;
}

describe('composing fix rounds', () => {
  it('gives the same text as applying the rounds one after the other (2,000 random cases)', () => {
    const next = random(13);
    for (let n = 0; n < 2000; n++) {
      const original = 'abcdefghijklmnop'.slice(0, Math.floor(next() * 16));
      const first = randomEdits(original, next);
      const middle = applyEdits(original, first);
      const second = randomEdits(middle, next);
      const composed = composeEdits(original, first, second);
      composed.forEach((edit, i) => assert.ok(i === 0 || (composed[i - 1]?.range.end ?? 0) <= edit.range.start, 'ordered and disjoint'));
      assert.equal(applyEdits(original, composed), applyEdits(middle, second), `case ${n}: ${JSON.stringify({ original, first, second })}`);
    }
  });

  it('stops at the bound when fixes never settle, and says so', () => {
    // A "fix" that always finds something new to do.
    const settled = settleFixes(
      'a',
      (text) => [
        {
          code: 't',
          range: { start: text.length, end: text.length },
          message: '',
          confidence: 0.9,
          severity: 'error',
          explanation: { problem: '', reasons: [] },
          fixes: [{ title: '', preferred: true, edits: [{ range: { start: text.length, end: text.length }, newText: 'a' }] }],
        },
      ],
      3,
    );
    assert.equal(settled.settled, false);
    assert.equal(settled.text, 'aaaa');
  });
});

describe('fixes that settle in one pass', () => {
  const fixAll = async (text: string): Promise<string> => {
    const services = await testServices();
    return settleFixes(text, (t) => analyze(new TranscriptDocument(t), services).findings.filter(isConfident)).text;
  };

  it('removes every extra copy of a triple stutter with one fix', async () => {
    const result = await check('モデルの多くはオープンオープンオープンソースで公開された。');
    assert.deepEqual(
      result.found('repeated-word').map((f) => f.flagged),
      ['オープンオープン'],
    );
    assert.equal(result.fixed('repeated-word'), 'モデルの多くはオープンソースで公開された。');
    assert.deepEqual((await check(result.fixed('repeated-word'))).found('repeated-word'), []);
  });

  it('reads a word written four times as one word, not as a pair written twice', async () => {
    const result = await check('これはクローズドクローズドクローズドクローズドモデルだ。');
    assert.equal(result.fixed('repeated-word'), 'これはクローズドモデルだ。');
  });

  it('fixes a stuttered garbled name whole, in one step', async () => {
    const text = 'ディープシークは中国の企業だ。ディープスディープスの新しいモデルが話題になった。';
    const result = await check(text);
    assert.equal(result.fixed(), 'ディープシークは中国の企業だ。ディープシークの新しいモデルが話題になった。');
    assert.equal(await fixAll(text), result.fixed());
  });

  it('unifies a name on its proper spelling even when a miscased one is used more', async () => {
    const result = await check('NVIDIAのh100を二台とh100をもう一台、それにH100を一台買った。');
    const found = result.found('inconsistent-spelling');
    assert.deepEqual(
      found.map((f) => [f.flagged, f.fix]),
      [
        ['h100', 'H100'],
        ['h100', 'H100'],
      ],
    );
    const fixed = await check(result.fixed('inconsistent-spelling'));
    assert.deepEqual(fixed.found('inconsistent-spelling'), []);
  });

  it('fix-all settles what one round leaves: fixing two stutters that become one', async () => {
    const text = 'アンソロピックのクロード・クロードは、アンソロピックの新しいモデルだ。';
    const once = await check(text);
    const settled = await fixAll(text);
    const after = await check(settled);
    assert.deepEqual(
      after.result.findings.filter(isConfident).map((f) => f.code),
      [],
      `after ${settled} (one round: ${once.fixed()})`,
    );
  });

  it('takes a name that doubles a sound for a name, not a stutter, and removes a real stutter of it', async () => {
    assert.deepEqual((await check('スタンフォード大学のフェイフェイ・リーは講演した。')).found('repeated-word'), []);
    const stuttered = await check('スタンフォード大学のフェイフェイ・リー・フェイフェイ・リーは講演した。');
    assert.equal(stuttered.fixed('repeated-word'), 'スタンフォード大学のフェイフェイ・リーは講演した。');
  });

  it('never offers one known spelling of a name for another, and fixes a part of a dotted name with a part', async () => {
    for (const text of ['グーグル・ディープマインドのデミス・ハサビスは語った。', 'グーグル・ディープマインドのデミス・ハッサビスは語った。']) {
      assert.deepEqual((await check(text)).found('garbled-katakana-name'), [], text);
    }
  });
});
