import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const CODE = 'reversed-change';

describe('a change said the wrong way round', () => {
  const flagged: [string, string, string][] = [
    ['HBMの価格はこの2年で3倍に下落しました。', '下落', '上昇'],
    ['売上高は前年の1.5倍に減少した。', '減少', '増加'],
    ['利用者は2倍に減った。', '減っ', '増え'],
    ['コストは10分の1に増加した。', '増加', '減少'],
  ];
  for (const [text, verb, fix] of flagged)
    it(`flags 「${verb}」 in 「${text}」`, async () => {
      const found = (await check(text)).found(CODE);
      assert.deepEqual(
        found.map((f) => [f.flagged, f.fix, f.severity]),
        [[verb, fix, 'warning']],
      );
    });

  const left: [string, string][] = [
    ['a rise to three times', 'HBMの価格は3倍に上昇した。'],
    ['a fall to a third', 'コストは3分の1に低下した。'],
    ['a fall to less than one times', '株価純資産倍率は0.8倍に低下した。'],
    ['the size of a fall, three times another', '下げ幅は前年の3倍に下落幅が広がった。'],
    ['a fall three times as large', '前年の3倍の下落となった。'],
  ];
  for (const [what, text] of left)
    it(`leaves ${what} alone`, async () => {
      assert.deepEqual((await check(text)).found(CODE), []);
    });
});
