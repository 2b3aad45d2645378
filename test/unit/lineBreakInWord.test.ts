import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const CODE = 'line-break-in-word';

describe('words broken by a line break', () => {
  it('joins a katakana word split over two lines of running speech', async () => {
    const result = await check('その会社のマーケ\nティング戦略について聞きたいです。');
    assert.equal(result.found(CODE).length, 1);
    assert.equal(result.fixed(CODE), 'その会社のマーケティング戦略について聞きたいです。');
  });

  it('joins a name broken after its middle dot', async () => {
    const result = await check('次に、イーロン・\nマスクの発言を紹介します。');
    assert.equal(result.fixed(CODE), '次に、イーロン・マスクの発言を紹介します。');
  });

  it('joins a number broken before its unit', async () => {
    const result = await check('投資額はおよそ数億\n万円とも言われています。');
    assert.equal(result.fixed(CODE), '投資額はおよそ数億万円とも言われています。');
  });

  it('leaves line breaks between words and sentences alone', async () => {
    const result = await check('この\n企業は、\n新しいモデルを\n発表しました。\nそして\nデータセンターを建てます。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('leaves lists of names and headings alone', async () => {
    const result = await check('出演者\nサム・アルトマン\nイーロン・マスク\n\nディープシークの衝撃\nコメント');
    assert.deepEqual(result.found(CODE), []);
  });

  it('leaves subtitle cues alone: each line is a cue, even when both ends are katakana', async () => {
    const cues = [
      'おい待てよ',
      'ランチョー',
      'チャトールの家はどこだ',
      '知らないよ',
      'スキーリフト',
      'ゴンドラは止まってる',
      '明日また来い',
      'わかったよ',
    ].join('\n');
    const result = await check(cues);
    assert.deepEqual(result.found(CODE), []);
  });

  it('leaves menu items and headings of a scraped page alone', async () => {
    const page = ['メニュー', 'ニュース', 'テクノロジー', 'ビジネス', 'ログイン', 'サインイン', 'コメント', 'フォーラムビュー', '関連記事'].join('\n');
    const result = await check(page);
    assert.deepEqual(result.found(CODE), []);
  });

  it('leaves speaker turns alone inside wrapped prose', async () => {
    const text = '司会：今日はAIの話です。まず\n最初のテーマから始めま\nしょう。\n記者：はい。半導体の話を\nします。インテル\n記者：エヌビディアの話もします。';
    const result = await check(text);
    assert.deepEqual(
      result.found(CODE).map((f) => f.flagged),
      [],
    );
  });

  it('says in the hover why the break was taken for a wrap', async () => {
    const text =
      '今回はAIチップの話です。まず、新しい\nGPUの出荷が始まりました。この話のバック\nグラウンドには、台湾の工場があります。規制の効果には疑問も\nあります。';
    const [finding] = (await check(text)).found(CODE);
    assert.equal(finding?.fix, '');
    assert.ok(
      finding?.finding.explanation.reasons.some((reason) => reason.includes('wrapped prose')),
      JSON.stringify(finding?.finding.explanation),
    );
  });

  it('in prose wrapped between words, leaves two katakana words on either side of a wrap alone', async () => {
    const text =
      'このツールは計画書を読み、すべての要件が満たされているか確認します。リストされたエッジケース\nテストがあるかも見ます。結果はレポート\nスタイルの好みではなく、不足点として返します。\n最後に、変更の範囲も確かめます。';
    assert.deepEqual((await check(text)).found(CODE), []);
  });

  it('in captions cut anywhere (lines start with particles), joins a katakana word split at the line end', async () => {
    const text = [
      '番組で何度か取り上げました',
      'が、今日はその',
      'バック',
      'ストーリーを話します。実は',
      'この会社は',
      '先月、新しいモデルを出し',
      'ました。それで',
      'みんなが驚いたの',
      'です。',
    ].join('\n');
    const result = await check(text);
    assert.deepEqual(
      result.found(CODE).map((f) => f.flagged),
      ['\n'],
    );
    assert.ok(result.fixed(CODE).includes('バックストーリー'));
  });
});
