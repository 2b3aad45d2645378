import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { areSpellingVariants } from '../../server/src/core/detectors/inconsistentSpelling';
import { check } from '../support/analysis';

const CODE = 'inconsistent-spelling';

describe('one entity spelled several ways', () => {
  it('offers to unify on the most used spelling', async () => {
    const result = await check('Nvidiaの決算は好調だった。Nvidiaの株価は上がり、NVIDIAのCEOも発言した。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['NVIDIA', 'Nvidia']],
    );
  });

  it('unifies two katakana spellings of one person', async () => {
    const result = await check('デミス・ハサビスは講演した。デミス・ハサビスはさらに、デミス・ハッサビスとして紹介された。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['デミス・ハッサビス', 'デミス・ハサビス']],
    );
  });

  it('stays quiet about uncertain style: it is never more than information', async () => {
    const result = await check('Nvidiaの決算。NVIDIAの株価。');
    assert.ok(result.found(CODE).every((f) => f.severity === 'information' || f.severity === 'hint'));
  });

  it('does not treat a surname after the full name, or a different expression, as a variant', async () => {
    const result = await check('サム・アルトマンが登壇した。アルトマンは語った。中国と中国政府の関係も話題になった。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('tells spellings from different expressions', () => {
    assert.equal(areSpellingVariants('DeepSeek', 'Deepseek'), true);
    assert.equal(areSpellingVariants('ハサビス', 'ハッサビス'), true);
    assert.equal(areSpellingVariants('中国', '中国政府'), false);
    assert.equal(areSpellingVariants('A100', 'A100 GPU'), false);
  });

  it('gives a name written in the wrong case its official spelling', async () => {
    const result = await check('NVIDIAのh100は高価だ。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['h100', 'H100']],
    );
  });
});

describe('the message for a name in the wrong case', () => {
  it('gives the official spelling without claiming the document writes it', async () => {
    const [finding] = (await check('NVIDIAのh100は高価だ。')).found(CODE);
    assert.equal(finding?.finding.message, '「h100」: the official spelling is 「H100」');
  });
});
