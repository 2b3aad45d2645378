import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { domainLexicon } from '../../server/src/core/domainLexicon';
import { check, testServices } from '../support/analysis';
import { detectorTable } from '../support/detectorTable';

const CODE = 'same-sound-kanji';

/** Sentences we wrote, each with one same-sound error, the word flagged and its correction. */
const INVALID: readonly (readonly [sentence: string, flagged: string, fix: string])[] = [
  ['機会学習と深層学習の違いを説明します。', '機会学習', '機械学習'],
  ['反動体の供給不足が長引き、露光装置の納期も延びている。', '反動体', '半導体'],
  ['起業価値が上がり、時価総額も一兆ドルを超えた。', '起業価値', '企業価値'],
  ['報道を読む前に一時情報を確かめるべきだ。', '一時情報', '一次情報'],
  ['電力の受容が高まり、半導体の供給が追いつかない。', '受容', '需要'],
  ['新しいモデルは回答の制度が向上したという。', '制度', '精度'],
  ['欧州のAI法は来年から試行される予定で、規則の細部が詰められている。', '試行', '施行'],
  ['同社は決算で過法修正を発表し、株価が下落した。', '過法修正', '下方修正'],
  ['精製AIの普及で画像の著作権が問われている。', '精製', '生成'],
  ['漁師コンピュータの量子ビットを増やす研究が進む。', '漁師', '量子'],
  ['両社は資本業務定型を結び、共同研究を始めた。', '資本業務定型', '資本業務提携'],
  // Compounds of the fields (伝送距離, 演算精度, 指揮統制, 実戦配備) with their first word's homophone.
  ['銅線では電送距離が足りないので、光接続に切り替える。', '電送距離', '伝送距離'],
  ['NPUの演算制度はメーカーごとに異なる。', '演算制度', '演算精度'],
  ['米軍はAIを四季統制に組み込もうとしている。', '四季統制', '指揮統制'],
  ['安価な無人機を数千機規模で実践配備する計画だ。', '実践配備', '実戦配備'],
  // A partner after との, a feature after を使う, a chip on board: collocations of 提携, 機能, 搭載.
  ['米国との定形が技術移転につながると述べ、両国の企業が合意した。', '定形', '提携'],
  ['アプリでNPUを使う帰納が増え、新しい製品も出た。', '帰納', '機能'],
  ['新型のPCはNPUを登載しており、チップの性能も高い。', '登載', '搭載'],
  ['米国と英国は首脳宣言に書名しなかった。', '書名', '署名'],
  ['半導体大手は決算で過去最高の行跡を記録した。', '行跡', '業績'],
  ['投資家が殺到し、評価額は加熱気味だ。', '加熱', '過熱'],
  ['エディターのコード保管機能が賢くなった。', '保管', '補完'],
  ['エージェントに仕様を渡すと、コードの実相を任せられる。', '実相', '実装'],
  ['ロボットの指には関節ごとにモーターがあり、手首の間接ごとに自由度が違う。', '間接', '関節'],
  ['後工程の行程管理をAIで自動化し、半導体の歩留まりを上げた。', '行程', '工程'],
  ['SKハイニックスはHBMの試乗シェアで首位に立った。', '試乗', '市場'],
  ['新しいモデルは回答の厳格率が下がったという。', '厳格', '幻覚'],
  // The rest of a collocation further in the clause, past its particle (需要が強い → 受容は…強い).
  ['メモリー各社によると、顧客の受容は依然としてかなり強い。', '受容', '需要'],
  // A cue word of the term right before it with の (推論の精度).
  ['新モデルは推論の制度でも競合に並んだ。', '制度', '精度'],
  // A noun that cannot take する (a na-adjective stem), before する, where the term can.
  ['アナリストは歩留まりの低さを私的している。', '私的', '指摘'],
  // A time expression before it (4月以降).
  ['輸出規制が強まり、5月意向は出荷が止まった。', '意向', '以降'],
  // A word cut from a compound whose other half is a cue of the term (価格|競技, 防疫|摩擦, 商務|朝刊, 電力|付加).
  ['主要顧客とのHBMの価格競技を年内に終える予定だ。', '競技', '協議'],
  ['米国の商務朝刊は輸出規制の強化を発表した。', '朝刊', '長官'],
  ['データセンターの電力付加が高まり、冷却も課題だ。', '付加', '負荷'],
  ['データセンター向けのGPU受容を見誤った。', '受容', '需要'],
  // A cue of the term as its object (重みも公開).
  ['研究所は新しいモデルの重みも後悔した。', '後悔', '公開'],
  // Collocations of everyday words of the genre.
  ['欧州のAI法は来月に発行して、義務が段階的に適用される。', '発行', '発効'],
  ['音声認識は地方の放言にも対応する。', '放言', '方言'],
  ['エージェントは仕様書を読んでから実相に進む。', '実相', '実装'],
  ['ロボットの思索の段階は終わり、量産に入る。', '思索', '試作'],
  ['メモリーの受給が逼迫し、DRAMの価格が上がった。', '受給', '需給'],
  ['新工場は来月に可動を始める予定だ。', '可動', '稼働'],
  ['大規模モデルを上流した小型モデルが公開された。', '上流', '蒸留'],
  // A word that is a term itself, taken for another by two cues near it or by a する it cannot take.
  ['李在明大統領のもとで勧告政府はAI投資を増やす。', '勧告', '韓国'],
  ['同社はエンジニアを顧客の工場に覇権している。', '覇権', '派遣'],
  // A term that is no dictionary word, read as spoken (特化: トッカ, not トクカ), and made verbal by 化.
  ['金融業務に特価したモデルを開発した。', '特価', '特化'],
  // A vowel drawn out or cut short (保安 for 法案, 住宅 for 受託): with two cues near it.
  ['与党は生成AIを対象にした保安を提出する方針で、議会の審議が始まる。', '保安', '法案'],
  ['半導体の住宅製造を手がけるファウンドリーが工場を増やす。', '住宅', '受託'],
  ['両社は半導体の共同開発で定型を結び、来年から量産する。', '定型', '提携'],
  ['起業向けの顧客は3万社を超え、売上の半分を占める。', '起業', '企業'],
  ['ロボットの手はまだ人間の起用さに届かない。', '起用', '器用'],
  ['チップの設計では、ハードウェア懸賞の装置がよく売れた。', '懸賞', '検証'],
  ['半導体工場ではエッチングと体積の工程が増える。', '体積', '堆積'],
  ['オンプレミスからクラウドへ意向した企業が多い。', '意向', '移行'],
  ['政府手動のAI投資が続いている。', '手動', '主導'],
  ['研究所の資産によると、データセンターの電力需要は倍になる。', '資産', '試算'],
  ['候補薬の成否は最後は輪唱で決まる。', '輪唱', '臨床'],
  ['スイッチに共パッケージ工学を使い、光の信号を直接つなぐ。', '工学', '光学'],
  ['指の間接が多いロボットの手は壊れやすい。', '間接', '関節'],
  ['ロボットはBMWの向上で試験的に動いている。', '向上', '工場'],
  ['7Bのモデルが大きなモデル並みの制度を出した。', '制度', '精度'],
  ['元社長は詐欺の罪で基礎された。', '基礎', '起訴'],
  ['政府は生命を発表し、企業に協力を求めた。', '生命', '声明'],
  ['議会は法の快晴案を可決した。', '快晴', '改正'],
  ['米中は関税の公証を続けている。', '公証', '交渉'],
  ['パワー半導体では単価ケイ素のウエハーが使われる。', '単価', '炭化'],
  ['データセンターの電力返還効率を上げる。', '返還', '変換'],
  ['ゲートの参加膜を薄くしたトランジスタ。', '参加膜', '酸化膜'],
  ['世論調査で指示率が下がった。政権の支持率は低い。', '指示率', '支持率'],
  // An everyday word never meant in the field's stories (offField), where the field's terms are around it.
  ['チップの横に光の送受信部を置くと、基板の上の長い敗戦がなくなる。', '敗戦', '配線'],
  ['量子チップの懐炉の設計にAIを使い、誤り訂正も速くなった。', '懐炉', '回路'],
  ['自動運転の実験では、道路交通法が改正され、講堂でのレベル4走行が解禁された。', '講堂', '公道'],
  // Another term of the reading whose collocation fits (サンカ: not 酸化, but 傘下 before の完全子会社).
  ['買収は完了し、同社はグループ参加の完全子会社となった。株式は全て保有する。', '参加', '傘下'],
  // An adverb used as a noun before を (再三を) is a noun misheard.
  ['巨額投資の再三を疑問視する声が市場にある。', '再三', '採算'],
  ['推論の受容は学習よりもはるかに大きくなると見られ、データセンターへの投資が続く。', '受容', '需要'],
  // Collocations of more terms: a title before it, a case opened, a currency falling, a loss booked.
  ['同社は取締役快調に就任した元CEOの発言を受け、株価が上昇した。', '快調', '会長'],
  ['警察の操作が入り、容疑者が逮捕された。', '操作', '捜査'],
  ['各国の通過安が進み、ドルに対する円の為替も動いた。', '通過', '通貨'],
  ['決算で減損損失を形状し、四半期は赤字となった。', '形状', '計上'],
  // Terms of energy, robotics and policy with their collocations (事故を起こす, 排出の削減, 体制づくり, 制度の運用).
  ['原子炉の冷却が止まり、2号機が自己を起こした。', '自己', '事故'],
  ['発電所の二酸化炭素の輩出を減らす技術に投資が集まる。', '輩出', '排出'],
  ['政府は半導体の供給大勢を強化すると表明した。', '供給大勢', '供給体制'],
  ['自治体は人材確保のため、補助金の精度を見直し、申請の手続きを改正する方針だ。', '精度', '制度'],
  ['ロボットの新しい期待に搭載されたモーターは、関節ごとに違う。', '期待', '機体'],
  ['会社は新型ロボットの施策機を公開した。', '施策機', '試作機'],
  ['ロボットの学習にはデータ収拾が欠かせない。', '収拾', '収集'],
  // A cue then への: where the term goes or bears on (送電網への負荷, クラウドへの移行).
  ['データセンターが増え、送電網への付加が問題になっている。', '付加', '負荷'],
  ['企業のクラウドへの意向が進み、オンプレミスの需要が落ちた。', '意向', '移行'],
  // A term itself (工場) whose own phrases are absent where the other's stand (生産性の向上).
  ['働き方の改善が品質の工場につながり、生産性も上がった。', '工場', '向上'],
  // Trials, standards, institutions and what a rule applies to (第2相治験, JEDECの規格, 既存の機関, 義務の対象).
  ['第2相知見の前半の結果を、同社は発表した。患者の数は多い。', '知見', '治験'],
  ['JEDECの企画としてHBM4が策定された。', '企画', '規格'],
  ['独立した期間が評価を担い、政府の規制を支える。', '期間', '機関'],
  ['新しい規則では、大手の事業者が義務の対照となる。', '対照', '対象'],
  // Land bought, chips for cars, hopes met, goods shipped, picture quality, optics.
  ['データセンターの事業者は、郊外の広大な要地を取得した。', '要地', '用地'],
  ['社債チップの分野では、自動車向けの半導体で日本勢が強い。', '社債', '車載'],
  ['新製品の売上は伸び悩み、市場の機体に応えられるかが焦点だ。', '機体', '期待'],
  ['社長は、中国向けの出火が一巡した後も、半導体装置の需要は強いと述べた。', '出火', '出荷'],
  ['動画生成AIは、同じ価格帯なら画室もかなり近い。モデルの解像度も高い。', '画室', '画質'],
  ['光の工学モジュールの消費電力を下げる。', '工学', '光学'],
];

