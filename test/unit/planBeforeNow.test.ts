import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const CODE = 'plan-before-now';

describe('a plan dated before what the document reports as done', () => {
  const flagged: [string, string, string][] = [
    ['同社は2025年3月に新工場の建設を発表した。2025年5月に着工した。\n最初の200メガワットは2016年に稼働を開始する予定だと関係者は述べた。', '2016', '2026'],
    // The document's time read from another chunk (line) than the plan's.
    ['2024年の売上高は過去最高だった。2024年には工場も完成した。\n\n新しい研究所は2018年の開設を目指している。', '2018', '2028'],
    ['同社は2025年3月に新工場の建設を発表した。2025年5月に着工した。新しい研究所は2016年までに開設を目指す。', '2016', '2026'],
    ['同社は2025年3月に新工場の建設を発表した。2025年5月に着工した。同社は2016年に稼働する計画を発表した。', '2016', '2026'],
    ['同社は2025年1月に資金を調達した。同社は2025年6月に工場を買収した。量産は2017年に始まる見込みだ。', '2017', '2027'],
  ];
  for (const [text, year, fix] of flagged)
    it(`flags 「${year}」 in 「${text.replace(/\n/g, '⏎')}」`, async () => {
      const found = (await check(text)).found(CODE);
      assert.deepEqual(
        found.map((f) => [f.flagged, f.fix, f.severity]),
        [[year, fix, 'information']],
      );
    });

  const left: [string, string][] = [
    ['a plan after the document’s time', '同社は2025年3月に新工場の建設を発表した。最初の200メガワットは2026年に稼働する予定だ。'],
    ['a plan less than five years back', '同社は2025年3月に新工場の建設を発表した。量産は2022年に始まる予定だった。'],
    ['a plan told as past', '同社は2025年3月に新工場の建設を発表した。量産は2016年に始まる予定だったが、遅れた。'],
    ['a plan dated by an earlier year', '同社は2025年3月に新工場の建設を発表した。2012年に示した計画では、2016年に稼働する予定だった。'],
    ['a plan aimed at in the past', '同社は2025年3月に新工場の建設を発表した。かつては2016年の稼働を目指した。'],
    ['a target met', '同社は2025年3月に新工場の建設を発表した。売上高は2015年の目標を上回った。'],
    ['a plan put off', '同社は2025年3月に新工場の建設を発表した。2016年に稼働する予定が延期された。'],
    ['a year reported as done once only', '同社は2034年に設立された。量産は2027年に始まる予定だ。'],
    ['no year reported as done', '最初の200メガワットは2016年に稼働を開始する予定だ。'],
    ['a future quoted, not a year done', '市場は2035年に10倍になるとCEOは述べた。量産は2027年に始まる予定だ。'],
    ['a span’s bound in a sentence of the past', '同社は2025年7月に、2033年までの供給契約を結んだ。量産は2027年に始まる予定だ。'],
    ['the act of announcing a plan, dated', '同社は2025年3月に新工場の建設を発表した。2025年5月に着工した。同社は2018年に計画を発表した。'],
    ['the act of stating a target, dated', '同社は2025年3月に新工場の建設を発表した。2025年5月に着工した。同社は2018年に目標を明らかにした。'],
    ['a plan of a year, as a noun', '同社は2025年3月に新工場の建設を発表した。2025年5月に着工した。同社は2010年の計画に沿って進めている。'],
    ['a plan of a year, as a subject', '同社は2025年3月に新工場の建設を発表した。2025年5月に着工した。2016年の計画は野心的だ。'],
    ['a target of a year not yet met', '同社は2025年3月に新工場の建設を発表した。2025年5月に着工した。2018年の目標は達成できていない。'],
    ['the act of making a plan, mid-sentence', '同社は2025年3月に新工場の建設を発表した。2025年5月に着工した。2019年に計画を立て、工場を建てた。'],
    ['two digits changed would be needed', '同社は2025年3月に新工場の建設を発表した。量産は1989年に始まる予定だ。'],
  ];
  for (const [why, text] of left)
    it(`leaves alone ${why}`, async () => {
      assert.deepEqual((await check(text)).found(CODE), []);
    });
});
