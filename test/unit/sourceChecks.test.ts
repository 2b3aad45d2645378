/** Table tests of each check against an English source: what it flags (with its fix and source span) and what it leaves alone. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';
import { checkPair } from '../support/pairs';
import { detectorTable, type FlaggedCase, type QuietCase } from '../support/detectorTable';

/** A translation flagged once against its source: the flagged text, the fix, the severity and the source text pointed to. */
function flags(ja: string, en: string, flagged: string, fix: string | undefined, severity: string, source: string): FlaggedCase {
  return { name: `flags 「${flagged}」 against "${source}"`, text: ja, source: en, expected: [[flagged, fix, severity, source]] };
}

function quiet(ja: string, en: string): QuietCase {
  return { name: ja.split('\n')[0] ?? ja, text: ja, source: en };
}

/** A translation flagged once where no source text is pointed to (an added sentence). */
function flagsWithoutSource(ja: string, en: string, flagged: string, fix: string | undefined, severity: string): FlaggedCase {
  return { name: `flags 「${flagged}」, which has no source`, text: ja, source: en, expected: [[flagged, fix, severity]] };
}

const PARAGRAPH_EN = [
  'OpenAI released a new reasoning model on Tuesday.',
  'The company said the model solves harder maths problems than before.',
  'It costs $20 per million tokens, twice the price of GPT-4o, according to the company.',
  'Developers can try it through the API starting next week.',
  'Pricing for large customers has not been announced yet.',
].join('\n');

const PARAGRAPH_JA_LINES = [
  'OpenAIは火曜日、新しい推論モデルを公開した。',
  '同社によると、このモデルは以前より難しい数学の問題を解ける。',
  '同社によれば、料金は100万トークンあたり20ドルで、GPT-4oの2倍である。',
  '開発者は来週からAPIで試すことができる。',
  '大口顧客向けの価格はまだ発表されていない。',
];
const PARAGRAPH_JA = PARAGRAPH_JA_LINES.join('\n');

/** The paragraph's translation with a sentence inserted before its fourth. */
function inserted(sentence: string): string {
  return [...PARAGRAPH_JA_LINES.slice(0, 3), sentence, ...PARAGRAPH_JA_LINES.slice(3)].join('\n');
}

/** The paragraph's translation with its third line replaced. */
function withThirdLine(line: string): string {
  return [...PARAGRAPH_JA_LINES.slice(0, 2), line, ...PARAGRAPH_JA_LINES.slice(3)].join('\n');
}

/** A sentence of the translator's own, with no figure or name of the source. */
const ADDED_BESIDE = '競合他社も同様の値下げを検討しているといい、業界全体で価格競争が激しくなる可能性があると専門家は指摘している。';

/** Two source sentences on one line, the first left out and the second left in English. */
const COPY_BESIDE_GAP_EN = [
  ...PARAGRAPH_EN.split('\n').slice(0, 2),
  'It costs $20 per million tokens, twice the price of GPT-4o, according to the company. Developers can try it through the API starting next week.',
  'Pricing for large customers has not been announced yet.',
].join('\n');
const COPY_BESIDE_GAP_JA = [...PARAGRAPH_JA_LINES.slice(0, 2), 'Developers can try it through the API starting next week.', PARAGRAPH_JA_LINES[4]].join('\n');

const SANCTIONS_EN = ['Sanctions hit the chip makers hard.', 'The sanctions were widened in the spring.', 'New sanctions followed in the autumn.'].join('\n');