/** Correct sentences full of near misses: same-reading words used rightly, terms spelt right. */
const VALID: readonly string[] = [
  // A na-adjective used as one (重要性), however much of demand the sentence speaks.
  'AIの普及でメモリーの重要性が高まり、HBMの供給と需要が逼迫している。',
  // The written words in their own phrases: 期待の高まり, 自己資本, 大勢の人, 新工場の建設, 精度の向上.
  'ロボットへの期待の高まりを受け、新型の量産が始まる。',
  '事故の後も、原子力発電所の運営会社は自己資本を厚くした。',
  '発表会には大勢の人が集まり、政府の支援体制も話題になった。',
  '生産性を上げるため、新工場の建設を急ぐ。半導体の品質の向上も課題だ。',
  '参加への意向を示した企業が多く、クラウドの利用も増えた。',
  '制度の見直しより、モデルの精度の向上が先だ。',
  // 好対照, 対照とした試験, 新しい知見, 企画の会議: the written words in their own phrases.
  '要地を確保した部隊は前進した。',
  '社債の発行で資金を調達し、自動車向けの半導体に投じる。',
  '期待の新人が入社した。',
  '両社の決算は好対照となった。規制の強化で企業の業績も分かれた。',
  'プラセボを対照とした治験で、患者の症状が改善した。',
  '臨床の現場から得た新しい知見を、創薬に生かす。',
  '業界の展示会で新製品の企画を発表し、規格の話はしなかった。',
  // A collocation's rest past another particle is another role: 試作に成功したと発表 is not 施策を発表.
  '政府の支援を受けた新工場は、次世代チップの試作に成功したと発表した。',
  // A minister (相) and a ministry (省) of one stem: both words, the same sound; a budget story names both.
  '財務省の歳出見直しを受け、財務相は半導体とAIの計算資源に予算を充てると述べた。',
  '経済産業相は会見で、経済産業省がGPUクラウドの補助金を増やすと説明した。',
  '機械学習の研究者にとって、今回の発表は大きな機会だ。',
  '彼は大学を出てすぐに起業し、三年で上場した。',
  '一時的に株価が下がったが、半導体の需要は強い。',
  'この制度は来年から施行され、企業は報告義務を負う。',
  '新しい手法を試行錯誤しながら、精度を上げていった。',
  '反動で市場が落ち込み、投資家は慎重になった。',
  '線状降水帯が発生し、工場の稼働が一時停止した。',
  '石油の精製には大量の水が要る。',
  '漁師の暮らしを描いた映画が話題になった。',
  '患者の受容体に結合する抗体を設計した。',
  '昨日、新しい機能が追加された。',
  '本の書名を決めるのに一週間かかった。',
  '高帯域幅メモリーの需要が伸びている。',
  '加熱処理の工程を見直し、製造の歩留まりを上げた。',
  '顧客データの保管には厳格な規則がある。',
  'このツールの使用には登録が要る。',
  '新型車の試乗会には多くの人が集まった。',
  '間接的な影響も含めると、市場への打撃は大きい。',
  // A prefix before a term spelt right is that term qualified (全工程 is every process, not 前工程).
  '新工場では枚葉式の装置を全工程に導入した。',
  // A collocation's rest only as a whole word (落ち着く is not 落ちる), and never past a comma.
  '新しい制度は大きく落ち着いた運用になり、学習データの扱いも定まる。',
  '政府の制度が整えば、モデルの精度も上がる。',
  // One-kanji cues do not vouch before の (来年の意向 is an intention).
  '来年の意向を確認した。半導体の需要は強い。',
  '重みを公開したことを後悔している研究者もいる。',
  // Same-reading words in their own sense, some in a story of the field.
  '研究者は重みを公開しなかったことを後悔した。',
  // The same words in their own sense: induction in machine learning, a register, a fixed form.
  '機械学習における帰納バイアスの研究が進む。',
  '名簿に名前を登載した。',
  '両社は定型の契約書を使った。',
  '新モデルの公開を後悔しているという声もある。',
  'AIの判断を社会が受容するには時間がかかる。',
  '陸上競技の大会が延期された。',
  '中央銀行が国債を発行して資金を供給した。',
  '株式を発行して資金を調達した。',
  '被災地へ自衛隊を派遣し、物資を届けた。',
  '特価の商品は売り切れた。',
  '彼の放言が批判を浴びた。',
  '空港の保安検査が厳しくなった。',
  '駅前の住宅が値上がりしている。',
  '真理の実相を探る哲学の本だ。',
  '思索にふける時間が好きだ。',
  '国連は各国政府に勧告を出した。',
  '新幹線の車両で出火し、運行が止まった。',
  '川の上流にある工場でモデルを作る。',
  '免疫の研究で、防疫の体制が強化された。',
  'この付加価値の高い製品はデータセンター向けだ。',
  '年金の受給が始まった。',
  'ロボットアームの可動域を広げた。',
  '朝刊に商務省の記事が載った。',
  '規制当局は既成の枠組みを見直す。',
  'この研究は、脳の仕組みを解明した。',
  'FDAは臨床試験の知見を重視する。',
  '書類の定型を決めておくと便利だ。',
  '日本アルプスの連峰が見えた。',
  '彼は起業向けのセミナーに参加した。',
  '監督は若手を主役に起用された。',
  '懸賞に応募した。',
  '容器の体積を測った。',
  '首相の意向を確認した。',
  'この機械は手動で操作する。',
  '会社の資産は増えた。',
  '合唱団が輪唱を披露した。',
  '大学で工学を学んだ。',
  '性能向上で試験の時間が減った。',
  '空港の保安検査場は混んでいた。',
  // A word that is a term itself, or a vowel blurred, with one cue only beside the collocation's own words.
  '住宅製造の大手は工場を増やす。',
  '警備会社は保安を出す前に政府と相談した。',
  '基礎からAIを学んだ。',
  '検察は基礎から調べ直した。',
  '生命科学の研究が進んだ。',
  '今日は快晴だ。',
  '公証役場で書類を作った。',
  '単価が上がった。',
  '領土の返還を求めた。',
  '参加者が増えた。',
  'ユーザーへの指示を出す。',
  // Everyday words of the genre that are homophones of terms: never by the field around them alone.
  'CEOは半導体の投資を強調し、チップの供給網について意見を述べた。',
  '多くの企業がAIの実証実験に参加し、半導体の設計でも協力した。',
  '彼は再三、半導体の輸出規制について警告した。',
  '戦後の敗戦国の経済は、半導体ではなく繊維で立ち直った。',
  '冬に懐炉を持って出かけた。',
  '新型の半導体工場は快調に稼働し、CEOも満足している。',
  'GPUの操作は簡単で、警察のシステムにも使われる。',
  'データは国境を通過し、各国の為替市場に影響した。',
  'チップの形状を変えると、決算の見通しも変わる。',
];

