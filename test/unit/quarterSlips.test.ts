/** Table tests of the quarter and half-year slips of number-mismatch (quarterSlips): 第2四半期 for "third quarter", 下半期 for "first half". */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { englishYearParts, japaneseYearParts } from '../../server/src/core/bilingual/checks/quarterSlips';
import { detectorTable, type FlaggedCase, type QuietCase } from '../support/detectorTable';

function flags(ja: string, en: string, flagged: string, fix: string, source: string): FlaggedCase {
  return { name: `flags 「${flagged}」 in ${ja} against "${source}"`, text: ja, source: en, expected: [[flagged, fix, 'error', source]] };
}

function quiet(ja: string, en: string): QuietCase {
  return { name: ja, text: ja, source: en };
}

describe('number-mismatch: quarters and halves of a year', () =>
  detectorTable(
    'number-mismatch',
    [
      flags('第2四半期の売上高は42億ドルだった。', 'Revenue for the third quarter was $4.2 billion.', '2', '3', 'third quarter'),
      flags('第2四半期の売上高は570億ドルだった。', 'Q3 revenue came in at $57 billion.', '2', '3', 'Q3'),
      flags('第3四半期の売上高見通しは650億ドルだ。', 'The fourth-quarter outlook calls for revenue of $65 billion.', '3', '4', 'fourth-quarter'),
      // Full-width digits stay full-width; 3Q as the translation writes it.
      flags('第２四半期の売上高は42億ドルだった。', 'Revenue for the third quarter was $4.2 billion.', '２', '３', 'third quarter'),
      flags('4Qの売上高は42億ドルだった。', 'Revenue for the first quarter was $4.2 billion.', '4', '1', 'first quarter'),
      flags('下半期の純利益は倍増し12億ユーロとなった。', 'First-half net profit doubled to €1.2 billion.', '下', '上', 'First-half'),
      flags('2025年度上半期の営業利益率は35%に達した。', 'Operating margin reached 35% in the second half of fiscal 2025.', '上', '下', 'second half'),
      // Analysts' codes with the year run on: the quarter or half is read, the year left to the figures.
      flags('エヌビディアは2026年第2四半期にチップを出荷する。', 'Nvidia expects to ship the chips in 1Q26.', '2', '1', '1Q26'),
      flags('第4四半期の売上高は570億ドルだった。', 'Revenue reached $57 billion in 3QFY26.', '4', '3', '3QFY26'),
      flags('2025年下半期に量産を始める。', 'Volume production starts in H1 2025.', '下', '上', 'H1 2025'),
      flags('上期の受注は2倍になった。', 'Orders doubled in 2H25.', '上', '下', '2H25'),
    ],
    [
      quiet('第3四半期の売上高は42億ドルだった。', 'Revenue for the third quarter was $4.2 billion.'),
      quiet('7〜9月期の売上高は42億ドルだった。', 'Revenue for the third quarter was $4.2 billion.'),
      // The source names two quarters, the translation one of them and 前四半期 for the other.
      quiet('第3四半期の売上高は前四半期比で12%増えた。', 'Revenue in Q3 rose 12% from Q2.'),
      // Two unwritten and two others in their place: which stands for which is a guess.
      quiet('第1四半期と第2四半期の売上高はともに増えた。', 'Revenue rose in both the third and fourth quarter.'),
      // A half of a match, not of a year; 後半 is not read as a half-year.
      quiet('試合の下半期に同社のロゴが映った。', 'The logo appeared in the second half of the game.'),
      quiet('2025年後半に出荷が始まる。', 'Shipments begin in the first half of 2025.'),
      quiet('2025年第3四半期の売上高は39%増えた。', "TSMC's revenue rose 39% in 3Q25."),
      quiet('2026年度第2四半期に56%増え、第3四半期は540億ドルを見込む。', 'Revenue rose 56% in 2Q26 and the company guided for $54 billion in 3Q26.'),
      // H2 and H20 without a year are hydrogen and chips, not halves.
      quiet('上期にH20の出荷を再開した。', 'It resumed H20 shipments in H2.'),
      // "H2 1000" is a thousand tonnes of hydrogen: a half-year's year is 25 or 2025, not any four digits.
      quiet('工場は上期に水素を1000トン製造した。', 'The plant made H2 1000 tonnes this year.'),
    ],
  ));

describe('quarters and halves read on each side', () => {
  it('reads English quarters and halves of a year, not other halves or chips', () => {
    assert.deepEqual(
      englishYearParts('Q3 and 4Q, the second quarter, first-half revenue, the second half of the game, an H100').map((m) => [m.part, m.index]),
      [
        ['quarter', 2],
        ['quarter', 3],
        ['quarter', 4],
        ['half', 1],
      ],
    );
    assert.deepEqual(
      englishYearParts("3Q25, Q1'26, 4QFY2026, 2H25, H1 2026, H2 FY25, an H200, H20 chips, 2Q plans").map((m) => [
        m.part,
        m.index,
        m.range.end - m.range.start,
      ]),
      [
        ['quarter', 3, 4],
        ['quarter', 1, 2],
        ['quarter', 4, 8],
        ['quarter', 2, 2],
        ['half', 2, 4],
        ['half', 1, 7],
        ['half', 2, 7],
      ],
    );
  });
  it('reads a half-year code only with a year of two digits or 20xx, not hydrogen tonnes', () => {
    assert.deepEqual(
      englishYearParts('H2 1000 tonnes, 1H1000, H2 2026, 2H2025').map((m) => [m.part, m.index, m.range.end - m.range.start]),
      [
        ['half', 2, 7],
        ['half', 2, 6],
      ],
    );
  });
  it('reads Japanese quarters and halves, not 上期 inside another word', () => {
    assert.deepEqual(
      japaneseYearParts('第3四半期、2Q、2025年上半期、下期、以上期間').map((m) => [m.part, m.index]),
      [
        ['quarter', 3],
        ['quarter', 2],
        ['half', 1],
        ['half', 2],
      ],
    );
  });
});
