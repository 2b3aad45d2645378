import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const CODE = 'confusable-loanword';

describe('sound-alike English words translated as the wrong one', () => {
  it('suggests 検閲 for センサー when the sentence is about censorship', async () => {
    const result = await check('そのチャットボットはセンサーで管理され、政治的な話題は検閲されている。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['センサー', '検閲']],
    );
  });

  it('suggests 人材 for テナント when the sentence is about researchers', async () => {
    const result = await check('大学は優秀な研究者を集めるため、テナントの確保に力を入れている。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['テナント', '人材']],
    );
  });

  it('is never more than information: the reading is a guess', async () => {
    const result = await check('大学は優秀な研究者を集めるため、テナントの確保に力を入れている。');
    assert.ok(result.found(CODE).every((f) => f.severity === 'information' || f.severity === 'hint'));
  });

  it('leaves the words alone where they mean what they say', async () => {
    const result = await check('工場のセンサーが温度を測る。ビルのテナントが入れ替わった。彼の怒りはもっともだ。');
    assert.deepEqual(result.found(CODE), []);
  });
});