describe('same-sound kanji (同音異義語)', () => {
  for (const [sentence, flagged, fix] of INVALID) {
    it(`flags 「${flagged}」 and fixes it to 「${fix}」`, async () => {
      const result = await check(sentence);
      assert.deepEqual(
        result.found(CODE).map((f) => [f.flagged, f.fix]),
        [[flagged, fix]],
      );
      assert.equal(result.fixed(CODE), sentence.replace(flagged, fix));
    });
  }

  for (const sentence of VALID) {
    it(`leaves a correct sentence alone: ${sentence}`, async () => {
      assert.deepEqual(
        (await check(sentence)).found(CODE).map((f) => f.flagged),
        [],
      );
    });
  }

  it('warns when the passage speaks of the term’s field, and stays at information when nothing supports it', async () => {
    const [supported] = (await check('反動体の供給不足が長引き、露光装置の納期も延びている。')).found(CODE);
    assert.equal(supported?.severity, 'warning');
    const [alone] = (await check('反動体について話そう。')).found(CODE);
    assert.equal(alone?.severity, 'information');
    assert.match(alone?.finding.explanation.reasons.join('\n') ?? '', /unsure/);
  });

  it('is near certain enough for a warning, never an error, when the passage writes the term itself elsewhere', async () => {
    const [finding] = (await check('半導体の話です。反動体の工場が増えた。')).found(CODE);
    assert.equal(finding?.severity, 'warning');
  });
});

