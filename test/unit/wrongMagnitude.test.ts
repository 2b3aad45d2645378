import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const CODE = 'wrong-magnitude';

describe('万/億/兆 slips', () => {
  it('fixes an amount that matches a published figure of the story at another magnitude', async () => {
    const result = await check('DeepSeek-V3の訓練費用は557.6億ドルだったと技術報告書は述べている。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix, f.severity]),
      [['557.6億', '557.6万', 'warning']],
    );
    assert.equal(result.fixed(CODE), 'DeepSeek-V3の訓練費用は557.6万ドルだったと技術報告書は述べている。');
  });

  it('reads a compound amount whole against a published figure', async () => {
    const result = await check('DeepSeek-V3の訓練費用は5億5760万ドルだったと技術報告書は述べている。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix, f.severity]),
      [['5億5760万', '557万6000', 'information']],
    );
  });

  it('writes the fix whole as the writer does, decimals only when they wrote one', async () => {
    const cases: [string, string][] = [
      ['DeepSeek-V3の訓練費用は5億5760万ドルだったと技術報告書は述べている。', '557万6000'],
      ['DeepSeek-V3の訓練費用は5,576万ドルだったと技術報告書は述べている。', '557万6,000'],
      ['DeepSeek-V3の訓練費用は557.6億ドルだったと技術報告書は述べている。', '557.6万'],
    ];
    for (const [text, fix] of cases) {
      assert.deepEqual(
        (await check(text)).found(CODE).map((f) => f.fix),
        [fix],
        text,
      );
    }
  });

  it('reads the figures of whom the sentence names before another entity’s figure at the amount’s own magnitude', async () => {
    // OpenAI's valuation (1570億ドル) is near 1,530億 at its own magnitude; the sentence is about Mobileye (153億ドル).
    const slipped = await check('OpenAIの評価額も話題になった。モービルアイは2017年にインテルが1,530億ドルで買収した。');
    assert.deepEqual(
      slipped.found(CODE).map((f) => [f.flagged, f.fix, f.severity]),
      [['1,530億', '153億', 'information']],
    );
    for (const quiet of [
      'OpenAIの評価額も話題になった。モービルアイは2017年にインテルが153億ドルで買収した。',
      'モービルアイの話もした。OpenAIの評価額は1,530億ドル前後と報じられた。',
    ])
      assert.deepEqual((await check(quiet)).found(CODE), [], quiet);
  });

  it('judges the first end of a range in the currency the range ends with', async () => {
    const result = await check('アンソロピックの評価額は61.5億から1830億ドルへと半年で上がった。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix, f.severity]),
      [['61.5億', '615億', 'information']],
    );
  });

  it('leaves a range alone whose ends are published figures', async () => {
    const result = await check('アンソロピックの評価額は615億から1830億ドルへと半年で上がった。GPT-4から5億ドルの売上があった。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('keeps the amount a published figure confirms, though the slip is written first', async () => {
    const result = await check('DeepSeek-V3の訓練費用は5576万ドルとも報じられたが、技術報告書では557.6万ドルだ。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['5576万', '557万6000']],
    );
  });

  it('leaves the published figure itself alone', async () => {
    const result = await check('DeepSeek-V3の訓練費用は557.6万ドルだったと技術報告書は述べている。スターゲイトは5000億ドルを投じる。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('warns about the rarer magnitude of one amount written twice the same way and once otherwise', async () => {
    const text = '同社は33億ドルを調達した。調達額の33億ドルは過去最大だ。投資家は33万ドルの調達を歓迎した。';
    const result = await check(text);
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix, f.severity]),
      [['33万', '33億', 'warning']],
    );
    assert.equal((await check(text)).fixed(CODE), text.replace('33万', '33億'));
  });

  it('informs about a billion converted as 億 when the story’s published figure is ten times the amount', async () => {
    const result = await check('OpenAIは2024年10月に6.6億ドルを調達した。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix, f.severity]),
      [['6.6億', '66億', 'information']],
    );
  });

  it('compares significant digits, not digits as written: 3.3億 against 33億 written twice', async () => {
    const result = await check('同社は33億ドルを調達した。33億ドルは過去最大だ。同社の3.3億ドルの調達は話題になった。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['3.3億', '33億']],
    );
  });

  it('only informs when the two magnitudes are written as often, and flags the later one', async () => {
    const result = await check('同社は33億ドルを調達した。その後、33万ドルの調達が報じられた。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix, f.severity]),
      [['33万', '33億', 'information']],
    );
  });

  it('never compares round digits, nor amounts in two currencies, nor amounts without a magnitude word', async () => {
    const texts = [
      '研究者の年収は50万ドルで、会社は50億ドルを調達した。',
      '同社は33億ドルを調達し、韓国では33万ウォンの端末が売れた。',
      '株価は157ドルで、評価額は157億ドルに達した。',
      // A thousand times 550万 is a published figure of two digits (NVIDIA's 55億ドル): chance, not a slip.
      'NVIDIAのGB200は高い。訓練にかかった費用は550万ドルだった。',
      // 1305億 is more precise than Anthropic's published 130億: another figure, not the same one slipped.
      'NVIDIAの売上高は1305億ドルだった。Anthropicも注目されている。',
    ];
    for (const text of texts) assert.deepEqual((await check(text)).found(CODE), [], text);
  });

  it('fixes the unit of a measure whose prefix slipped, against the same digits elsewhere', async () => {
    const text = 'このキャンパスは最終的に1.2ギガワットの電力を使う。1.2ギガワットは原発1基分に近い。送電網から1.2メガワットを引く。';
    const result = await check(text);
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix, f.severity]),
      [['メガワット', 'ギガワット', 'warning']],
    );
    assert.equal(result.fixed(CODE), text.replace('1.2メガワット', '1.2ギガワット'));
  });

  it('compares counts with a magnitude word by what they count', async () => {
    const result = await check('同社は15万基のGPUを導入した。15万基は国内最大だ。ある報道は15億基とした。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix, f.severity]),
      [['15億', '15万', 'warning']],
    );
  });

  it('never compares counts of different things, nor measures of different dimensions', async () => {
    const texts = [
      '利用者は15万人、GPUは15億基だ。',
      '電力は1.2ギガワット、データは1.2メガバイトだ。',
      '電力は1.2ギガワット、小さな施設は1.2キロワット時を使う。',
    ];
    for (const text of texts) assert.deepEqual((await check(text)).found(CODE), [], text);
  });

  // Review round (rv/wm1): a quarter's operating profit is no slip of a round, dated plan figure (120兆ウォン, since dropped).
  it('leaves a company’s own figure alone when no published figure of it meets it', async () => {
    const text = 'SKハイニックスの7〜9月期の営業利益は12兆ウォンを超えました。\nHBMの需要が引き続き好調です。';
    assert.deepEqual((await check(text)).found(CODE), []);
  });
});
