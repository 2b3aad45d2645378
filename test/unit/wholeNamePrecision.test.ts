/**
 * garbled-katakana-name on correct Japanese naming real people who are not in the knowledge base but sound
 * near someone who is: quiet when the difference is not a mishearing, and never louder than information when
 * it might be (a sound or a vowel away, a surname close only thanks to the given name, or a part that is a
 * real name itself: a dictionary word, a known name's part or one of common-name-parts.yaml).
 * Sentences written by us; the names are ordinary real names.
 */
import { describe } from 'node:test';
import { detectorTable } from '../support/detectorTable';

describe('garbled-katakana-name: another real person with a name near a known one', () => {
  detectorTable(
    'garbled-katakana-name',
    [
      {
        name: 'a given name a consonant away from the known one (マシュー for マーク) is information at most',
        text: 'OpenAIのマーク・チェンが研究計画を説明した。続いてマシュー・チェン氏が質問に立った。',
        expected: [['マシュー・チェン', 'マーク・チェン', 'information']],
      },
      {
        name: 'a given name with only vowels heard otherwise (メリッサ for モリス) is information at most',
        text: 'TSMCの創業者モリス・チャンが講演した。司会はメリッサ・チャン氏だった。',
        expected: [['メリッサ・チャン', 'モリス・チャン', 'information']],
      },
      {
        name: 'a part that is itself a name of the dictionary (トム for ティム) is information at most',
        text: 'アップルのティム・クックが新製品を紹介した。記者のトム・クック氏がそれを報じた。',
        expected: [['トム・クック', 'ティム・クック', 'information']],
      },
      {
        name: 'a surname matched only because the given name is right, and itself a common surname, is information at most',
        text: 'アンソロピックのジャック・クラークが政策について語った。記者のジャック・クライン氏が質問した。',
        expected: [['クライン', 'クラーク', 'information']],
      },
      {
        name: 'a common surname close to a known one (クライン beside クリアン) is information at most',
        text: 'Google Cloudのトーマス・クリアンが講演した。続いてトーマス・クライン氏が登壇した。',
        expected: [['クライン', 'クリアン', 'information']],
      },
      {
        name: 'a surname misheard after a right given name, not a common name, stays a warning',
        text: 'OpenAIの発表について、サム・アルマン氏は慎重な見方を示した。',
        expected: [['アルマン', 'アルトマン', 'warning']],
      },
      {
        name: 'a long name a sound off in each part, none a real name, is information without the entity in the story; the fix restores the lost ッ',
        text: '人型ロボットの会社を率いるブレッド・アドコクは資金調達について語った。',
        expected: [['ブレッド・アドコク', 'ブレット・アドコック', 'information']],
      },
      {
        name: 'a given name of the same sounds (エリク for エリック) is not another person’s name',
        text: 'ロボットの研究者エリク・ジャーングが登壇した。',
        expected: [['エリク・ジャーング', 'エリック・ジャン', 'information']],
      },
      {
        name: 'a whole name heard a little off with the same sounds stays a warning',
        text: 'AMDのリサ・スーが登壇した。リーサ・スウーはMI300の出荷を語った。',
        expected: [['リーサ・スウー', 'リサ・スー', 'warning']],
      },
    ],
    [
      {
        name: 'a one-mora surname changed (デビッド・ホー beside デビッド・ハ)',
        text: 'サカナAIのデビッド・ハが登壇した。会場ではエイズ研究で知られるデビッド・ホー氏の名前も挙がった。',
      },
      {
        name: 'a given name with sounds added (マイケル・チェン beside マーク・チェン)',
        text: 'OpenAIのマーク・チェンが発表した。同じ会合でマイケル・チェン氏も質問に立った。',
      },
      {
        name: 'a surname with two vowels changed in two morae (ジョナサン・リシャール beside ジョナサン・ロス)',
        text: 'Groqのジョナサン・ロスが推論チップについて講演した。司会はジョナサン・リシャール氏が務めた。',
      },
      {
        name: 'a surname with another onset, near only because the given name is right (トム・クライン beside トム・ブラウン)',
        text: 'アンソロピックのトム・ブラウンがスケーリングについて語った。司会のトム・クライン氏が質問した。',
      },
      {
        name: 'a common surname with the sounds of a known one (ベッカー, ベイカー) and nothing of that person in the story',
        text: '会議ではデイビッド・ベッカー氏が新しい計画について語った。',
      },
      {
        name: 'a common surname near a known one after its given name, with nothing of that person in the story',
        text: '会議ではトーマス・クライン氏が新しい計画について語った。',
      },
      {
        name: 'a short surname one sound off (ケビン・ワン beside ケビン・ワイル)',
        text: 'OpenAIのケビン・ワイルが製品について話した。投資家のケビン・ワン氏も同席した。',
      },
    ],
  );
});