describe('the domain lexicon', () => {
  it('holds well over a thousand terms, and reads hundreds of kanji terms with kuromoji', async () => {
    const services = await testServices();
    const terms = [...services.rules.domainTerms.values()].flat();
    assert.ok(terms.length > 1500, `${terms.length} terms`);
    const lexicon = domainLexicon(services.rules, services.tokenizer);
    const readable = [...lexicon.byReading.values()].flat().length;
    assert.ok(readable > 1200, `${readable} terms with a reading`);
    assert.ok(lexicon.byReading.get('ハンドウタイ')?.some((t) => t.term === '半導体'));
  });
});

// Sentences written by us: 受容 (acceptance) where the sentence speaks of demand for a product.
describe('same-sound kanji: 受容 for 需要 before a product it is the demand for', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'right after the product it is the demand for (データセンター受容)',
        text: '各国はデータセンター受容に見合う電力を確保しようとしている。',
        expected: [['受容', '需要', 'warning']],
      },
      {
        name: 'a memory product then の (HBMの受容)',
        text: 'HBMの受容は来年も強いとみられる。',
        expected: [['受容', '需要', 'warning']],
      },
    ],
    [
      { name: 'acceptance of a technology by society', text: 'AI技術の社会的受容は進んでいない。' },
      { name: 'acceptance of a new technology', text: '新しい技術の受容には時間がかかる。' },
    ],
  );
});

