import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unitPrefixFix } from '../../server/src/core/detectors/unitPrefixSlip';

describe('the unit a measure should have had when its prefix slipped', () => {
  const cases: readonly [string, number, { min?: number; max: number }, string | undefined][] = [
    ['GW', 40, { max: 10 }, 'MW'],
    ['ギガワット', 40, { max: 10 }, 'メガワット'],
    ['マイクロ', 28, { max: 10 }, 'ナノ'],
    ['μm', 28, { max: 10 }, 'nm'],
    ['ギガバイト毎秒', 2, { min: 100, max: 100000 }, 'テラバイト毎秒'],
    ['GB/s', 2, { min: 100, max: 100000 }, 'TB/s'],
    // The fewest steps that fit: millimetres before micrometres.
    ['センチ', 300, { max: 45 }, 'ミリ'],
    // Peta and exa, and on the large side the bare unit (a chip of 800 W written in kilowatts).
    ['ペタバイト', 1.2, { min: 0.0001, max: 0.1 }, 'テラバイト'],
    ['エクサフロップス', 1, { max: 100 }, 'ペタフロップス'],
    ['キロワット', 800, { max: 30 }, 'ワット'],
    ['kW', 800, { max: 30 }, 'W'],
  ];
  for (const [unit, value, limits, expected] of cases) {
    it(`${value}${unit} within ${JSON.stringify(limits)} → ${expected}`, () => assert.equal(unitPrefixFix(unit, value, limits), expected));
  }

  it('offers nothing for a unit without a prefix, a lone metre, or when no prefix fits', () => {
    assert.equal(unitPrefixFix('ワット', 40, { max: 10 }), undefined);
    assert.equal(unitPrefixFix('m', 40, { max: 10 }), undefined);
    assert.equal(unitPrefixFix('GW', 4e12, { min: 1, max: 10 }), undefined);
    // A bare prefix (キロ for a kilometre or a kilogram) has no unit to keep without it.
    assert.equal(unitPrefixFix('キロ', 800, { max: 30 }), undefined);
  });

  it('tries the typical limits before the wide ones, and falls back on the wide ones', () => {
    assert.equal(unitPrefixFix('センチ', 300, { min: 1e-5, max: 1e-3 }, { max: 45 }), 'ナノ');
    assert.equal(unitPrefixFix('センチ', 300, undefined, { max: 45 }), 'ミリ');
    assert.equal(unitPrefixFix('GW', 40, { min: 0.5, max: 10 }, { max: 10 }), 'MW');
  });
});
