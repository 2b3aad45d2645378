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
});