// Sentences written by us: collocations of terms of business and standards.
describe('same-sound kanji: collocations of business and standards terms', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a business said to be going well (事業は高調)',
        text: 'クラウド事業は高調で、四半期の売上は前年の2倍になった。',
        expected: [['高調', '好調', 'warning']],
      },
      {
        name: 'a specification released (使用が出)',
        text: 'コンソーシアムの規格は、6月に1.0の使用が出た。',
        expected: [['使用', '仕様', 'warning']],
      },
      {
        name: 'a loan refused at a bank (有志を断る)',
        text: '銀行が与信の審査で有志を断るときは、理由を説明する必要がある。',
        expected: [['有志', '融資', 'warning']],
      },
    ],
    [
      { name: 'use of a product', text: 'コンソーシアムの規格は、社内での使用が広がった。' },
      { name: 'volunteers declining', text: '地域の有志が参加を断ることもある。' },
    ],
  );
});

// Sentences written by us: words of the same reading that are right where a term's phrases stand.
describe('same-sound kanji: words right in a term’s own phrases', () => {
  detectorTable(
    CODE,
    [],
    [
      { name: 'a readiness reinforced (監視態勢を強化), as right as an organisation', text: '政府は電力の供給を守るため、監視態勢を強化した。' },
      { name: 'a period’s length, not an institution’s head', text: '規制の対象となる期間の長さは、政府の法律で決まっている。' },
      { name: 'one’s own risk, not an accident’s', text: '原発の株を買うかは、投資家が自己のリスクで判断すべきだ。' },
    ],
  );
});

