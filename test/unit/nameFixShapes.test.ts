/**
 * Name fixes of the right shape and spelling (issue 18): a whole glossed mention replaced, each part in its script; a far
 * rendering completed with the words the source writes after the name, never cut to a prefix; a university for a
 * university beside a company left out; the translation's own spelling of a name where its source confirms it; a person
 * written with one word as another's. Sentences our own.
 */
import { describe } from 'node:test';
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
    ],
    [
      // A gloss of the right name stays as it is.
      quiet('規制の対象にはCXMT（長鑫存儲技術）も加わった。', 'The rules now also cover CXMT, the Chinese memory maker.'),
      quiet('この案件はサムスン証券が引き受けた。', 'Samsung Securities underwrote the deal.'),
    ],
  );
});
