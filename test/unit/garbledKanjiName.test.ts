import { describe } from 'node:test';
import { detectorTable, type FlaggedCase, type QuietCase } from '../support/detectorTable';

const CODE = 'garbled-kanji-name';

// Real people of the knowledge base (Toru Nishikawa of Preferred Networks, C.C. Wei of TSMC), in sentences we wrote.
const CASES: readonly FlaggedCase[] = [
  {
    name: 'a given name one kanji off, before a title: a warning with the known spelling as fix',
    text: 'プリファードネットワークスの西川透CEOは新しいモデルを発表した。',
    expected: [['西川透', '西川徹', 'warning']],
  },
  {
    name: 'the title written inside the kanji run is taken off',
    text: 'TSMCの魏哲佳会長は設備投資を増やすと述べた。',
    expected: [['魏哲佳', '魏哲家', 'warning']],
  },
  {
    name: 'no title and not named elsewhere: information',
    text: 'この会社を率いるのは西川透だ。',
    expected: [['西川透', '西川徹', 'information']],
  },
];

const QUIET: readonly QuietCase[] = [
  { name: 'the name written right', text: 'プリファードネットワークスの西川徹CEOは語った。' },
  { name: 'the family name alone with a title', text: '西川社長は語った。' },
  { name: 'the first kanji changed: another family name', text: '東川透氏が答えた。' },
  { name: 'a word of the dictionary one kanji off a name is a word', text: '会長の方針は変わらない。' },
];

describe('a name in kanji one character off', () => {
  detectorTable(CODE, CASES, QUIET);
});