// Sentences written by us (task e16s): a prefix and a noun that make no word, read as a two-kanji term (information
// only); everyday homophones of the lexicon's terms read from the dictionary (offField); collocations of common
// terms of the genre; and compounds of the widened lexicon.
describe('same-sound kanji: widened lexicon, dictionary homophones and prefixed pairs', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a prefix and a noun that are no word, for a term (両産 for 量産): information',
        text: '人型ロボットの両産は来年になる。',
        expected: [['両産', '量産', 'information']],
      },
      {
        name: 'a prefix and a noun that are no word, for a term (同画 for 動画): information',
        text: '生成AIで同画を作るツールが増えた。',
        expected: [['同画', '動画', 'information']],
      },
      {
        name: 'an everyday word read from the dictionary, beside terms of its homophone’s field (白光 for 発光)',
        text: '半導体レーザーは白光の効率が上がり、光源の寿命も延びた。',
        expected: [['白光', '発光', 'warning']],
      },
      {
        name: 'a policy announced (製作を打ち出す for 政策)',
        text: '政府は新たな製作を打ち出し、半導体の補助金を増やした。',
        expected: [['製作', '政策', 'warning']],
      },
      {
        name: 'an application filed (新生を提出 for 申請)',
        text: '同社は当局に新薬の新生を提出し、FDAの承認を待っている。',
        expected: [['新生', '申請', 'warning']],
      },
      {
        name: 'an outage (大規模な傷害が発生 for 障害)',
        text: 'クラウドで大規模な傷害が発生し、サーバーの復旧に半日かかった。',
        expected: [['傷害', '障害', 'warning']],
      },
      {
        name: 'a talk where something was said (公演で語る for 講演)',
        text: 'CEOは年次会議の公演で語ったとおり、新しいチップを年内に出す。',
        expected: [['公演', '講演', 'warning']],
      },
      {
        name: 'a footing built (基板を固め for 基盤)',
        text: '同社はクラウド事業の基板を固め、収益を伸ばした。',
        expected: [['基板', '基盤', 'warning']],
      },
      {
        name: 'a recovery of demand (需要の快復 for 回復)',
        text: 'メモリーの市況は、需要の快復が鮮明になった。',
        expected: [['快復', '回復', 'warning']],
      },
      {
        name: 'funds raised (至近を調達 for 資金)',
        text: 'スタートアップは至近を調達し、評価額は10億ドルを超えた。',
        expected: [['至近', '資金', 'warning']],
      },
      {
        name: 'the process of reasoning made visible (推論の家庭 for 過程)',
        text: '推論の家庭を可視化する技術が注目される。',
        expected: [['家庭', '過程', 'warning']],
      },
      {
        name: 'a trial run (私見走行 for 試験走行)',
        text: '新しい車の私見走行が始まり、安全性の評価も進む。',
        expected: [['私見', '試験', 'warning']],
      },
    ],
    [
      { name: 'a prefixed word the dictionary knows (両面)', text: '両面のテープで部品を貼った。' },
      { name: 'an everyday word away from its homophone’s field (白光)', text: '月の白光が雪原を照らしていた。' },
      { name: 'a film made (製作), with no policy around', text: '監督は新作映画の製作を発表した。' },
      { name: 'an injury (傷害) in a crime story', text: '男は傷害の疑いで逮捕された。' },
      { name: 'a play performed (公演)', text: '劇団の公演は満員だった。' },
      { name: 'a recovery from illness (快復)', text: '祖父の体調が快復した。' },
      { name: 'a new birth (新生), not an application', text: '新生の銀行が来月に開業する。' },
      { name: 'a personal view (私見)', text: '私見ですが、AIの市場はまだ伸びると思う。' },
      { name: 'a model’s assumptions (仮定)', text: 'モデルの仮定を説明し、推論の結果を示した。' },
      { name: 'close range (至近)', text: '至近距離から撮影した。' },
      // Sentences of a stranger review: phrases the everyday homophone takes too, and a real compound (映画政策).
      {
        name: 'a chip substrate (基板) becoming and strengthened',
        text: 'インテルはAIチップの基板となるガラスの量産を始め、データセンター向けに基板を強化する。',
      },
      { name: 'a stage show (公演) in which video was used', text: 'ミュージカルの公演の中でAIが生成した映像を使った。' },
      { name: 'a new song shown at a concert (公演で披露)', text: '新曲をコンサートの公演で披露し、話題になった。' },
      { name: 'a studio’s output target (製作目標)', text: '同スタジオはAIを使ったアニメの製作目標を年20本に引き上げた。' },
      { name: 'an assumption of an inference (推論の仮定)', text: 'この推論の仮定が崩れれば、モデルの性能評価の結果は変わる。' },
      { name: 'film policy (映画政策), a real term', text: '韓国政府の映画政策は、国内の映画製作を補助金で支えてきた。' },
    ],
  );
});

