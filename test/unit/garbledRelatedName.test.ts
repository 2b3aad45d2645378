import { describe } from 'node:test';
import { detectorTable, type FlaggedCase, type QuietCase } from '../support/detectorTable';

const CODE = 'garbled-related-name';

// Real people of the knowledge base (Jensen Huang of NVIDIA, Christophe Fouquet of ASML), in sentences we wrote.
const CASES: readonly FlaggedCase[] = [
  {
    name: 'a name heard far off, beside the company its person leads: a warning with the known spelling',
    text: 'エヌビディアのジャンセン・フワンCEOは、新しいGPUの出荷が始まったと述べた。',
    expected: [['ジャンセン・フワン', 'ジェンスン・フアン', 'warning']],
  },
  {
    name: 'the company named sentences away: information only',
    text: 'エヌビディアは決算を発表した。売上は過去最高だった。需要は強い。データセンター向けが伸びた。クラウド各社も買っている。会見ではジャンセン・フワン氏が登壇した。',
    expected: [['ジャンセン・フワン', 'ジェンスン・フアン', 'information']],
  },
  {
    name: 'a second person of another company, both far off',
    text: 'ASMLのクリスト・フケットCEOは、露光装置の受注が増えたと語った。',
    expected: [['クリスト・フケット', 'クリストフ・フーケ', 'warning']],
  },
  {
    name: 'the person’s exact given name before another known name that sounds like the family name: information (Larry Ellison of Oracle)',
    text: 'オラクルのラリー・エリクソン会長は、原子力で動くデータセンターの計画を語った。',
    expected: [['ラリー・エリクソン', 'ラリー・エリソン', 'information']],
  },
  {
    name: 'a spelling that writes the English as well as the known one (zh as ジ of Zhavoronkov): another way of writing, information',
    text: 'インシリコ・メディシンのアレックス・ジャボロンコフCEOは、新薬候補の治験について語った。',
    expected: [['アレックス・ジャボロンコフ', 'アレックス・ザボロンコフ', 'information']],
  },
];

const QUIET: readonly QuietCase[] = [
  { name: 'the name written right', text: 'エヌビディアのジェンスン・フアンCEOは語った。' },
  { name: 'a name unlike anyone related to the story', text: 'エヌビディアの新製品について、アナリストのマルコ・ペレッティ氏が解説した。' },
  { name: 'a garble with nothing of the person in the story', text: '会見ではジャンセン・フワン氏が登壇した。' },
  { name: 'the same sounds written another way (ヴィ for ビ) beside the company', text: 'Olaの創業者バヴィッシュ・アガルワル氏は、AI企業Krutrimを率いる。' },
  { name: 'ordinary loanwords joined by a dot', text: 'エヌビディアのデータ・センター事業が伸びた。' },
  {
    name: 'known words only, the given name not the related person’s (a family name alike is not enough)',
    text: 'オラクルのゲイリー・エリクソン氏は、原子力で動くデータセンターの計画を語った。',
  },
  { name: 'a known word alone before a title is a name of its own', text: 'オラクルのエリクソン氏は、計画を語った。' },
];

describe('a name heard wrong, recognised by what it is related to', () => {
  detectorTable(CODE, CASES, QUIET);
});