/** Each check against an English source: what it flags (with its fix, severity and source span) and what it leaves alone. */
const TABLES: readonly { readonly code: string; readonly flagged: readonly FlaggedCase[]; readonly quiet: readonly QuietCase[] }[] = [
  {
    code: 'number-mismatch',
    flagged: [
      // A version after a Latin name keeps the source's own digits (Gemini 2.0, not Gemini 2).
      flags('同社はGemini 1.5を公開した。', 'The company released Gemini 2.0.', '1.5', '2.0', 'error', '2.0'),
      flags('その会社は55万ドルを調達した。', 'The company raised $5.5 million.', '55万', '550万', 'error', '$5.5 million'),
      flags('売上高は1.2億ドルに達した。', 'Revenue reached 1.2 billion dollars.', '1.2億', '12億', 'error', '1.2 billion dollars'),
      flags('利用者は30%増えた。', 'Users grew by 13%.', '30', '13', 'error', '13%'),
      // A multiple written with -fold is a figure as 35倍 is.
      flags('推論性能は最大2.5倍に高まる。', 'Inference performance rises up to 25-fold.', '2.5', '25', 'error', '25'),
      // 1つ renders "a single", which the English reader leaves unread: the other count is still paired.
      flags(
        '推論モデルは1つの質問に答えるのに、従来のモデルの10倍の計算量を必要とする。',
        'Reasoning models can require 100 times more computing than earlier models to answer a single question.',
        '10',
        '100',
        'error',
        '100',
      ),
      flags('同社は2023年に設立された。', 'The company was founded in 2021.', '2023', '2021', 'error', '2021'),
      flags('利用者は30万人に達した。', 'Users reached three million.', '30万', '300万', 'error', 'three million'),
      // A month's name (12月) is no figure: the count of companies still pairs with the source's one count.
      flags('2024年12月、政権は104社を追加した。', 'In December 2024, the administration added 140 companies.', '104', '140', 'error', '140'),
      // An exact figure written whole, with the separators the translation writes.
      flags('この電力で約1,100世帯をまかなえる。', 'That is enough to power around 11,000 homes.', '1,100', '1万1,000', 'error', '11,000'),
      // A magnitude for another magnitude: hundreds of thousands is 数十万, tens of millions 数千万.
      flags('ピーク時には毎分数万件を処理する。', 'It handles hundreds of thousands per minute at peak.', '数万', '数十万', 'error', 'hundreds of thousands'),
      flags('税収は数億ドルにのぼる。', 'Tax revenue will reach tens of millions of dollars.', '数億', '数千万', 'error', 'tens of millions'),
      flags('完成後は数十人を雇用する。', 'It will employ several hundred people once finished.', '数十', '数百', 'error', 'several hundred'),
      // A quadrillion is 1000兆; a half after a unit of time (5時間半) keeps its 半, the number before it fixed.
      flags('トークン数は月130兆に達した。', 'It processes 1.3 quadrillion tokens a month.', '130兆', '1300兆', 'error', '1.3 quadrillion tokens'),
      flags('制限時間は5時間半だった。', 'The time limit was 4.5 hours.', '5', '4', 'error', '4.5 hours'),
      // A month of a date (November 2023 ↔ 2023年12月): the month is the source's.
      flags('同研究所は2023年12月のサミットで設立された。', 'The institute was launched at the summit in November 2023.', '12', '11', 'error', 'November'),
      // Layers of a stack are counted as a measure (12-layer ↔ 16層).
      flags('同社は16層HBM4の量産を始める。', 'The company will begin mass production of 12-layer HBM4 chips.', '16', '12', 'error', '12-layer'),
      // A sentence added beside the one translated, merged with it by the aligner: the one that shares the source's figures
      // and names is its translation, checked alone (information: the split is a reading of the pair).
      flags(
        withThirdLine('同社によれば、料金は100万トークンあたり25ドルで、GPT-4oの2倍である。' + ADDED_BESIDE),
        PARAGRAPH_EN,
        '25',
        '20',
        'information',
        '$20',
      ),
    ],
    quiet: [
      // The 1 of 1社 is "one", the other count agrees.
      quiet('1社が撤退し、残る3社が入札した。', 'One company withdrew and the remaining three bid.'),
      // Not when the added sentence shares a name with the source too: which one translates it is then unclear.
      quiet(withThirdLine('同社によれば、料金は100万トークンあたり25ドルで、GPT-4oの2倍である。GPT-4o' + ADDED_BESIDE.slice(2)), PARAGRAPH_EN),
      quiet('同研究所は2023年11月のサミットで設立された。', 'The institute was launched at the summit in November 2023.'),
      // Months named in another order: each has its own in the source.
      quiet('試験は3月と6月に行われた。', 'The tests took place in June and in March.'),
      // A figure of a sentence left in English is not read as the translation's (£66 million as 66): one problem, said once.
      quiet(
        'The annual budget is around £66 million, according to government figures.',
        'The annual budget is around £66 million, according to government figures.',
      ),
      // "and five other companies" counts the others: the translation may give the whole list's count.
      quiet('トヨタ、ソニー、NTTなど8社が出資するラピダスは工場を開いた。', 'Rapidus, backed by Toyota, Sony, NTT and five other companies, opened its plant.'),
      // Indian English counts in crore (ten million): ₹10,372 crore is 1037億2000万ルピー.
      quiet('政府は1037億2000万ルピーを計上した。', 'The government set aside ₹10,372 crore.'),
      quiet('その会社は550万ドルを調達した。', 'The company raised $5.5 million.'),
      quiet('トークン数は月1300兆に達した。', 'It processes 1.3 quadrillion tokens a month.'),
      // Halves in words and after a unit of time.
      quiet('ROCm 7の推論性能はROCm 6の3.5倍以上だ。', 'ROCm 7 delivers more than three and a half times the inference performance of ROCm 6.'),
      quiet('制限時間である4時間半以内に、六問中五問を解いた。', "It solved five of the six problems within the competition's 4.5-hour time limit."),
      quiet('移行には2年半かかった。', 'The move took two and a half years.'),
      quiet('推論性能は最大25倍に高まる。', 'Inference performance rises up to 25-fold.'),
      quiet('売上高は12億ドルに達した。', 'Revenue reached $1.2 billion.'),
      quiet('投資額は12億5000万ドルだった。', 'The investment was $1.25 billion.'),
      quiet('利用者は40パーセント増えた。', 'Users grew by 40 percent.'),
      // A conversion into yen is the translator's choice, not a wrong number.
      quiet('その会社は約8億円を調達した。', 'The company raised $5.5 million.'),
      // Model names are no numbers.
      quiet('GPT-4oはGPT-4より速い。', 'GPT-4o is faster than GPT-4.'),
      // A hyphen joining a number to a word that is no unit: no figure read.
      quiet('2対1の票決で承認された。', 'It was approved in a 2-to-1 vote.'),
      quiet('ピーク時には毎分数十万件を処理する。', 'It handles hundreds of thousands per minute at peak.'),
      quiet('数千基のGPUが並ぶ。', 'Thousands of GPUs stand in rows.'),
      // 件数 and 人数 are words of their own: no magnitude in 参加者数十万人.
      quiet('参加者数十万人の大会になった。', 'It became a meeting of 100,000 participants.'),
    ],
  },
  {
    code: 'currency-mismatch',
    flagged: [
      flags('訓練費は550万ルピーだった。', 'Training cost $5.5 million.', 'ルピー', 'ドル', 'error', '$5.5 million'),
      flags('罰金は20億ドルだった。', 'The fine was €2 billion.', 'ドル', 'ユーロ', 'error', '€2 billion'),
      // A source that says which dollar is answered in kind; a bare $ with a bare ドル.
      flags('設備投資は64億台湾ドルだった。', 'Capital spending was US$6.4 billion.', '台湾ドル', '米ドル', 'error', 'US$6.4 billion'),
      flags('設備投資は64億台湾ドルだった。', 'Capital spending was 6.4 billion U.S. dollars.', '台湾ドル', '米ドル', 'error', '6.4 billion U.S. dollars'),
      flags('設備投資は64億台湾ドルだった。', 'Capital spending was U.S.$6.4 billion.', '台湾ドル', '米ドル', 'error', 'U.S.$6.4 billion'),
      flags('設備投資は97億豪ドルだった。', 'Capital spending was $9.7 billion.', '豪ドル', 'ドル', 'error', '$9.7 billion'),
      // Dollars named by their country are that country's (Canadian dollars: カナダドル, not ドル).
      flags(
        '州は3億ユーロを投じる。',
        'The province will invest 300 million Canadian dollars.',
        'ユーロ',
        'カナダドル',
        'error',
        '300 million Canadian dollars',
      ),
    ],
    quiet: [quiet('罰金は20億ユーロだった。', 'The fine was 2 billion euros.'), quiet('訓練費は約8億円だった。', 'Training cost $5.5 million.')],
  },
  {
    code: 'unit-mismatch',
    flagged: [
      flags('施設は5メガワットの電力を使う。', 'The site draws 5 gigawatts of power.', 'メガワット', 'ギガワット', 'error', '5 gigawatts'),
      flags('各チップは24TBのメモリーを積む。', 'Each chip carries 24 GB of memory.', 'TB', 'GB', 'error', '24 GB'),
      flags('このNPUは45TFLOPSの性能を持つ。', 'The NPU delivers 45 TOPS.', 'TFLOPS', 'TOPS', 'error', '45 TOPS'),
      // Bits and bytes are one dimension; volts and kilovolts another.
      flags('2台を毎秒200ギガバイトで接続できる。', 'Two units connect at 200 gigabits per second.', 'ギガバイト', 'ギガビット', 'error', '200 gigabits'),
      flags('ラックには800キロボルトの直流電力が供給される。', 'The racks are fed 800-volt direct current.', 'キロボルト', 'ボルト', 'error', '800-volt'),
      // "one" with a unit that is no unit of time is a measure (one gigawatt ↔ 1メガワット).
      flags(
        '学習クラスター1つで1メガワット以上が必要になる。',
        'A single training cluster can need more than one gigawatt.',
        'メガワット',
        'ギガワット',
        'error',
        'one gigawatt',
      ),
      flags('このモデルは一度に20万パラメーターを読める。', 'The model reads 200,000 tokens at once.', 'パラメーター', 'トークン', 'error', '200,000 tokens'),
      flags('満足度は4%上がった。', 'Satisfaction rose by 4 percentage points.', '%', 'ポイント', 'error', '4 percentage points'),
      flags('工場は空港から30キロの場所にある。', 'The plant is 30 miles from the airport.', 'キロ', 'マイル', 'error', '30 miles'),
      // A process node in ångströms is no node in nanometres.
      flags('新工程の線幅は20ナノメートルだ。', 'The new process is 20 angstroms.', 'ナノメートル', 'オングストローム', 'error', '20 angstroms'),
      flags('室温は摂氏68度に保たれる。', 'The room is kept at 68°F.', '摂氏', '華氏', 'error', '68°F'),
      flags('建物の面積は50万平方メートルだ。', 'The building covers 500,000 square feet.', '平方メートル', '平方フィート', 'error', '500,000 square feet'),
      // A duration is fixed as the sentence writes its others: 分 beside 5分.
      flags('再起動の時間を40時間から5分に短縮した。', 'They cut the restart time from 40 minutes to five minutes.', '時間', '分', 'error', '40 minutes'),
      // A whole unit name glued to the word after it, and a 2倍 that takes no unit's place.
      flags(
        '世界初の2マイクロメートルチップを作る。',
        "It will make the world's first 2-nanometer chip.",
        'マイクロメートル',
        'ナノメートル',
        'error',
        '2-nanometer',
      ),
      flags(
        '2倍の速さで、2ギガバイト毎秒を超える。',
        'Twice as fast, with more than 2 terabytes per second.',
        'ギガバイト',
        'テラバイト',
        'error',
        '2 terabytes',
      ),
      // A bare 日 with a word of duration after it is a number of days.
      flags('移行には3日かかった。', 'The migration took three weeks.', '日', '週間', 'error', 'three weeks'),
      // Months are written with the counter the translation writes elsewhere (カ月, not the table's か月).
      flags(
        ['試験は3カ月続いた。', '移行には16週間かかる見込みだ。'].join('\n'),
        ['The trial ran for three months.', 'The move is expected to take 16 months.'].join('\n'),
        '週間',
        'カ月',
        'error',
        '16 months',
      ),
      // Watts, a scale with a word of approximation after it, pounds of weight.
      flags('ラック1台あたり最大1400キロワットを消費する。', 'Each rack draws up to 1,400 watts.', 'キロワット', 'ワット', 'error', '1,400 watts'),
      flags('同地の年間平均気温は華氏約8度だ。', 'The average temperature there is about 8 degrees Celsius.', '華氏', '摂氏', 'error', '8 degrees Celsius'),
      flags('ロボットの重さは16ポンドだ。', 'The robot weighs 16 kilograms.', 'ポンド', 'キログラム', 'error', '16 kilograms'),
      flags('ロボットの重さは16キログラムだ。', 'The robot weighs 16 pounds.', 'キログラム', 'ポンド', 'error', '16 pounds'),
      // Volumes, masses and yards both ways, from the unit table.
      flags(
        '1日あたり最大1300万リットルの冷却水を供給する。',
        'It will supply up to 13 million gallons of cooling water a day.',
        'リットル',
        'ガロン',
        'error',
        '13 million gallons',
      ),
      flags('貯水槽には5万ガロンの水が入る。', 'The tank holds 50,000 liters of water.', 'ガロン', 'リットル', 'error', '50,000 liters'),
      flags('センサーの重さは12オンスだ。', 'The sensor weighs 12 grams.', 'オンス', 'グラム', 'error', '12 grams'),
      flags('ケーブルは300ヤードに及ぶ。', 'The cable runs 300 meters.', 'ヤード', 'メートル', 'error', '300 meters'),
      // A translation that writes no counter of months: カ月 as news writes it, or with the 箇 it writes before 国 or 所.
      flags('移行には16週間かかる見込みだ。', 'The move is expected to take 16 months.', '週間', 'カ月', 'error', '16 months'),
      flags(
        ['計画には5か国が参加する。', '移行には16週間かかる見込みだ。'].join('\n'),
        ['Five countries take part in the plan.', 'The move is expected to take 16 months.'].join('\n'),
        '週間',
        'か月',
        'error',
        '16 months',
      ),
      flags(
        ['同社は3ヶ所に拠点を置く。', '移行には16週間かかる見込みだ。'].join('\n'),
        ['The company has offices in three places.', 'The move is expected to take 16 months.'].join('\n'),
        '週間',
        'ヶ月',
        'error',
        '16 months',
      ),
      flags(
        '新しいスーパーコンピューターは2ペタフロップスを出す。',
        'The new supercomputer delivers 2 exaflops.',
        'ペタフロップス',
        'エクサフロップス',
        'error',
        '2 exaflops',
      ),
      flags('停止は45時間続いた。', 'The outage lasted 45 minutes.', '時間', '分間', 'error', '45 minutes'),
      flags('回答は300秒以内に返る。', 'Answers arrive within 300 milliseconds.', '秒', 'ミリ秒', 'error', '300 milliseconds'),
      flags('応答時間は200ミリ秒だった。', 'The response took 200 microseconds.', 'ミリ秒', 'マイクロ秒', 'error', '200 microseconds'),
      // A number in words with its unit.
      flags('新しいモデルはわずか8か月で訓練された。', 'The new model was trained in just eight weeks.', 'か月', '週間', 'error', 'eight weeks'),
      // A hyphenated unit ("a 3-nanometer process") is read as one.
      flags('同社は3マイクロメートルのプロセスを使う。', 'The company uses a 3-nanometer process.', 'マイクロメートル', 'ナノメートル', 'error', '3-nanometer'),
      // A magnitude with its unit.
      flags('需要は数百ギガワット増える。', 'Demand will grow by several hundred megawatts.', 'ギガワット', 'メガワット', 'error', 'several hundred megawatts'),
      // A unit written short is fixed short.
      flags('本体は各辺わずか150センチだ。', 'The whole system is just 150 millimetres on each side.', 'センチ', 'ミリ', 'error', '150 millimetres'),
      flags('予算は月最大500億ウォンだ。', 'The budget is up to 50 billion won a year.', '月', '年', 'error', 'a year'),
      // A rate per another period: the period in the translation's own form.
      flags('電気料金は月に約9％上昇している。', 'Electricity prices have risen about 9% per year.', '月', '年', 'error', 'per year'),
      flags('同社のサービスは年間2000万分の音声を処理する。', 'Its service processes 20 million minutes of audio per month.', '年', '月', 'error', 'per month'),
      flags('料金は1日あたり20ドルだ。', 'The fee is $20 an hour.', '日', '時間', 'error', 'an hour'),
    ],
    quiet: [
      quiet('2台を毎秒200ギガビットで接続できる。', 'Two units connect at 200 Gbps.'),
      quiet('ラックには800Vの直流電力が供給される。', 'The racks are fed 800-volt direct current.'),
      // 5月3日 is a date, not three days.
      quiet('発売は5月3日の予定だ。', 'The launch is planned for May 3.'),
      quiet('電気料金は年に約9％上昇している。', 'Electricity prices have risen about 9% per year.'),
      quiet('同社は毎月2000万分の音声を処理する。', 'It processes 20 million minutes of audio a month.'),
      // A date (3月に) and a duration (3年間) are no rates; "a year ago" gives none either.
      quiet('同社は3月に設立され、3年間で売上を2倍にした。', 'Founded a year ago in March, it doubled sales every year.'),
      // Rates per two periods in the source: which one the translation means is not sure.
      quiet('年に2回、月に1回の点検がある。', 'Checks run twice a year and once a month.'),
      quiet('月間アクティブユーザーは1億人だ。', 'It has 100 million monthly active users.'),
      quiet('移行には3日かかった。', 'The migration took three days.'),
      quiet('施設は5ギガワットの電力を使う。', 'The site draws 5 gigawatts of power.'),
      quiet('施設は5GWの電力を使う。', 'The site draws 5 GW of power.'),
      quiet('同社は3ナノのプロセスを使う。', 'The company uses a 3-nanometer process.'),
      quiet('工場は空港から30キロの場所にある。', 'The plant is 30 kilometers from the airport.'),
      // A conversion (30 miles is about 48 km) is the translator's choice.
      quiet('工場は空港から約48キロの場所にある。', 'The plant is 30 miles from the airport.'),
      // Pounds of money stay money: no weight on the other side.
      quiet('同社は5億ポンドを調達した。', 'The company raised £500 million.'),
      quiet('この部品は16ポンドで販売される。', 'The part sells for 16 pounds.'),
      // A volume converted (13 million gallons is about 4,900万 litres): another value in another unit, no slip.
      quiet('1日あたり最大約4900万リットルの冷却水を供給する。', 'It will supply up to 13 million gallons of cooling water a day.'),
      quiet('1日あたり最大1300万ガロンの冷却水を供給する。', 'It will supply up to 13 million gallons of cooling water a day.'),
      // グラム of プログラム after a number is no unit.
      quiet('このプログラムは3年間続く。', 'The program will run for three years.'),
      quiet('満足度は4ポイント上がった。', 'Satisfaction rose by 4 percentage points.'),
      // Per cent in the source, points in the translation: perhaps the translator's correction, not flagged.
      quiet('満足度は4ポイント上がった。', 'Satisfaction rose by 4%.'),
      quiet('容量は30キロバイトだ。', 'The file is 30 kilobytes.'),
      quiet('室温は摂氏20度に保たれる。', 'The room is kept at 68°F.'),
    ],
  },
  {
    code: 'name-mismatch',
    flagged: [
      flags('ディープスは新しいモデルを公開した。', 'DeepSeek released a new model.', 'ディープス', 'ディープシーク', 'warning', 'DeepSeek'),
      // A surname in kanji or katakana where the source romanises another (han-surnames.yaml): the source's surname, in the
      // script written, when it has one form there; none for Zhang in katakana (チャン or ジャン).
      flags('王氏はこの会社を2012年に創業した。', 'Zhang Yiming founded the company in 2012.', '王', '張', 'warning', 'Zhang Yiming'),
      // With a given name of as many kanji as the source's given name has syllables (王一鳴氏 for Zhang Yiming): the surname alone.
      flags('王一鳴氏はこの会社を2012年に創業した。', 'Zhang Yiming founded the company in 2012.', '王', '張', 'warning', 'Zhang Yiming'),
      flags('李一鳴社長は計画を説明した。', 'President Yiming Zhang explained the plan.', '李', '張', 'warning', 'Yiming Zhang'),
      flags('鈴木社長は記者会見で計画を説明した。', 'President Tanaka explained the plan at a press conference.', '鈴木', '田中', 'warning', 'Tanaka'),
      flags('キム氏が新しい責任者に就いた。', 'Choi Young-soo became the new head.', 'キム', 'チェ', 'warning', 'Choi Young-soo'),
      flags('ワン氏は会見でこう述べた。', 'Zhang said at the press conference.', 'ワン', undefined, 'information', 'Zhang'),
      // Another place of several words: information without a fix, the usual katakana of such places being often none the rules write.
      flags('同社はサンタモニカに本社を置く。', 'The company is headquartered in Santa Clara.', 'サンタモニカ', undefined, 'information', 'Santa Clara'),
      // A person of the same given name stands in all the same (Larry Page for Larry Ellison).
      flags(
        'オラクルのラリー・ペイジ会長も登壇した。',
        "Oracle's Larry Ellison also took the stage.",
        'ラリー・ペイジ',
        'ラリー・エリソン',
        'warning',
        'Larry Ellison',
      ),
      // In a list of investors, one named by the first word of its name (Altimeter for Altimeter Capital) is no stand-in.
      flags(
        '今回のラウンドには、マイクロン、アルティメーター、スライブ・キャピタルが参加した。',
        'Microsoft, Altimeter and Thrive Capital joined the round.',
        'マイクロン',
        'マイクロソフト',
        'warning',
        'Microsoft',
      ),
      flags('Andresenは強気だった。', 'Andreessen was bullish.', 'Andresen', 'Andreessen', 'error', 'Andreessen'),
      // A Latin garble of a known name is fixed in the source's own spelling (Nvidia, not the knowledge base's NVIDIA).
      flags('Nvidaの株価は上昇した。', 'Nvidia shares rose.', 'Nvida', 'Nvidia', 'error', 'Nvidia'),
      // Another known name where the source has one: the source's entity, in its usual Japanese spelling.
      flags(
        'オープンAIは火曜日に新しいモデルを公開した。',
        'Anthropic released a new model on Tuesday.',
        'オープンAI',
        'アンソロピック',
        'warning',
        'Anthropic',
      ),
      flags('AMDはオハイオ州に工場を建てている。', 'Intel is building a factory in Ohio.', 'AMD', 'インテル', 'warning', 'Intel'),
      // The source's shorter form answered in kind: マイクロン for "Micron", マイクロン・テクノロジー for the full name.
      flags('サムスンはHBMを供給した。', 'Micron supplied the HBM.', 'サムスン', 'マイクロン', 'warning', 'Micron'),
      flags('サムスンはHBMを供給した。', 'Micron Technology supplied the HBM.', 'サムスン', 'マイクロン・テクノロジー', 'warning', 'Micron Technology'),
      // Another name in katakana: the fix in katakana too, the knowledge base's katakana spelling of a name it writes in Latin.
      flags(
        'グーグルはテラパワーと電力契約を結んだ。',
        'Google signed a power deal with Kairos Power.',
        'テラパワー',
        'カイロス・パワー',
        'warning',
        'Kairos Power',
      ),
      // A Latin name the source around does not write, where the source names a body nobody knows: the source's name.
      flags('アジリティ・ロボティクスはすでにDHLでDigitを導入している。', 'Agility Robotics already has Digit robots at GXO.', 'DHL', 'GXO', 'warning', 'GXO'),
      // Only the part of the name that differs: the rest (システムズ) is written right after it.
      flags(
        '49億ドルでのZTEシステムズ買収は予定どおり完了する見込みだ。',
        'We remain on track to close our $4.9 billion acquisition of ZT Systems.',
        'ZTE',
        'ZT',
        'warning',
        'ZT Systems',
      ),
      // A known institution in place of one nobody knows: the source's name rendered, with the translation's kind word.
      flags(
        'アラン・チューリング研究所などの批判者は監督に空白が生じると警告した。',
        'Critics, including the Carter Institute, warned of gaps in oversight.',
        'アラン・チューリング研究所',
        'カーター研究所',
        'warning',
        'Carter Institute',
      ),
      // A translation that writes names in Latin (OpenAI for オープンAI counts): the fix in Latin, as the source writes it.
      flags(
        'NVIDIA、Dell、OpenAIの幹部が登壇し、テスラも加わった。',
        'Executives of Nvidia, Dell and OpenAI spoke, and SpaceX joined them.',
        'テスラ',
        'SpaceX',
        'warning',
        'SpaceX',
      ),
      // A name the knowledge base writes only in Latin, in place of a katakana one: rendered in katakana (cc before e is クセ).
      flags('このラウンドはアクセンチュアが主導した。', 'The round was led by Accel.', 'アクセンチュア', 'アクセル', 'warning', 'Accel'),
      // A person's katakana name in place of one the knowledge base writes in kanji: its katakana spelling.
      flags(
        '「HBMは完売した」とチェ・テウォン最高経営責任者は述べた。',
        '"Our HBM is sold out," said Kwak Noh-jung, the chief executive.',
        'チェ・テウォン',
        'クァク・ノジョン',
        'warning',
        'Kwak Noh-jung',
      ),
      // The words of the name written after the other one are not written twice (GPT-4 Turbo Turbo).
      flags('GPT-3.5 Turboと比べて2倍高速です。', "It's two times faster than GPT-4 Turbo.", 'GPT-3.5', 'GPT-4', 'warning', 'GPT-4 Turbo'),
      // A model's suffix written after the garble is part of the name the fix writes (not Command AR).
      flags('5月、私たちはコマンドRをリリースしました。', 'In May, we released Command A.', 'コマンドR', 'Command A', 'information', 'Command A'),
      // A garbled kanji name with its title: the title stays, only the name is replaced.
      flags(
        'さくらインターネットの田中国弘社長は増資を発表した。',
        'Sakura Internet president Kunihiro Tanaka announced the capital increase.',
        '田中国弘',
        '田中邦裕',
        'warning',
        'Kunihiro Tanaka',
      ),
      flags('サティア・ナデラは新しいチップを発表した。', 'Lisa Su unveiled a new chip.', 'サティア・ナデラ', 'リサ・スー', 'warning', 'Lisa Su'),
      // Another executive of the same company named by the source is still another person.
      flags(
        'ASMLのピーター・ウェニンクが決算を説明した。',
        "ASML's chief financial officer, Roger Dassen, presented the results.",
        'ピーター・ウェニンク',
        'ロジャー・ダッセン',
        'warning',
        'Roger Dassen',
      ),
      // A name the next sentence writes on both sides was not moved here from it: a stand-in (メタ for Google).
      flags(
        'OpenAI、メタ、マイクロソフトが署名すると表明した。\nメタは署名を拒否した。',
        'OpenAI, Google and Microsoft said they will sign.\nMeta has refused to sign.',
        'メタ',
        'グーグル',
        'warning',
        'Google',
      ),
      // So in Latin letters: the family name after a garbled given name is not the person's short name written.
      flags(
        'CEOのDaniel Amodei氏が基調講演を行った。',
        'The chief executive, Dario Amodei, gave the keynote.',
        'Daniel Amodei',
        'Dario Amodei',
        'error',
        'Dario Amodei',
      ),
      // A garbled given name before a correct surname is still a garble of the whole name.
      flags(
        'CEOのダニエル・アモデイが登壇した。',
        'The chief executive, Dario Amodei, took the stage.',
        'ダニエル・アモデイ',
        'ダリオ・アモデイ',
        'error',
        'Dario Amodei',
      ),
      // The one katakana word that renders nothing else of the source, for the one name missing: information (the place is a guess).
      flags(
        'パプレックスは新しい検索エンジンを公開した。',
        'Perplexity released a new search engine.',
        'パプレックス',
        'パープレキシティ',
        'information',
        'Perplexity',
      ),
      // A name nobody knows, in katakana of other sounds: information, with the name rendered by the rules of katakana spelling as a proposal.
      flags(
        'アナリストのパトリック・マクドナルドは数字に驚いた。',
        'Analyst Patrick Moorhead was surprised by the numbers.',
        'マクドナルド',
        'ムーアヘッド',
        'information',
        'Moorhead',
      ),
      // A known person in place of a person nobody knows: the source's name, rendered in katakana.
      flags(
        'ラウンドには最高財務責任者のピーター・ウェニンク氏も出席した。',
        'The round was also attended by chief financial officer Roger Dassen.',
        'ピーター・ウェニンク',
        'ロジャー・ダッセン',
        'warning',
        'Roger Dassen',
      ),
      // The same in a translation that joins people's names with ＝: the rendering joined so too.
      flags(
        ['サム＝アルトマン氏とジェンスン＝フアン氏も登壇した。', 'ラウンドには最高財務責任者のピーター・ウェニンク氏も出席した。'].join('\n'),
        ['Sam Altman and Jensen Huang also spoke.', 'The round was also attended by chief financial officer Karen Ashford.'].join('\n'),
        'ピーター・ウェニンク',
        'カレン＝アシュフォード',
        'warning',
        'Karen Ashford',
      ),
      // A short name is not matched to a katakana word alike by chance (ネット): only said missing.
      flags(
        '新しいサービスはネット経由で始まった。',
        'Intel started a new offering online.',
        '新しいサービスはネット経由で始まった。',
        undefined,
        'information',
        'Intel',
      ),
      // Dropped without a stand-in: said, without a fix, as information.
      flags(
        '新しいモデルは火曜日に公開された。',
        'Anthropic released a new model on Tuesday.',
        '新しいモデルは火曜日に公開された。',
        undefined,
        'information',
        'Anthropic',
      ),
      // The name translated word for word in its sentence: the source says which name, the entity's spelling is the fix.
      flags('困惑は新しい検索エンジンを公開した。', 'Perplexity released a new search engine.', '困惑', 'パープレキシティ', 'warning', 'Perplexity'),
      // A surname that is an English word (Talbot), named after a given name and alone later, is a name: rendered otherwise once.
      flags(
        ['郡政委員のグレゴリー・タルボット氏は計画を支持すると述べた。', 'タルバート氏によると、郡は1月に公聴会を開く予定だ。'].join('\n'),
        ['County commissioner Gregory Talbot said he backs the plan.', 'Talbot said the county would hold a public hearing in January.'].join('\n'),
        'タルバート',
        'タルボット',
        'information',
        'Talbot',
      ),
      // An analyst's bank for another (earnings calls name them), the analyst's Italian name rendered with its r heard left alone.
      flags(
        '最初の質問はバークレイズのティモシー・アルクーリ氏からです。',
        'Our first question comes from Timothy Arcuri with UBS.',
        'バークレイズ',
        'UBS',
        'warning',
        'UBS',
      ),
      // In a translation that writes names in Latin letters (NVIDIA, Microsoft, SpaceX), the name as the source writes it.
      flags(
        ['NVIDIA、Microsoft、SpaceXの幹部が登壇した。', '困惑は新しい検索エンジンを公開した。'].join('\n'),
        ['Executives from Nvidia, Microsoft and SpaceX spoke.', 'Perplexity released a new search engine.'].join('\n'),
        '困惑',
        'Perplexity',
        'warning',
        'Perplexity',
      ),
      // A company named without its generic last word (Micron for Micron Technology), garbled: fixed to the short katakana name.
      flags(
        '米国のメモリーメーカーであるマクロンは3番手だ。',
        'Micron, the US memory maker, is the third supplier.',
        'マクロン',
        'マイクロン',
        'error',
        'Micron',
      ),
      // Translated word for word where the knowledge base's name is Latin: the katakana spelling is the fix.
      flags(
        '黒い森研究所は新しい画像モデルを公開した。',
        'Black Forest Labs released a new image model.',
        '黒い森研究所',
        'ブラック・フォレスト・ラボ',
        'warning',
        'Black Forest Labs',
      ),
      // Another company in its place, though the name itself stands in the sentence before.
      flags(
        ['カナダのテンストレントはラピダスを利用する。', 'テンセントのAIプロセッサは千歳で製造される。'].join('\n'),
        ['Canadian Tenstorrent will use Rapidus.', "Tenstorrent's AI processors will be made in Chitose."].join('\n'),
        'テンセント',
        'テンストレント',
        'warning',
        'Tenstorrent',
      ),
      // The only unexplained katakana word, beginning as the name does: the katakana spelling that reads like the source is the fix.
      flags(
        'フォックスコン、クアンタ、ペガサスがサーバーを組み立てる。',
        'Foxconn, Quanta and Pegatron assemble the servers.',
        'ペガサス',
        'ペガトロン',
        'information',
        'Pegatron',
      ),
      // One acronym the source does not write, for the source's acronym missing.
      flags('公式には、ARMはモデルを活用したいとしている。', 'Officially, ASML says it wants to use the models.', 'ARM', 'ASML', 'warning', 'ASML'),
      // A model or chip code with other digits: the source's code is the fix.
      flags('ディープシークのR2モデルは投資家に衝撃を与えた。', "DeepSeek's R1 model shocked investors.", 'R2', 'R1', 'warning', 'R1'),
      // A garbled name at the head of a longer katakana word: only the name is replaced, in katakana.
      flags(
        'エヌビディアのブラックウォールチップは売り切れた。',
        "Nvidia's Blackwell chips are sold out.",
        'ブラックウォール',
        'ブラックウェル',
        'error',
        'Blackwell',
      ),
      // A katakana word whose rest renders no source word is one name in the name's place, replaced whole (not マイクロンチップ).
      flags(
        'HBM市場でマイクロチップは3位につけている。',
        'In the HBM market, Micron sits in third place.',
        'マイクロチップ',
        'マイクロン',
        'warning',
        'Micron',
      ),
      // A name nobody knows, rendered one way in two sentences and another way in a third: the usual rendering is the fix.
      flags(
        ['ムーアヘッド氏は数字に驚いた。', 'ムーアヘッド氏は来年も成長が続くとみる。', 'ただしムーアハウス氏は電力不足を懸念している。'].join('\n'),
        ['Moorhead was surprised by the numbers.', 'Moorhead expects growth to continue next year.', 'But Moorhead is worried about a shortage of power.'].join(
          '\n',
        ),
        'ムーアハウス',
        'ムーアヘッド',
        'warning',
        'Moorhead',
      ),
      // A garble is fixed to the spelling the document writes elsewhere (ジェンスン・ファン, one of the name's spellings), not the knowledge base's first.
      flags(
        ['ジェンスン・ファンは台北で講演した。', 'その後、ジェンスン・フンは新しいチップを披露した。'].join('\n'),
        ['Jensen Huang gave a talk in Taipei.', 'Later, Jensen Huang showed a new chip.'].join('\n'),
        'ジェンスン・フン',
        'ジェンスン・ファン',
        'warning',
        'Jensen Huang',
      ),
      // With no other spelling in the document, the full katakana spelling closest to the garble keeps the translator's other choices.
      flags(
        'ザェンスン・ファンは新しいチップを披露した。',
        'Jensen Huang showed a new chip.',
        'ザェンスン・ファン',
        'ジェンスン・ファン',
        'error',
        'Jensen Huang',
      ),
      // With the family name written alone elsewhere (フアン氏), the full spelling that ends with it.
      flags(
        ['ジェイソン・ファンは規制に反対した。', 'フアン氏は中国市場の成長を見込む。'].join('\n'),
        ['Jensen Huang argued against the rules.', 'Huang expects the Chinese market to grow.'].join('\n'),
        'ジェイソン・ファン',
        'ジェンスン・フアン',
        'error',
        'Jensen Huang',
      ),
      // Another company in its place, where the document writes the source's one in Latin elsewhere: the fix keeps to Latin.
      flags(
        ['NVIDIAは新しいGPUを発表した。', 'AMDの株価は発表後に上昇した。'].join('\n'),
        ['Nvidia announced a new GPU.', "Nvidia's shares rose after the announcement."].join('\n'),
        'AMD',
        'NVIDIA',
        'warning',
        'Nvidia',
      ),
      // A person nobody knows, the given name rendered and the family name another of like sound: information, the name rendered.
      flags(
        'アナリストのカレン・アッシュワース氏は需要が続くとみている。',
        'Analyst Karen Ashford expects demand to continue.',
        'アッシュワース',
        'アシュフォード',
        'information',
        'Ashford',
      ),
      flags('最高財務責任者のカレン・ウン氏が説明した。', 'Chief financial officer Karen Wu explained.', 'ウン', 'ウー', 'information', 'Wu'),
      // The document renders the family name elsewhere (ブラントシュテッター, its nd as ント): the fix copies it, not the rules' ブランドステッター.
      flags(
        ['ブラントシュテッター氏は学習チームに加わった。', '研究者のルーカス・ブラントシュタイナー氏が説明した。'].join('\n'),
        ['Brandstetter joined the training team.', 'Researcher Lukas Brandstetter explained.'].join('\n'),
        'ブラントシュタイナー',
        'ブラントシュテッター',
        'information',
        'Brandstetter',
      ),
      // The last part of a dotted name garbled whole, not cut into a head (クリシュナ・ラ) and a tail left behind.
      flags(
        'クリシュナ・ラジュ最高財務責任者は、資金を研究に充てると述べた。',
        'Chief financial officer Krishna Rao said the money would go to research.',
        'クリシュナ・ラジュ',
        'クリシュナ・ラオ',
        'error',
        'Krishna Rao',
      ),
      // Every word of a person's name written as another name of like sound, the one person of the sentence left unrendered.
      flags(
        'マイケル・イントレーターCEOは、共同創業者のブライアン・ベンチュロ氏、ブランドン・マクブライド氏とともに鐘を鳴らした。',
        'Chief executive Michael Intrator rang the bell alongside co-founders Brian Venturo and Brannin McBee.',
        'ブランドン・マクブライド',
        'ブラニン・マクビー',
        'information',
        'Brannin McBee',
      ),
      // A speaker's label in capitals names the person too (BRANDSTETTER: ↔ ブラントシュテッター:).
      flags(
        ['ブラントシュテッター:お招きいただきありがとうございます。', '司会:ルーカス・ブラントシュタイナーさん、ありがとうございました。'].join('\n'),
        ['BRANDSTETTER: Thanks for having me.', 'HOST: Lukas Brandstetter, thank you.'].join('\n'),
        'ブラントシュタイナー',
        'ブラントシュテッター',
        'information',
        'Brandstetter',
      ),
      // ヴ kept where the translation writes ヴ.
      flags(
        '技術責任者のヴィクター・ラスキン氏が登壇した。',
        'Chief technology officer Victor Rasgon took the stage.',
        'ラスキン',
        'ラスゴン',
        'information',
        'Rasgon',
      ),
      // A name with a generation number run on is a code too: another generation written is a slip.
      flags('本日、AWS Graviton3を発表します。', 'Today we announce AWS Graviton4.', 'Graviton3', 'Graviton4', 'warning', 'Graviton4'),
      // The same number with another tail (GPT-4 for GPT-4o): another model.
      flags('同社は本日、GPT-4を無料で公開した。', 'The company made GPT-4o free today.', 'GPT-4', 'GPT-4o', 'warning', 'GPT-4o'),
      // The name words the source writes after a known name (BMW Manufacturing) are part of the name replaced.
      flags(
        'フィギュアはメルセデス・ベンツと商業契約を結びました。',
        'Figure signed a commercial agreement with BMW Manufacturing.',
        'メルセデス・ベンツ',
        'BMWマニュファクチャリング',
        'warning',
        'BMW',
      ),
      // A parish written as Japanese writes one, the town's katakana and 郡: the town alone is compared and fixed; the state's
      // usual katakana (ルイジアナ) renders its word, no other name.
      flags(
        'メタはルイジアナ州モンロー郡に巨大なデータセンターを建てる。',
        'Meta is building a huge data centre in Richland Parish, Louisiana.',
        'モンロー',
        'リッチランド',
        'information',
        'Richland Parish',
      ),
      // ヴ where the translation writes ヴ in another sentence: its translator's habit.
      flags(
        ['式典はヴァイオリンの演奏で始まった。', '主任研究員のオリビア・ガーニー氏が講演した。'].join('\n'),
        ['The ceremony opened with a violin performance.', 'Chief scientist Olivia Garvey gave a talk.'].join('\n'),
        'ガーニー',
        'ガーヴィー',
        'information',
        'Garvey',
      ),
      // Another person of the same company (both of ASML, which the source names too) is a slip, not a related name.
      flags(
        'ASMLの最高財務責任者ピーター・ウェニンク氏が説明した。',
        'ASML chief financial officer Roger Dassen explained.',
        'ピーター・ウェニンク',
        'ロジャー・ダッセン',
        'warning',
        'Roger Dassen',
      ),
      // A translation that writes company names in Latin letters gets the source's spelling for the one put in place of another.
      flags(
        ['NVIDIA、Intel、Qualcommの3社が参加した。', 'ドイツのDeepLは新しいモデルを公開した。'].join('\n'),
        ['Nvidia, Intel and Qualcomm took part.', 'The German company Aleph Alpha released a new model.'].join('\n'),
        'DeepL',
        'Aleph Alpha',
        'warning',
        'Aleph Alpha',
      ),
      // …but one it wrote in katakana in this place is fixed in katakana: the translator chose that script here.
      flags(
        ['NVIDIA、Intel、Qualcommの3社が参加した。', 'GB10はブロードコムと共同開発された。'].join('\n'),
        ['Nvidia, Intel and Qualcomm took part.', 'GB10 was co-developed with MediaTek.'].join('\n'),
        'ブロードコム',
        'メディアテック',
        'warning',
        'MediaTek',
      ),
      // …and one Japanese writes half in Latin (スペースX) is written all in Latin there (SpaceX).
      flags(
        ['NVIDIA、Intel、Qualcommの3社が参加した。', '最初の1台はテキサス州のテスラに届けられた。'].join('\n'),
        ['Nvidia, Intel and Qualcomm took part.', 'The first unit went to SpaceX in Texas.'].join('\n'),
        'テスラ',
        'SpaceX',
        'warning',
        'SpaceX',
      ),
      // Another town of the state where the source names a town of two words with a head (Santa Clara) the knowledge base
      // lacks: information without a fix, the rules writing such towns wrong as often as right (サンノゼ, ロサンゼルス).
      flags(
        '同社はカリフォルニア州サンノゼに本社を置く。',
        'The company is headquartered in Santa Clara, California.',
        'サンノゼ',
        undefined,
        'information',
        'Santa Clara',
      ),
      // A town written as another town of its state: the knowledge base's spelling, else the town rendered (information).
      flags(
        'テキサス州オースティンに建設中のデータセンターは、最大1.2ギガワットの電力を使う。',
        'The data centre under construction in Abilene, Texas, will draw up to 1.2 gigawatts.',
        'オースティン',
        'アビリーン',
        'warning',
        'Abilene',
      ),
      flags(
        'サムスンはテキサス州タイラーの新工場で2ナノ品を生産する。',
        'Samsung will make 2-nanometre chips at its new fab in Taylor, Texas.',
        'タイラー',
        'テイラー',
        'information',
        'Taylor',
      ),
      // A name of the source written twice, another of its kind missing: the repeat in the missing one's place is the slip,
      // an acronym answered with the source's acronym.
      flags(
        'HuaweiのチップはTSMCの7ナノで製造され、歩留まりはTSMCを下回る。',
        "Huawei's chip is made on SMIC's 7-nanometre process, with yields below those of TSMC.",
        'TSMC',
        'SMIC',
        'warning',
        'SMIC',
      ),
      flags(
        'インテルの新工場は、インテルの旧工場の2倍の規模だ。',
        "Samsung's new fab is twice the size of Intel's old one.",
        'インテル',
        'サムスン',
        'warning',
        'Samsung',
      ),
      // The fix keeps the translator's separators where the garble spells the name right (the knowledge base: リップブー・タン).
      flags(
        'リップ・ブー・チャン氏が最高経営責任者に就いた。',
        'Lip-Bu Tan became chief executive.',
        'リップ・ブー・チャン',
        'リップ・ブー・タン',
        'error',
        'Lip-Bu Tan',
      ),
      // A person named by the family name alone (ワン氏) is named: the other person of the sentence stands for the one missing.
      flags(
        'ワン氏のチームには、ダニエル・グロス氏も加わった。',
        "Nat Friedman also joined Wang's team.",
        'ダニエル・グロス',
        'ナット・フリードマン',
        'warning',
        'Nat Friedman',
      ),
      // A sibling of the name's family in its place, in Latin letters the source around does not write.
      flags(
        'インテルの新しいプロセッサー「Lunar Lake」は来年出荷される。',
        "Intel's new Panther Lake processor ships next year.",
        'Lunar Lake',
        'Panther Lake',
        'warning',
        'Panther Lake',
      ),
      // A sibling parted by a hyphen (Quantum-X for Spectrum-X).
      flags(
        'ネットワーキングの売上高は、Quantum-XイーサネットとNVLinkの需要に支えられて倍増した。',
        'Networking sales doubled, helped by demand for Spectrum-X Ethernet and NVLink.',
        'Quantum-X',
        'Spectrum-X',
        'warning',
        'Spectrum-X',
      ),
      // A name written in kanji, another beginning with the same two kanji in its place (even beside its own model, Takane).
      flags(
        '富士フイルムとCohereは日本企業向けにTakaneを開発した。',
        'Fujitsu and Cohere built Takane for Japanese companies.',
        '富士フイルム',
        '富士通',
        'warning',
        'Fujitsu',
      ),
    ],
    quiet: [
      // A surname written as the source romanises it, in kanji or katakana, or one the source does not name as a surname.
      quiet('孫正義氏は新しいファンドを発表した。', 'Masayoshi Son announced a new fund.'),
      quiet('李在鎔会長は工場を訪れた。', 'Chairman Lee Jae-yong visited the plant.'),
      quiet('イ・ジェヨン会長は工場を訪れた。', 'Chairman Lee Jae-yong visited the plant.'),
      quiet('チャン氏は会見でこう述べた。', 'Zhang said at the press conference.'),
      quiet('高橋氏は香港で講演した。', 'Takahashi spoke in Hong Kong.'),
      // A kanji surname at the start of a longer surname (高市, 高木) and the first part of a dotted name (ヤン of ヤン・ルカン).
      quiet('高市首相はエヌビディアのジェンスン・フアンCEOと面会した。', 'Prime Minister Takaichi met Nvidia CEO Jensen Huang.'),
      quiet('高木社長は工場を訪れた。', 'President Huang visited the plant.'),
      // A surname with a given name: the source's own surname, or a given name of other syllables (高市 is no 高 + 市 for Huang Yiming).
      quiet('張一鳴氏はこの会社を2012年に創業した。', 'Zhang Yiming founded the company in 2012.'),
      quiet('高市首相は黄一鳴氏と面会した。', 'Prime Minister Takaichi met Huang Yiming.'),
      quiet('高市首相は記者団に語った。', 'Prime Minister Takaichi spoke to Huang Yiming and reporters.'),
      quiet('ヤン・ルカン氏とアンドリュー・ン氏が登壇した。', 'Yann LeCun and Andrew Ng took the stage.'),
      // A capitalised first word that is an English word is no surname (Park, Song).
      quiet('キム氏によると、公園は来年開く。', 'Park officials said, according to Kim, that it opens next year.'),
      // An English-word surname the translation writes as that word in katakana is a word of a place (Park of Menlo Park).
      quiet('王氏はメンロパークで語った。', 'He spoke in Menlo Park.'),
      // A place of several words is written as one katakana word, which renders none of its words alone (issue 18, place heads).
      quiet('同社はサンタクララに本社を置く。', 'The company is headquartered in Santa Clara.'),
      quiet('同社はアブダビに新しいデータセンターを建設する。', 'The company will build a new data centre in Abu Dhabi.'),
      quiet('会場はサンノゼのコンベンションセンターだった。', 'The venue was the convention centre in San Jose.'),
      quiet('首相はニューデリーで演説した。', 'The prime minister spoke in New Delhi.'),
      quiet('同社はサンタクララ大学と提携した。', 'The company partnered with Santa Clara University.'),
      // A long vowel or a doubled consonant added (ナデーラ for ナデラ, ヴィルックネン for ヴィルクネン) is how many write the
      // name: the translation's own check says so (information), and the source confirms the name, not a misspelling.
      quiet('サティア・ナデーラCEOが登壇した。', 'CEO Satya Nadella took the stage.'),
      quiet('ヘンナ・ヴィルックネン上級副委員長が演説した。', 'Henna Virkkunen gave a speech.'),
      // A known person's surname (Gary Marcus's Marcus) as the given name of another person: no mention of the known one.
      quiet('これは同僚のマーカス・フェルドマンが設計したものです。', 'My colleague Marcus Feldman designed it.'),
      // The town of the source after its state, and a parish written as Japanese writes one (郡).
      quiet('サムスンはテキサス州テイラーの新工場で2ナノ品を生産する。', 'Samsung will make 2-nanometre chips at its new fab in Taylor, Texas.'),
      quiet('メタはルイジアナ州リッチランド郡に巨大なデータセンターを建てる。', 'Meta is building a huge data centre in Richland Parish, Louisiana.'),
      quiet('Graviton4はGraviton3より最大30%高速です。', 'Graviton4 is up to 30% faster than Graviton3.'),
      // The English plural of a code is the code (H100s are H100 chips).
      quiet('同社はH100を10万基出荷した。', 'The company shipped 100,000 H100s.'),
      // A plural name written in the singular, as Japanese writes it; a known name written without its small ッ, another spelling in use.
      quiet('GH200 Superchipを1万個搭載する予定です。', 'It will have 10,000 GH200 Superchips.'),
      quiet('アプトロニクはメルセデス・ベンツと組んでいる。', 'Apptronik is working with Mercedes-Benz.'),
      // A name repeated where the source says "its": nothing is missing.
      quiet('インテルの新工場は、インテルの旧工場の2倍の規模だ。', "Intel's new fab is twice the size of its old one."),
      // The source's body written as it is: no stand-in.
      quiet('アジリティ・ロボティクスはすでにGXOでDigitを導入している。', 'Agility Robotics already has Digit robots at GXO.'),
      // Two bodies nobody knows in the source: which one the Latin name stands for is a guess; nothing said.
      quiet('アジリティ・ロボティクスはDHLでDigitを導入している。', 'Agility Robotics has Digit robots at GXO and at the Carter Institute.'),
      quiet('ディープシークは新しいモデルを公開した。', 'DeepSeek released a new model.'),
      // The same two kanji inside a longer run of kanji (本富士) begin no name.
      quiet('同社の工場が本富士町に開設された。', "Fujitsu's new plant opened in Motofuji."),
      // Both siblings named by the source: the translation names them as it does.
      quiet('Panther LakeはLunar Lakeの後継となる。', 'Panther Lake succeeds Lunar Lake.'),
      // The family name alone, as a person named before is written.
      quiet('ワン氏はメタに移った。', 'Alexandr Wang moved to Meta.'),
      // A surname the knowledge base knows (Kaplan) after another given name is another person of that name.
      quiet('メタの幹部ジョエル・カプラン氏は反対した。', 'Meta executive Joel Kaplan objected.'),
      // A company's name shortened as the source shortens it (GMO Internet for GMO Internet Group) is no cut name.
      quiet('資金の一部はGMOインターネットに配分された。', 'Part of the money went to GMO Internet.'),
      // Rendered otherwise than by the rules (ランニ for rannin), but rendered: no garble.
      quiet('共同創業者のブランニン・マクビー氏が登壇した。', 'Co-founder Brannin McBee took the stage.'),
      // A person's name rendered otherwise than by our rules, but with the same sounds, is no garble.
      quiet('アナリストのステイシー・ラスゴン氏は需要が続くとみている。', 'Analyst Stacy Rasgon expects demand to continue.'),
      quiet('アナリストのダナ・ウィットコム氏は需要が続くとみている。', 'Analyst Dana Whitcombe expects demand to continue.'),
      quiet('アナリストのカレン・ホルブルーク氏は需要が続くとみている。', 'Analyst Karen Holbrook expects demand to continue.'),
      // Chinese and Korean romanisations are read as those languages read them.
      quiet('共同創業者のアイヴァン・チャン氏が説明した。', 'Co-founder Ivan Zhang explained.'),
      quiet('研究者のペ・ギョンフン氏が説明した。', 'Researcher Bae Kyung-hoon explained.'),

      // Spellings that differ only in a long vowel are both in use (シンキング・マシーンズ, シンキング・マシンズ).
      quiet('シンキング・マシーンズ・ラボは新しいモデルを公開した。', 'Thinking Machines Lab released a new model.'),
      // A given name of one known spelling with the family name of another is a spelling in use, no garble.
      quiet('ジェンセン・ファンは先週台北を訪れた。', 'Jensen Huang visited Taipei last week.'),
      // Huang as another person's known spelling writes it (ジェンスン・ファン): another transliteration of ウェンデル・ホアン.
      quiet('決算はウェンデル・ファン最高財務責任者が説明した。', 'The chief financial officer, Wendell Huang, presented the results.'),
      // A word of a company's name after an unknown word (Kiwoom Securities) is no surname: the source never writes it alone.
      quiet('キウム証券のアナリストは、証券業界の見通しを語った。', 'An analyst at Kiwoom Securities spoke about the outlook for the industry.'),
      // Two codes of one family, both in the source: no slip.
      quiet('H200はH100より速い。', 'The H200 is faster than the H100.'),
      // A katakana word that renders a source word is not cut into a name (インテリ of インテリジェンス is no Intel).
      quiet('インテリジェンスの向上が課題だとインテルは述べた。', 'Intel said improving intelligence was the challenge.'),
      // One rendering of an unknown name throughout is no inconsistency.
      quiet(
        ['ムーアヘッド氏は数字に驚いた。', 'ムーアヘッド氏は来年も成長が続くとみる。'].join('\n'),
        ['Moorhead was surprised by the numbers.', 'Moorhead expects growth to continue next year.'].join('\n'),
      ),
      quiet('同社は新しいモデルを公開した。', 'DeepSeek released a new model.'),
      quiet('アルトマン氏は登壇した。', 'Sam Altman took the stage.'),
      quiet('Anthropicは火曜日に新しいモデルを公開した。', 'Anthropic released a new model on Tuesday.'),
      // Both companies in both texts, in another order.
      quiet('マイクロソフトはオープンAIに出資した。', 'OpenAI received money from Microsoft.'),
      // A related entity (the maker of a model, a parent company) is a translator's choice, not another name.
      quiet('グーグルは新しいモデルを公開した。', 'Google DeepMind released a new model.'),
      // A stand-in (同社) may carry the name: メディア is not taken for it.
      quiet('同社の新しいスマートグラスはメディアで好評だった。', 'Meta said its new glasses were well received by reviewers.'),
      // A family name for one of its members is a short form, not another model.
      quiet('グーグルはこの春、ジェミニを公開した。', 'Google released Gemini 2.5 Pro this spring.'),
      // Another transliteration of a given name before the known surname.
      quiet('サンダー・ピチャイが登壇した。', 'Sundar Pichai took the stage.'),
      // Another transliteration writing the English closer than the known spelling (パホツキ): not a garble of it.
      quiet('ヤクブ・パチョッキが登壇した。', 'Jakub Pachocki took the stage.'),
      // A company's generic last word (Corp) names nobody: no katakana word is its rendering.
      quiet(
        '力晶積成電子製造と建設する工場の費用は9100億ルピーに上る。',
        'The plant, built with Powerchip Semiconductor Manufacturing Corp, will cost 91,000 crore rupees.',
      ),
      quiet('アナリストのパトリック・ムーアヘッドは数字に驚いた。', 'Analyst Patrick Moorhead was surprised by the numbers.'),
      // Spelt as the name's katakana rendering, though its consonants read otherwise than the English letters.
      quiet('最高経営責任者のレイチェル・ウィットモア氏は記者団に語った。', 'Chief executive Rachel Whitmore told reporters.'),
      // The known person is in the source too, beside a name nobody knows written as it reads.
      quiet('ピーター・ウェニンク氏とロジャー・ダッセン氏が出席した。', 'Peter Wennink and Roger Dassen attended.'),
      // A sentence that begins with an ordinary word before a place: no person's name in it.
      quiet('アビリーンでは、ピーター・ウェニンク氏が講演した。', 'In Abilene, Peter Wennink gave a talk.'),
      quiet('ゴールドマン・サックスのアナリストは、AIへの支出は鈍っていないと述べた。', 'Analysts at Goldman Sachs said spending on AI is not slowing.'),
    ],
  },
  {
    code: 'untranslated-segment',
    flagged: [
      flags(
        'Sanctions have not stopped the labs from training new models.',
        'Sanctions have not stopped the labs from training new models.',
        'Sanctions have not stopped the labs from training new models.',
        undefined,
        'warning',
        'Sanctions have not stopped the labs from training new models.',
      ),
      // Left in English beside a sentence left out: the aligner pairs both source sentences with it; the copy is of the one.
      flags(
        COPY_BESIDE_GAP_JA,
        COPY_BESIDE_GAP_EN,
        'Developers can try it through the API starting next week.',
        undefined,
        'warning',
        'Developers can try it through the API starting next week.',
      ),
    ],
    quiet: [
      quiet('制裁は研究所の新しいモデルの訓練を止めていない。', 'Sanctions have not stopped the labs from training new models.'),
      quiet('Hugging Face', 'Hugging Face'),
    ],
  },
  {
    code: 'omitted-segment',
    // A source sentence with no translation: flagged on the sentence before the gap.
    flagged: [
      flags(
        PARAGRAPH_JA_LINES.filter((_, i) => i !== 2).join('\n'),
        PARAGRAPH_EN,
        '同社によると、このモデルは以前より難しい数学の問題を解ける。',
        undefined,
        'warning',
        'It costs $20 per million tokens, twice the price of GPT-4o, according to the company.',
      ),
      // Paired with a sentence left in English that copies only the other source sentence: left out.
      flags(
        COPY_BESIDE_GAP_JA,
        COPY_BESIDE_GAP_EN,
        '同社によると、このモデルは以前より難しい数学の問題を解ける。',
        undefined,
        'warning',
        'It costs $20 per million tokens, twice the price of GPT-4o, according to the company.',
      ),
    ],
    quiet: [quiet(PARAGRAPH_JA, PARAGRAPH_EN)],
  },
  {
    code: 'added-segment',
    // A translated sentence with no source; a translator's note is none.
    flagged: [
      // Inside a bead: the second of two translated sentences for one source sentence writes a year the source does not.
      flags(
        PARAGRAPH_JA_LINES.map((line, i) => (i === 3 ? line + '同社は2027年にも新しいモデルを投入すると報じられている。' : line)).join('\n'),
        PARAGRAPH_EN,
        '同社は2027年にも新しいモデルを投入すると報じられている。',
        undefined,
        'information',
        'Developers can try it through the API starting next week.',
      ),
      // At the end of the text, after the last source sentence: a figure the whole source does not write.
      flags(
        [...PARAGRAPH_JA_LINES, '同社はこれまでに米国内で3つのデータセンターを運営している。'].join('\n'),
        PARAGRAPH_EN,
        '同社はこれまでに米国内で3つのデータセンターを運営している。',
        undefined,
        'warning',
        '',
      ),
      flagsWithoutSource(
        inserted('この発表を受けて、Googleの株価は5%下落したと多くの専門家が述べている。'),
        PARAGRAPH_EN,
        'この発表を受けて、Googleの株価は5%下落したと多くの専門家が述べている。',
        undefined,
        'warning',
      ),
    ],
    quiet: [
      quiet(inserted('（訳注：APIはアプリケーション・プログラミング・インターフェースの略である。）'), PARAGRAPH_EN),
      // At the end, a sentence that writes nothing the source does not may be a closing of the translator's: not said.
      quiet([...PARAGRAPH_JA_LINES, '今後の動向が注目される。'].join('\n'), PARAGRAPH_EN),
    ],
  },
  {
    code: 'inconsistent-term',
    // The rarer rendering of one source term, with the more used one as the fix; one rendering throughout is fine.
    flagged: [
      flags(
        ['制裁は半導体メーカーに大きな打撃を与えた。', '春には制裁措置が拡大された。', '秋には新たな制裁が続いた。'].join('\n'),
        SANCTIONS_EN,
        '制裁措置',
        '制裁',
        'information',
        'sanctions',
      ),
      // A humanoid written as a loanword twice and once translated (issue 18's third round of terms).
      flags(
        ['ヒューマノイドの試作機は歩けるようになった。', '次の人型ロボットは工場で働く。', 'ヒューマノイドの量産は来年に始まる。'].join('\n'),
        ['The humanoid prototype can now walk.', 'The next humanoid will work in factories.', 'Humanoid production starts next year.'].join('\n'),
        '人型ロボット',
        'ヒューマノイド',
        'information',
        'humanoid',
      ),
    ],
    quiet: [
      quiet(['制裁は半導体メーカーに大きな打撃を与えた。', '春には制裁が拡大された。', '秋には新たな制裁が続いた。'].join('\n'), SANCTIONS_EN),
      quiet(
        ['ソブリンAIは各国の関心事だ。', '政府はソブリンAIに投資する。'].join('\n'),
        ['Sovereign AI is a concern of every country.', 'The government invests in sovereign AI.'].join('\n'),
      ),
    ],
  },
];