// Sentences written by us (task e16s, issue 16): a single word no list names (no collocation of the term, not
// off the field), judged only by generic signs: the term written right elsewhere in the document and another
// term of its field in the sentences around. Information only, never a fix as sure as a listed pair's.
describe('same-sound kanji: unlisted single words judged by the document and the field', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'answers of an AI written right before, then misheard beside a chatbot (解凍 for 回答): information',
        text: '検索エンジンはAIの回答を上位に出す。チャットボットの解凍には出典が付く。',
        expected: [['解凍', '回答', 'information']],
      },
    ],
    [
      // Review of issue 16: a term with a collocation rule is read only beside one of its collocations (the rule file's contract).
      {
        name: 'a term whose collocation is absent is not judged by the field alone (出火 for 出荷)',
        text: '半導体製造装置の出荷が増えた。露光装置の出火は来年も続く見通しだ。',
      },
      { name: 'a term with a rule whose collocation is absent (制度 for 精度) stays quiet', text: 'AIモデルの評価制度について学習の担当者が話した。' },
      {
        name: 'the term written nowhere else in the document: one sign is not enough',
        text: '露光装置の出火は来年も続く見通しだ。',
      },
      {
        name: 'the term elsewhere, but no term of its field in the word’s own sentence',
        text: '検索エンジンはAIの回答を上位に出す。冷凍食品の解凍には時間がかかる。',
      },
      {
        name: 'the word begins a compound with a loanword (参加チーム), which its homophone cannot',
        text: 'AI法の施行が始まった。法案の審議では、参加チームの規則も話し合われた。',
      },
      {
        name: 'a word of the genre that is a term itself (向上) beside its homophone (工場)',
        text: '熊本の工場は今年から量産に入った。ウエハーの歩留まりの向上が課題だ。',
      },
    ],
  );
});

// Sentences written by us (task e16s, round 18): a suffix swapped that makes no word of its own (計算料 for 計算量),
// where a suffix that makes a word of any stem (財務相/財務省, 使用量/使用料) is a word as written; and a term with a collocation rule whose
// collocation is absent, judged as a word of no list when the term is written elsewhere and its own sentence
// names two words of its field: never judged (its sound-alikes are real words; the rule file asks for a collocation).
describe('same-sound kanji: suffixes swapped, and rule terms without their collocation', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a suffix that makes no word of its own (計算料 for 計算量)',
        text: '新しいモデルでは、推論に従来の100倍の計算料が必要になる。',
        expected: [['計算料', '計算量', 'warning']],
      },
      {
        name: 'a suffix of a place swapped for one of a reactor (原子路 for 原子炉)',
        text: '小型原子炉の審査は長い。新しい原子路が電力を供給できるのは2030年ごろだ。',
        expected: [['原子路', '原子炉', 'warning']],
      },
      {
        name: 'a summary made public, a phrase of 公開 (概要を後悔 for 概要を公開)',
        text: '各社はモデルの重みを公開した。提供者は、学習データの概要を後悔しなければならない。',
        expected: [['後悔', '公開', 'warning']],
      },
      {
        name: 'a market recovering fast, a phrase of 回復 (急速に快復 for 急速に回復)',
        text: 'AIの需要に支えられ、メモリーの市場は急速に快復した。',
        expected: [['快復', '回復', 'warning']],
      },
    ],
    [
      { name: 'a recovery from illness, quickly (急速に快復)', text: '祖父の体調は急速に快復した。' },
      {
        name: 'a rule term without its collocation, written elsewhere, with words of its field around (後悔 beside 公開)',
        text: '各社はモデルの重みを公開した。開発者は、学習データとモデルの選び方を後悔していると話した。',
      },
      // Review round (rv/ss3): acceptance by users is a word of its own, with no phrase of 需要 after it.
      {
        name: 'acceptance by users in a story of demand (受容 beside 需要)',
        text: [
          '生成AIの需要が急増しています。',
          '利用者の受容が進み、GPUとデータセンターの投資も増えました。',
          '大学の授業でも生成AIとLLMの利用が広がっています。',
        ].join('\n'),
      },
      { name: 'a minister beside the ministry: both words (財務相, 財務省)', text: '財務相は会見で、財務省の予算案を説明した。' },
      { name: 'an amount beside a fee: 量 makes a word of any stem (使用量, 使用料)', text: 'APIの使用料は下がったが、GPUの使用量は増えた。' },
      {
        name: 'regret said of the release itself (公開したことを後悔)',
        text: 'モデルの重みを公開した。創業者は、モデルを公開したことを後悔していない。',
      },
      { name: 'regret in a sentence naming no word of the field', text: '各社はモデルの重みを公開した。研究所の所長は、その判断を後悔していないと話した。' },
    ],
  );
});

