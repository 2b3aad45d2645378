import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const CODE = 'wrong-year';

describe('a year that contradicts what the knowledge base records for the entity', () => {
  const flagged: [string, string, string, string][] = [
    ['当社が2016年にGitHubを買収した時点の規模を上回りました。', '2016', '2018', 'warning'],
    ['AI法は2023年8月に発効し、義務は段階的に適用されている。', '2023', '2024', 'information'],
    ['オプティマスは、2019年のAIデーで構想が発表されました。', '2019', '2021', 'information'],
    ['ミストラルAIは急成長した。ミストラルAIの評価額も上がった。2022年に設立されたばかりの企業としては異例だ。', '2022', '2023', 'information'],
    ['GitHub Copilotの規模は、当社が2016年にGitHubを買収した時点を上回った。', '2016', '2018', 'warning'],
    ['ミストラルAIは2022年に設立された。', '2022', '2023', 'information'],
    // The story names its country more than the company; a sentence about a company (企業) goes with the company.
    [
      'フランスのミストラルAIは、フランス政府の支援を受ける。フランスではミストラルAIへの期待が大きい。ミストラルAIは欧州を代表する。フランスの産業界も注目する。2022年に設立されたばかりの企業としては異例だ。',
      '2022',
      '2023',
      'information',
    ],
    // A year next to the recorded one may be another real event: the prototype was shown at the next AI Day.
    ['テスラは2022年のAIデーでオプティマスを公開した。', '2022', '2021', 'information'],
    ['ミストラルAIは2013年に設立された。', '2013', '2023', 'warning'],
    // Speech: a model that came out (出て), in a sentence that runs over a line break.
    ['2023年の1月に、\nDeepSeek-R1が出て、みんな驚いた。', '2023', '2025', 'information'],
    // The company and its model record the release in the same year: one event.
    ['2023年の1月に、ディープシークのR1が出て、市場が揺れた。', '2023', '2025', 'information'],
    ['2023年にChatGPTが出て、世の中が変わった。', '2023', '2022', 'information'],
    // A sentence naming nothing speaks of what the sentence before named.
    ['一番大きな話は、やはりスターゲートでしょう。2024年1月に、ホワイトハウスで発表されました。スターゲートの会長は孫氏です。', '2024', '2025', 'information'],
  ];
  for (const [text, year, fix, severity] of flagged)
    it(`flags 「${year}」 in 「${text.replace(/\n/g, '⏎')}」`, async () => {
      const found = (await check(text)).found(CODE);
      assert.deepEqual(
        found.map((f) => [f.flagged, f.fix, f.severity]),
        [[year, fix, severity]],
      );
    });

  const left: [string, string][] = [
    ['the recorded year', 'マイクロソフトは2018年にGitHubを買収した。'],
    ['a word with 出 that is no release (出資)', '2023年の1月に、DeepSeek-R1に出資した人はいない。'],
    ['the recorded year, spoken', '2025年の1月に、DeepSeek-R1が出て、みんな驚いた。'],
    ['leaving a team (を出て), not a release', '2023年にChatGPTのチームを出て、独立した。'],
    ['an idea that came up (出てきた), not a release', '2021年にChatGPTの構想が出てきた。'],
    ['something else of the product that came out', '2023年にChatGPTの新機能が出た。'],
    ['an acquisition by the entity, not of it', 'GitHubは2020年にnpmを買収した。'],
    ['another kind of event', 'AI法は2021年に欧州委員会が提案した。'],
    ['a year far from the recorded one', 'ミストラルAIは1990年に設立された会社とは違う。'],
    ['two entities with an event of the kind', 'Mistral 7BとMixtralは2022年に公開された。'],
    ['a year with no verb of an event', 'ミストラルAIは2022年の時点ではまだなかった。'],
    ['a sentence naming no entity in a document naming none with such an event', '新しい会社だ。2022年に設立された。'],
    ['a sentence naming no entity, a year more than a digit off the document’s entity', 'ミストラルAIの話です。2019年に設立された別の会社もある。'],
    ['the sentence before names the entity, the recorded year', 'やはりスターゲートでしょう。2025年1月に発表されました。スターゲートは大きい。'],
    ['its own subject names another entity', 'やはりスターゲートでしょう。ホワイトハウスは2024年1月に発表しました。スターゲートは大きい。'],
    ['the sentence before names the entity, a year more than a digit off', 'やはりスターゲートでしょう。2019年1月に発表されました。スターゲートは大きい。'],
    ['a sentence naming another entity', 'ミストラルAIの話です。マイクロソフトは2022年に設立された会社に出資した。'],
    ['a law’s application in stages, not its entry into force', 'EUのAI法は2026年8月に施行される。'],
    ['a plan', 'ミストラルAIは2022年に設立する予定だった別会社を断念した。'],
    ['a sentence naming nothing in a story whose subject is not the entity', 'EUのAI法と韓国の話。韓国、韓国、韓国。2023年8月に発効した。'],
    [
      'a company named in passing in a story about its country',
      'フランスの話。フランス、フランス、フランス、フランス。ミストラルAIもある。2022年に設立された企業だ。',
    ],
    [
      'startups in general in a story that names a company twice',
      '日本のAI産業は転機を迎えている。日本政府は補助金を増やし、日本の大学も研究を強化した。\nサカナAIは日本で注目を集める。サカナAIの評価額は上がった。\n国内では、2024年に設立されたスタートアップが特に多かった。\n日本の投資家も動いている。',
    ],
    [
      'companies in general, many of them',
      '日本のAI産業は転機を迎えている。日本政府は補助金を増やし、日本の大学も研究を強化した。\nサカナAIは日本で注目を集める。サカナAIの評価額は上がった。\n国内では、2024年に設立された企業が特に多かった。',
    ],
  ];
  for (const [what, text] of left)
    it(`leaves ${what} alone`, async () => {
      assert.deepEqual((await check(text)).found(CODE), []);
    });
});