for (const { code, flagged, quiet: quietCases } of TABLES) describe(code, () => detectorTable(code, flagged, quietCases));

describe('the wrong source', () => {
  it('checks nothing against a text that is not the translation’s source: its sentences share no names or figures', async () => {
    const ja = [
      '同社によると、ディープスはV3モデルを約550万ルピーで訓練した。',
      'エヌビディアは前四半期に中国の顧客へ12億ドル相当のチップを販売した。',
      'テキサス州の新しいデータセンターは5メガワットの電力を使う。',
      'マーク・アンドリーセンは2025年に、オープンなモデルが勝つと述べた。',
      '第3四半期の成長率は4%に達した。',
    ].join('\n');
    const checked = await checkPair(ja, PARAGRAPH_EN);
    assert.deepEqual(
      checked.result.findings.filter((f) => f.source !== undefined).map((f) => f.code),
      [],
    );
    assert.ok(checked.result.alignment?.pairs.every((pair) => pair.confidence < 0.6));
  });
});

describe('without a source', () => {
  it('reports exactly what it reported before: no alignment, no source checks', async () => {
    const checked = await check('その会社は55万ルピーを調達した。');
    assert.equal(checked.result.alignment, undefined);
    assert.ok(checked.result.findings.every((f) => f.source === undefined));
  });
});