// Sentences written by us (task e16s, round 18): terms added to the lexicon (開催, 史上最高, 肺線維症) and the
// homophones that stay right (高層ビル, 繊維メーカー, 市場最大).
describe('same-sound kanji: terms of the eighteenth round', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a noun that cannot take する before it, where the term can (快哉される for 開催される)',
        text: '来年のAIサミットはパリで快哉される予定で、各国の首脳が規制を話し合う。',
        expected: [['快哉', '開催', 'warning']],
      },
      {
        name: 'a compound of the market for a record (市場最高 for 史上最高)',
        text: 'エヌビディアの株価は市場最高を記録し、時価総額も増えた。',
        expected: [['市場最高', '史上最高', 'warning']],
      },
      {
        name: 'a disease written with the kanji of fibre (肺繊維症 for 肺線維症)',
        text: '特発性肺繊維症の新薬が臨床試験に入った。',
        expected: [['肺繊維症', '肺線維症', 'warning']],
      },
      {
        name: 'a conflict with a phrase of a plan after it (抗争を発表 for 構想を発表)',
        text: '政府はAIデータセンターへの投資で、新しい抗争を発表した。',
        expected: [['抗争', '構想', 'warning']],
      },
    ],
    [
      { name: 'a tall building, not a plan', text: '高層ビルの建設計画が発表された。' },
      { name: 'fibre makers', text: '繊維メーカーの業績が回復した。' },
      { name: 'the largest of a market (市場最大手)', text: '同社は半導体市場最大手で、市場最大の顧客はアップルだ。' },
      // Review round (rv/ss1): everyday words of policy stories that sound like terms written elsewhere in the
      // document (答申, 盗用, 指揮統制, 構想); each must stay quiet.
      {
        name: 'investment trusts, with a council’s report written elsewhere (投信, not 答申)',
        text: [
          '政府は有識者による諮問委員会を設けて、AI規制の法案について答申を求めました。',
          '金融庁は投信の販売について規制当局として罰則と課徴金を検討しています。',
        ].join('\n'),
      },
      {
        name: 'appointing people, with theft of data written elsewhere (登用, not 盗用)',
        text: ['データの盗用が問題になり、当局は著作権侵害の摘発に乗り出しました。', '政府は民間人材の登用を進め、規制当局の法案の提出を急ぎます。'].join('\n'),
      },
      {
        name: 'soldiers’ morale, with command and control written elsewhere (士気, not 指揮)',
        text: ['自律兵器の配備と指揮統制の在り方が議論されています。', '長引く戦闘で兵士の士気が落ち、自律兵器の配備と攻撃の規制が課題です。'].join('\n'),
      },
      {
        name: 'fingerprints, with an advisory council written elsewhere (指紋, not 諮問)',
        text: [
          '政府は有識者による諮問委員会を設けて、AI規制の法案について答申を求めました。',
          '当局は指紋の登録を義務づける規制を強化し、違反には課徴金を科す法案を提出する方針です。',
        ].join('\n'),
      },
      {
        name: 'a tall building, with a plan written elsewhere (高層, not 構想)',
        text: ['政府は新しい構想を表明しました。', '駅前の高層ビルの建設について、当局は規制と安全基準を見直し、法案を提出します。'].join('\n'),
      },
      {
        name: 'a conflict, with a plan written elsewhere (抗争, not 構想)',
        text: ['政府は新しい構想を表明しました。', '暴力団の抗争が激化し、当局は摘発を強化して規制の法案を提出しました。'].join('\n'),
      },
      {
        name: 'the whole review passage: every word as written',
        text: [
          '政府は有識者による諮問委員会を設けて、AI規制の法案について答申を求めました。',
          '当局は顔認証や指紋認証の規制を強化し、違反には課徴金を科す法案を提出する方針です。',
          '金融庁は投信の販売について規制当局として罰則と課徴金を検討しています。',
          '政府は民間人材の登用を進め、規制当局の法案の提出を急ぎます。',
          'データの盗用が問題になり、当局は著作権侵害の摘発に乗り出しました。',
          '自律兵器の配備と指揮統制の在り方が議論されています。',
          '長引く戦闘で兵士の士気が落ち、自律兵器の配備と攻撃の規制が課題です。',
          '政府は新しい構想を表明しました。',
          '駅前の高層ビルの建設について、当局は規制と安全基準を見直し、法案を提出します。',
        ].join('\n'),
      },
    ],
  );
});
