/**
 * Name fixes of the right shape and spelling (issue 18): a whole glossed mention replaced, each part in its script; a far
 * rendering completed with the words the source writes after the name, never cut to a prefix; a university for a
 * university beside a company left out; the translation's own spelling of a name where its source confirms it; a person
 * written with one word as another's. Sentences our own.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completedRendering } from '../../server/src/core/bilingual/checks/names/renderings';
import { productName } from '../../server/src/core/bilingual/checks/names/findings';
import { checkPair } from '../support/pairs';
import { detectorTable, type FlaggedCase, type QuietCase } from '../support/detectorTable';

function flags(ja: string, en: string, flagged: string, fix: string | undefined, severity: string, source: string): FlaggedCase {
  return { name: `flags 「${flagged}」 against "${source}"`, text: ja, source: en, expected: [[flagged, fix, severity, source]] };
}

function quiet(ja: string, en: string): QuietCase {
  return { name: ja.split('\n')[0] ?? ja, text: ja, source: en };
}

describe('name fixes of the right shape', () => {
  detectorTable(
    'name-mismatch',
    [
      // Another entity glossed by another of its spellings: both parts replaced, each in its script.
      flags(
        '規制の対象にはYMTC（長江存儲科技）も加わった。',
        'The rules now also cover CXMT, the Chinese memory maker.',
        'YMTC（長江存儲科技）',
        'CXMT（長鑫存儲技術）',
        'warning',
        'CXMT',
      ),
      flags(
        '新たに長江存儲科技(YMTC)が対象に加わった。',
        'ChangXin Memory Technologies was added to the list.',
        '長江存儲科技(YMTC)',
        '長鑫存儲技術(CXMT)',
        'warning',
        'ChangXin Memory Technologies',
      ),
      // The state of a town is no trace of another university named after it.
      flags(
        'この研究所はインディアナ州ウェストラファイエットのインディアナ大学と連携する。',
        'The lab will work with Purdue University in West Lafayette, Indiana.',
        'インディアナ大学',
        'パデュー大学',
        'warning',
        'Purdue University',
      ),
      // A known name of several words of the source is no trace of another known name beginning as it does.
      flags('この案件はサムスン電子が引き受けた。', 'Samsung Securities underwrote the deal.', 'サムスン電子', 'サムスン証券', 'warning', 'Samsung Securities'),
      // The translation's own spelling of the name, where the source names it, is the fix (not the knowledge base's).
      {
        name: 'fixes a garble with the spelling the translation writes where the source names it',
        text: 'アイソメトリック・ラボは新たな提携を発表した。\nアイソモルフィック・ラボは化学者を募集している。',
        source: 'Isomorphic Labs announced a new partnership.\nIsomorphic Labs is hiring chemists.',
        expected: [['アイソメトリック・ラボ', 'アイソモルフィック・ラボ', 'error', 'Isomorphic Labs']],
      },
      // One word of a person's name written as another's, the rest of the name rendered: that word, as the document renders it.
      {
        name: 'fixes the one word of a person written as another person’s',
        text: '基金を率いるのはムハンマド・ビン・ザイド・アール・ナヒヤーン氏だ。\nタフヌーン氏はG42の会長でもある。',
        source: 'The fund is led by Sheikh Tahnoon bin Zayed Al Nahyan.\nSheikh Tahnoon is also the chairman of G42.',
        expected: [['ムハンマド', 'タフヌーン', 'information', 'Tahnoon']],
      },
    ],
    [
      // A name whose acronym the translation writes (CHIPS・科学法) is written, in a form of its own: 半導体製造 is no slip for 半導体法.
      quiet('2022年のCHIPS・科学法は半導体製造を支えた。', 'The CHIPS and Science Act of 2022 supported chip manufacturing.'),
      // An Arabic q is a k: タレク renders Tareq.
      quiet('タレク・アミン氏が登壇した。', 'Tareq Amin took the stage.'),
      // A gloss of the right name stays as it is.
      quiet('規制の対象にはCXMT（長鑫存儲技術）も加わった。', 'The rules now also cover CXMT, the Chinese memory maker.'),
      quiet('この案件はサムスン証券が引き受けた。', 'Samsung Securities underwrote the deal.'),
    ],
  );
});

describe('a far rendering completed, never a prefix', () => {
  it('keeps the head that renders the name and renders the source words after it', () => {
    const part = { text: 'セイコーインスツル', range: { start: 0, end: 9 } };
    const source = "The centre is inside Seiko Epson's plant.";
    const at = source.indexOf('Seiko');
    assert.equal(completedRendering(part, { text: 'Seiko', range: { start: at, end: at + 5 } }, source), 'セイコーエプソン');
  });
  it('gives the head alone when the source writes the name alone', () => {
    const part = { text: 'タムラセイキ', range: { start: 0, end: 6 } };
    const source = 'Tamura said so.';
    assert.equal(completedRendering(part, { text: 'Tamura', range: { start: 0, end: 6 } }, source), 'タムラ');
  });
  it('gives nothing when no head renders the name', () => {
    const part = { text: 'マクドナルド', range: { start: 0, end: 6 } };
    assert.equal(completedRendering(part, { text: 'Moorhead', range: { start: 0, end: 8 } }, 'Moorhead said so.'), undefined);
  });
});

describe('a place of two words written as one', () => {
  it('is no inconsistent rendering of its second word (アンドラプラデシュ beside ウッタルプラデシュ for Pradesh)', async () => {
    const pair = await checkPair(
      '工場はウッタルプラデシュ州に建つ。\n研究所はウッタルプラデシュ州に置かれる。\n新工場はアンドラプラデシュ州に建つ。',
      'The plant stands in Uttar Pradesh.\nThe lab will be in Uttar Pradesh.\nThe new plant stands in Andhra Pradesh.',
    );
    const loud = pair.found('name-mismatch').filter((f) => f.finding.severity === 'warning' || f.finding.severity === 'error');
    assert.deepEqual(loud, []);
  });
});

describe('a product name around a name of the source', () => {
  const around = (text: string, name: string): string | undefined => {
    const at = text.indexOf(name);
    const range = productName(text, { start: at, end: at + name.length });
    return range ? text.slice(range.start, range.end) : undefined;
  };
  it('takes the capitalised words and the code written beside the name', () => {
    assert.equal(around("It uses Nvidia's GB200 Grace Blackwell systems.", 'Blackwell'), 'GB200 Grace Blackwell');
  });
  it('takes nothing without a code beside it', () => {
    assert.equal(around('It uses Grace Blackwell systems.', 'Blackwell'), undefined);
  });
});

describe('a katakana rendering of the source’s words is no garble of a Latin spelling', () => {
  const en = 'Sheikh Tahnoon bin Zayed chairs the group. It plans to invest heavily in new data centres this year.';
  const ja = (name: string): string => `${name}氏がこのグループの会長を務める。同社は今年、新しいデータセンターに多額の投資を計画している。`;
  detectorTable(
    'name-mismatch',
    [
      // Another person's given name in its place: still a mismatch. Its fix renders Zayed as the pronouncing dictionary says it
      // (Z EY1 AH0 D); neither that nor the spelling rules' ザイエド is the usual ザイド, a proposal said as information.
      flags(ja('ムハンマド・ビン・ザイド'), en, 'ムハンマド・ビン・ザイド', 'タヌーン・ビン・ゼイエッド', 'information', 'Tahnoon bin Zayed'),
    ],
    [
      // Each part renders a word of the source (the h of Tahnoon heard, as Arabic names have it): no Latin fix over it.
      quiet(ja('タフヌーン・ビン・ザイド'), en),
      quiet(ja('タハヌーン・ビン・ザーイド'), en),
      quiet(ja('シェイク・タフヌーン・ビン・ザイド'), en),
    ],
  );
});
