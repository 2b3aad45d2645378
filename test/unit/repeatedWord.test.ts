import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const CODE = 'repeated-word';

describe('stutters', () => {
  it('removes a loanword written twice in a row', async () => {
    const result = await check('これはクローズドクローズドモデルの問題です。');
    assert.deepEqual(
      result.found(CODE).map((f) => f.flagged),
      ['クローズド'],
    );
    assert.equal(result.fixed(CODE), 'これはクローズドモデルの問題です。');
  });

  it('removes a name repeated with its separator', async () => {
    const result = await check('いわゆるスターゲイト・スターゲイト・プロジェクトです。');
    assert.equal(result.fixed(CODE), 'いわゆるスターゲイト・プロジェクトです。');
  });

  it('leaves ordinary reduplication alone', async () => {
    const result = await check('ワクワクしながら、ドキドキして待っていました。ええ、ええ、そうですね。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('leaves doubled sound words alone, small kana and all', async () => {
    const result = await check('机の上でガチャガチャ音がして、時計はカチャカチャ、やかんはシュンシュンと鳴っていた。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('does not join two subtitle cues: a name ending one cue and starting the next is no stutter', async () => {
    const cues = ['どこへ行くんだ', 'ビクラム', 'ビクラム', '待ってくれ', 'いやだ', 'ここで待ってろ', 'もう遅い', 'また明日な'].join('\n');
    const result = await check(cues);
    assert.deepEqual(result.found(CODE), []);
  });

  it('still finds a stutter across a wrap of running prose, and says why the break is a wrap', async () => {
    const text = [
      'この会社は新しいモデルを公開し',
      'ました。発表の場では',
      'クローズド',
      'クローズドモデルの限界について説明して',
      'いました。規制の議論も続いて',
      'います。',
    ].join('\n');
    const [finding] = result(await check(text));
    assert.equal(finding?.flagged, 'クローズド');
    assert.ok(finding?.finding.explanation.reasons.some((reason) => reason.includes('cut into lines anywhere')));
  });

  it('leaves a doubled name part (シャンシャン・チャン) and a doubled word alone on its line', async () => {
    assert.deepEqual((await check('研究員のシャンシャン・チャン氏が説明した。')).found(CODE), []);
    assert.deepEqual((await check('メニュー\nタイトルタイトル\nログイン')).found(CODE), []);
  });
});

function result(checked: Awaited<ReturnType<typeof check>>): ReturnType<typeof checked.found> {
  return checked.found(CODE);
}

describe('stutters of Latin names', () => {
  it('removes every extra copy of a known name written again without a space, in one fix', async () => {
    const result = await check('研究者のIlya SutskeverIlya SutskeverIlya Sutskeverが新会社を設立した。');
    assert.deepEqual(
      result.found(CODE).map((f) => f.flagged),
      ['Ilya SutskeverIlya Sutskever'],
    );
    assert.match(result.found(CODE)[0]?.finding.message ?? '', /3/);
    assert.equal(result.fixed(), '研究者のIlya Sutskeverが新会社を設立した。');
  });

  it('removes a known name written twice with a space between', async () => {
    const result = await check('OpenAI OpenAIは新しいモデルを公開した。');
    assert.equal(result.fixed(CODE), 'OpenAIは新しいモデルを公開した。');
  });

  it('leaves a name that goes on into a longer one, a product and an unknown word alone', async () => {
    for (const text of ['OpenAI OpenAI Japanの社長が話した。', 'NVIDIAのGPTGPT-4の話ではない。', 'ByeBye Inc.という会社がある。', 'that thatは英語の例だ。']) {
      assert.deepEqual((await check(text)).found(CODE), [], text);
    }
  });
});
