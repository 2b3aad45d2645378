import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';
import { detectorTable, type FlaggedCase, type QuietCase } from '../support/detectorTable';
import { writeLike } from '../../server/src/core/detectors/implausibleQuantity';

const CODE = 'implausible-quantity';

// Sentences written by us; the figures in them are invented for the test, the slips are the kinds
// translation makes (billion as 億, 万 for 億).
const FOUND: readonly FlaggedCase[] = [
  {
    name: 'more users of one service than any service has',
    text: 'その対話アプリの月間アクティブユーザーは50億人を超えたという。',
    expected: [['50億', '5億', 'warning']],
  },
  {
    name: 'more people than live on Earth',
    text: '会場には延べ120億人が訪れた。',
    expected: [['120億', '12億', 'warning']],
  },
  {
    name: 'a parameter count ten times the size in the model name',
    text: '新しいLlama 3 8Bは800億パラメータのモデルだ。',
    expected: [['800億', '80億', 'warning']],
  },
  {
    name: 'a parameter count given before the count, against a lower-case size',
    text: 'gpt-oss-120bのパラメータ数は約12億だ。',
    expected: [['12億', '1200億', 'warning']],
  },
  {
    name: 'a parameter count a tenth of the size in a model name written in katakana',
    text: '最初のミストラル7Bは、7億パラメータしかないのに大きなモデルに並んだ。',
    expected: [['7億', '70億', 'warning']],
  },
  {
    name: 'active parameters above the total: the total is suspected',
    text: 'そのモデルは総パラメータ1億、アクティブは320億のMoEだ。',
    expected: [['1億', '1兆', 'information']],
  },
  {
    name: 'nanometres ten times the node named in the sentence',
    text: '最先端の20ナノメートル世代「N2」の量産が始まった。',
    expected: [['20', '2', 'warning']],
  },
  {
    name: 'an amount raised under 1% of the valuation: either may have slipped, both are shown',
    text: 'その研究所は評価額5000億ドルで20億ドルを調達した。',
    expected: [
      ['5000億', '500億', 'information'],
      ['20億', '200億', 'information'],
    ],
  },
  {
    name: 'an amount raised in 万 beside a valuation in 億: the round is suspected',
    text: 'その会社は45万ドルを調達し、評価額は900億ドルになった。',
    expected: [['45万', '45億', 'information']],
  },
  {
    name: 'a valuation beyond any company',
    text: '新興企業の評価額は30兆ドルに達した。',
    expected: [['30兆', '3兆', 'warning']],
  },
  {
    name: 'a rounded figure at another power of ten than the precise one of the same passage',
    text: '四半期の売上高は12兆3456億ウォンだった。前年の同じ期と比べると、売上高12.35億ウォンは3割多い。',
    expected: [['12.35億', '12.35兆', 'warning']],
  },
  {
    name: 'an amount in two currencies at a rate off by a power of ten: both are suspects',
    text: '同社は40億ドル（約6兆円）を投じる。',
    expected: [
      ['40億', '400億', 'information'],
      ['6兆', '6000億', 'information'],
    ],
  },
  {
    name: 'a market value far below any a large named company has: the fix lands where such values lie',
    text: 'エヌビディアの時価総額は一時4億ドルを超えた。',
    expected: [['4億', '4兆', 'information']],
  },
  {
    name: 'a small round for a large AI lab, with 万 for 億 (no published figure meets it: 130万 would be wrong-magnitude’s)',
    text: 'アンソロピックは新たに170万ドルを調達した。',
    expected: [['170万', '170億', 'information']],
  },
  {
    name: 'a drug development cost ten times any estimate (billion as 億)',
    text: '一つの新薬の開発費は平均で260億ドルと言われる。',
    expected: [['260億', '26億', 'information']],
  },
  {
    name: 'GPUs counted before the word GPU, more than any delivery has',
    text: '同社は韓国政府に計26億基超のGPUを供給すると発表した。',
    expected: [['26億', '26万', 'information']],
  },
  {
    name: 'AI chips counted with the magnitude word after the word for them, more than any cluster or deal has',
    text: '最新のAIチップをおよそ10億基、国内に入れる計画だ。',
    expected: [['10億', '10万', 'information']],
  },
  {
    name: 'a famous model’s parameters with 万 for 億',
    text: '2020年のGPT-3は1750万パラメータで、話題になった。',
    expected: [['1750万', '1750億', 'information']],
  },
  {
    name: 'a large lab’s valuation below any it ever had, 万 for 億',
    text: 'OpenAIの評価額が5000万ドルになった。',
    expected: [['5000万', '5000億', 'information']],
  },
  {
    name: 'a unit out of range for what it measures: the fix is on the unit’s prefix, not the number',
    text: 'このデータセンターの第1段階の電力容量は40GWだ。',
    expected: [['GW', 'MW', 'information']],
  },
  {
    name: 'a process node in micrometres: nanometres, in the same script',
    text: 'その工場は12マイクロのプロセスで車載向けの半導体を作る。',
    expected: [['マイクロ', 'ナノ', 'information']],
  },
  {
    name: 'an HBM stack’s bandwidth in gigabytes per second that no generation has: terabytes',
    text: '新しいHBMは1スタックあたり3ギガバイト毎秒の帯域幅を持つ。',
    expected: [['ギガバイト', 'テラバイト', 'information']],
  },
  {
    name: 'a wafer in centimetres no wafer has: the nearest prefix that fits (millimetres)',
    text: '新工場は直径200センチのウエハーを扱う。',
    expected: [['センチ', 'ミリ', 'information']],
  },
  {
    name: 'a rack’s power in megawatts: kilowatts',
    text: '新しいサーバーは1ラックあたり120メガワットを消費する。',
    expected: [['メガワット', 'キロワット', 'information']],
  },
  {
    name: 'an AI campus of a few megawatts: gigawatts',
    text: '同社は郊外に2メガワット規模のAIキャンパスを建設する。',
    expected: [['メガワット', 'ギガワット', 'information']],
  },
  {
    name: 'one reactor’s output beyond any power station: megawatts',
    text: 'その原子炉の出力は1100ギガワットだ。',
    expected: [['ギガワット', 'メガワット', 'information']],
  },
  {
    name: 'a utility’s nuclear purchase of a few megawatts: gigawatts',
    text: 'その電力会社は、2040年までに新しい原子力で3メガワットを調達する計画だ。',
    expected: [['メガワット', 'ギガワット', 'information']],
  },
  {
    name: 'a target of a few megawatts after sentences about a reactor',
    text: '新しい炉は水ではなくヘリウムで冷やす。その会社には大手が出資した。2040年までに合計6メガワットを目指す。',
    expected: [['メガワット', 'ギガワット', 'information']],
  },
  {
    name: 'a context length in Latin M where no model reads so many: K, written as the writer writes it',
    text: 'このモデルの文脈の長さは512Mトークンです。',
    expected: [['512M', '512K', 'information']],
  },
  {
    name: 'an HBM stack’s bandwidth with 毎秒 said before the number: terabytes',
    text: '新しいHBMは1スタックで毎秒2ギガバイトの帯域幅を持つ。',
    expected: [['ギガバイト', 'テラバイト', 'information']],
  },
  {
    name: 'an HBM product’s capacity in terabytes, its stack named the sentence before: gigabytes',
    text: 'その会社は16層のHBM3Eの量産を始めた。この製品の容量は48TBだ。',
    expected: [['TB', 'GB', 'information']],
  },
  {
    name: 'an industry’s market in 万 of dollars: 億',
    text: '今年の半導体製造装置の市場は980万ドル前後と見られる。',
    expected: [['980万', '980億', 'information']],
  },
  {
    name: 'more humanoid robots a year than cars are made',
    text: 'その会社は人型ロボットを年間50億台作る計画だ。',
    expected: [['50億', '50万', 'information']],
  },
  {
    name: 'a company’s yearly lobbying beyond any company’s',
    text: 'その会社の昨年のロビー活動費は約180億ドルだった。',
    expected: [['180億', '180万', 'information']],
  },
  {
    name: 'a valuation in won below any reported',
    text: '合併後の企業価値は1億ウォンを超え、ユニコーンとなった。',
    expected: [['1億', '1兆', 'information']],
  },
  {
    name: 'a vague number of GPUs ("billions") no deployment has: the magnitude word moves one step',
    text: '米国の大手は数十億基のGPUを運用しているとされる。',
    expected: [['数十億', '数十万', 'information']],
  },
  {
    name: 'a range with a lower limit judges small numbers too',
    text: 'その人型ロボットの重さは600キロだ。',
    expected: [['600', '60', 'information']],
  },
  {
    name: 'from A to B, said to be four times, with B a thousandth of that: the unit of B slipped',
    text: '政府は発電容量を今の約50ギガワットから200メガワットに、4倍に増やすという。',
    expected: [['メガワット', 'ギガワット', 'information']],
  },
  {
    name: 'from A to B, said to be three times, with B ten thousand times off',
    text: 'その会社の売上高は2億ドルから6万ドルへと3倍になった。',
    expected: [['6万', '6億', 'information']],
  },
  {
    name: 'a growth from A to a B far smaller than A',
    text: '利用者数は300万人から1200人に増えた。',
    expected: [['1200', '1200万', 'information']],
  },
  {
    name: 'a part larger than the whole it is part of',
    text: '総額800億ドルのうち、3000億ドルを欧州の拠点に充てる。',
    expected: [['3000億', '300億', 'information']],
  },
  {
    name: 'the cost of one thing beyond any economy: 兆 for 億',
    text: '一つの発電所を建てるのに、26兆ドルかかると言われる。',
    expected: [['26兆', '26億', 'information']],
  },
  {
    name: 'a vague amount of a plan beyond any economy',
    text: 'その省は支援策に合計で数十兆ドルを投じる方針だ。',
    expected: [['数十兆', '数十億', 'information']],
  },
  {
    name: 'a round in euros above a valuation in dollars',
    text: 'その新興企業は8億ユーロを調達し、評価額は5400万ドルとなった。',
    expected: [['5400万', '54億', 'information']],
  },
  {
    name: 'a round and its valuation on caption lines that end mid-sentence',
    text: 'そのあと11月には\n23億ドルを調達して、\n評価額は\n2930億ドル。\n次の話です。',
    expected: [
      ['23億', '230億', 'information'],
      ['2930億', '293億', 'information'],
    ],
  },
  {
    name: 'a Series A above any raised, its cue on the caption line before',
    text: '2025年の2月に、シリーズAで\n35億ドルを調達しました。\n投資家が主導しました。',
    expected: [['35億', '3億5000万', 'information']],
  },
  {
    name: 'a valuation in the sentence after the round',
    text: 'その新興企業はシリーズBで6億7500万ドルを調達した。その時の評価額は2億6000万ドルだった。',
    expected: [
      ['6億7500万', '6750万', 'information'],
      ['2億6000万', '26億', 'information'],
    ],
  },
  {
    name: 'a round in yuan a ten-thousandth of a valuation in dollars',
    text: 'その会社は12億元を調達し、評価額は9300億ドルに達した。',
    expected: [['9300億', '93億', 'information']],
  },
  {
    name: 'a node of today in micrometres: nanometres',
    text: 'その新興ファウンドリーは、3マイクロメートル世代のトランジスタの試作に成功した。',
    expected: [['マイクロメートル', 'ナノメートル', 'information']],
  },
  {
    name: 'a quantum chip of a million qubits',
    text: '新しい量子チップは156万量子ビットを載せている。',
    expected: [['156万', '156', 'information']],
  },
  {
    name: 'an amount of a small economy’s currency beyond its economy',
    text: '香港はこの計画に20兆香港ドルを投じる。',
    expected: [['20兆', '20億', 'information']],
  },
  {
    name: 'one venture’s investment plan beyond any: a billion as 兆',
    text: 'その合弁事業は4年間で最大6兆ドルを投じる計画だ。',
    expected: [['6兆', '6000億', 'information']],
  },
  {
    name: 'the final capacity of a whole data-centre plan in megawatts',
    text: '各地の拠点を合わせたデータセンターの電力容量は、最終的に8メガワットに達する。',
    expected: [['メガワット', 'ギガワット', 'information']],
  },
  {
    name: 'an HBM stack’s bandwidth in petabytes per second: the prefix, whichever it is, is read',
    text: '次の世代のHBMは1スタックで1.5ペタバイト毎秒の帯域幅になる。',
    expected: [['ペタバイト', 'テラバイト', 'information']],
  },
  {
    name: 'a chip drawing as much power as a rack: its unit slipped',
    text: 'この推論チップの消費電力は1個あたり800キロワットだ。',
    expected: [['キロワット', 'ワット', 'information']],
  },
  {
    name: 'a desktop computer with an exaflop',
    text: 'デスクの上に置ける小型のAIコンピューターで、FP4で最大1エクサフロップスの性能を持つ。',
    expected: [['エクサフロップス', 'ペタフロップス', 'information']],
  },
  {
    name: 'a figure whose sentence names no subject, after a sentence about a data-centre campus',
    text: 'テキサスに1ギガワットのキャンパスを作る。最初の300ギガワットは来年に稼働する。',
    expected: [['ギガワット', 'メガワット', 'information']],
  },
  {
    name: 'a report written by a million experts',
    text: 'その報告書は、30か国の約200万人の専門家がまとめたものだ。',
    expected: [['200万', '200', 'information']],
  },
  {
    name: 'the memory on one GPU in terabytes: the unit slipped',
    text: 'B200には、HBM3Eが192TB載っている。',
    expected: [['TB', 'GB', 'information']],
  },
  {
    name: 'the cores of one chip counted in 億: 万 slipped',
    text: 'このウエハー規模のチップはトランジスタ数が4兆個で、AIコアは90億個に上る。',
    expected: [['90億', '90万', 'information']],
  },
  {
    name: 'a current chip with too few transistors: a billion converted as 億',
    text: 'アップルの新しいチップは約28億個のトランジスタを集積する。',
    expected: [['28億', '280億', 'information']],
  },
];

const QUIET: readonly QuietCase[] = [
  { name: 'a Series A of a few hundred million', text: '2025年の2月に、シリーズAで\n3億5000万ドルを調達しました。' },
  { name: 'a cue on a line ended by a full stop is another sentence’s', text: 'シリーズAでした。\n会社全体では35億ドルを調達しました。' },
  { name: 'a round and a valuation in two speakers’ turns', text: 'ホストA：10億ドルを調達して、\nホストB：評価額は5億ドルの会社もありますね。' },
  { name: 'a round and a valuation two sentences apart', text: 'その会社は10億ドルを調達した。市場は伸びている。評価額は5億ドルの会社もある。' },
  { name: 'the memory of a whole rack, in terabytes', text: 'NVL72のラック全体では、HBMが合計で13.5TBになる。' },
  { name: 'a phone chip with its transistors in range', text: 'スマートフォンのチップは約150億個のトランジスタを集積する。' },
  { name: 'the first microprocessor, with few transistors', text: '1971年に登場した最初のマイクロプロセッサは約2300個のトランジスタを集積した。' },
  { name: 'the cores of a GPU in range', text: 'このGPUのCUDAコアは1万8000個ある。' },
  { name: 'a campus of a few hundred megawatts in the end', text: 'このキャンパスの電力容量は最終的に300メガワットになる。' },
  { name: 'experts to be trained by the million', text: '政府はAIの専門家を100万人育成する計画だ。' },
  { name: 'a country’s pledge of a trillion dollars', text: 'その国は今後10年間で米国に1.4兆ドルを投資すると表明した。' },
  { name: 'an old node in micrometres, said to be old', text: '1980年代には3マイクロメートルのプロセスが主流だった。' },
  { name: 'a million qubits as a goal', text: '2030年までに100万量子ビットの実現を目指す。' },
  { name: 'qubits at millikelvin', text: '量子ビットは希釈冷凍機の中で15ミリケルビンまで冷やされる。' },
  { name: 'a round in euros a few per cent of a valuation in dollars', text: 'その会社は6億ユーロを調達して、評価額は100億ドルになった。' },
  { name: 'what AI adds to the world economy', text: 'AIは2030年までに世界経済に15兆ドル以上をもたらすという試算がある。' },
  { name: 'a national economy in trillions', text: '米国の国内総生産は約30兆ドルだ。' },
  { name: 'the largest market value of a company', text: 'その半導体企業の時価総額は5兆ドルを超えた。' },
  { name: 'from A to B, four times, and the figures agree', text: '発電容量を今の約50ギガワットから200ギガワットに、4倍に増やすという。' },
  { name: 'from A to B, roughly three times', text: '売上高は2億ドルから5.5億ドルへと約3倍になった。' },
  { name: 'a fall from A to a smaller B', text: '価格は100万円から60万円に下がった。' },
  { name: 'a part smaller than its whole', text: '総額800億ドルのうち、300億ドルを欧州の拠点に充てる。' },
  { name: 'a growth between two currencies is not compared', text: '売上高は2億ユーロから300億円に増えた。' },
  { name: 'an amount in two currencies at a real rate', text: '同社は400億ドル（約6兆円）を投じる。英国は1億ポンド（約190億円）を拠出した。' },
  { name: 'the world population', text: '世界の人口は80億人を超えた。' },
  { name: 'users of the internet as a whole', text: '世界のインターネット利用者は55億人に達した。' },
  { name: 'a parameter count that matches the model name', text: 'Llama 3.1 405Bは4050億パラメータだ。' },
  { name: 'a mixture of experts with fewer active parameters than its total', text: 'そのモデルは総パラメータ1兆、アクティブは320億のMoEだ。' },
  { name: 'a katakana name’s size that matches the count', text: 'ミストラル7Bは70億パラメータのモデルだ。' },
  { name: 'active parameters of a mixture of experts are not its size', text: 'DeepSeek-V3 671Bは総パラメータのうち370億パラメータが動く。' },
  { name: 'a node that matches its name', text: 'N3は3ナノメートル世代のプロセスだ。' },
  { name: 'an old node without a name', text: '20ナノメートルの工場はまだ動いている。' },
  { name: 'a round a tenth of its valuation', text: '評価額3000億ドルで400億ドルを調達した。' },
  { name: 'a large but real valuation', text: '時価総額は4兆ドルを超えた。' },
  { name: 'two different figures that only share digits', text: '売上高は1234億円、営業利益は12億円だった。' },
  { name: 'the same figure at the same magnitude, rounded', text: '売上高は12兆3456億ウォンで、約12.35兆ウォンだった。' },
  { name: 'a count of GPUs a cluster really has', text: 'xAIはGPUを20万基つないだ。' },
  { name: 'a market value of a small company in a sentence without a large one', text: 'そのスタートアップの時価総額は4億ドルだ。' },
  { name: 'a large lab in the sentence, but the round is of a fund it runs', text: 'OpenAIのスタートアップファンドは出資先が300万ドルを調達したと発表した。' },
  { name: 'a real drug development cost', text: '一つの新薬の開発費は平均で26億ドルと言われる。' },
  { name: 'a small number without a range that has a lower limit', text: '会議には300人が参加し、発表は20件あった。' },
  { name: 'a vague number that fits its kind', text: '米国の大手は数十万基のGPUを運用している。その会社は数十億ドルを調達した。' },
  { name: 'a campus of a few gigawatts', text: 'このデータセンターの第1段階の電力容量は1.2GWだ。' },
  { name: 'a national goal of GPUs', text: '政府は将来的に1000万基のGPUを目標に掲げた。' },
  { name: 'the parameters a LoRA adapter of a famous model trains', text: 'Llama 3のLoRAで学習するパラメータは400万パラメータだ。' },
  { name: 'the valuation of a startup a large lab invested in', text: 'OpenAIの出資先の評価額は5000万ドルだった。' },
  { name: 'a large lab’s seed valuation', text: 'ミストラルはシードで評価額2億6000万ドルとなった。' },
  { name: 'chips of phones and PCs in the billions beside GPUs', text: 'GPUだけでなく、スマートフォン向けのチップも年に15億個作られる。' },
  { name: 'the transistors of a GPU in the billions', text: 'このGPUは2080億個のトランジスタを集積する。' },
  { name: 'a campus in gigawatts and a rack in kilowatts', text: 'このデータセンターは全体で1.2ギガワット、1ラックあたり120キロワットだ。' },
  { name: 'a campus’s first phase in megawatts', text: 'そのキャンパスの第1期は200メガワットで稼働する。' },
  { name: 'a country’s nuclear capacity in gigawatts', text: '米国の原子力の発電容量は合計で約100ギガワットだ。' },
  { name: 'a reactor’s output in megawatts', text: 'その原子炉の出力は1100メガワットだ。' },
  { name: 'a market of real size', text: '世界のAI市場は5000億ドル規模だ。' },
  { name: 'humanoid robots a year in the thousands', text: '同社は人型ロボットを年間1万台作る。' },
  { name: 'a chip’s power in watts', text: 'この推論チップの消費電力は1個あたり800ワットだ。' },
  { name: 'a rack’s power in kilowatts, said per rack', text: 'ラック1台の消費電力は1台あたり120キロワットだ。' },
  { name: 'a rack of HBM in total, in petabytes per second', text: 'NVL72のラック全体では、HBMの帯域幅は合計で576テラバイト毎秒になる。' },
  { name: 'HBM capacity in bytes, not a bandwidth', text: 'HBMの容量は1スタックあたり36ギガバイトだ。' },
  { name: 'a rack-scale system with an exaflop', text: 'ラック1台の小型化は進んだが、性能はFP4で1エクサフロップスを超える。' },
  {
    name: 'a sentence with a subject of its own after a sentence about a campus',
    text: 'テキサスに1ギガワットのキャンパスを作る。米国の電力需要は2030年までに100ギガワット増える。',
  },
  { name: 'a sentence before about something else', text: '新しい工場が完成した。最初の300ギガワットは国全体の発電容量の一部だ。' },
  { name: 'a small modular reactor of tens of megawatts', text: 'その小型モジュール炉は1基で77メガワットを発電する。' },
  { name: 'a context length in Latin K', text: 'このモデルの文脈の長さは128Kトークンです。' },
  { name: 'an HBM stack’s bandwidth with 毎秒 before, in terabytes', text: '新しいHBMは1スタックで毎秒2テラバイトの帯域幅を持つ。' },
  { name: 'a GPU’s HBM in all, a few hundred gigabytes', text: 'この新しいGPUのHBMの容量は288GBだ。' },
  { name: 'an SSD’s capacity in terabytes beside HBM', text: 'HBMとは別に、SSDの容量は60TBに達した。' },
  { name: 'a microreactor of a few megawatts', text: 'そのマイクロ炉の出力はわずか5メガワットで、トラックで運べる。' },
  { name: 'a research reactor of a few megawatts', text: '大学の研究炉は熱出力5メガワットで動いている。' },
  { name: 'an uprate of a reactor by a few megawatts', text: 'その原発は原子炉の出力を5メガワット増強した。' },
  { name: 'a reactor’s output raised by a few megawatts', text: '原子力発電所の出力を8メガワット向上させる工事が終わった。' },
  { name: 'a price per megawatt-day beside nuclear power', text: '原子力の電気は1メガワット日あたり30ドルで売られた。' },
];

describe('numbers off by a power of ten for what they count', () => {
  detectorTable(CODE, FOUND, QUIET);

  it('its fix leaves nothing more to report', async () => {
    const result = await check(FOUND[2]?.text ?? '');
    assert.equal(result.fixed(CODE), '新しいLlama 3 8Bは80億パラメータのモデルだ。');
    assert.deepEqual((await check(result.fixed(CODE))).found(CODE), []);
  });
});

// More kinds of quantity, each judged by the range its kind falls in (quantity-ranges.yaml); sentences and figures ours.
describe('numbers off by a power of ten for what they count: machines a year, AI chips, training tokens, optical modules, switch chips, protein structures', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'machines made in a year beyond any product: information, 万 for 億',
        text: '同社はこの新型の家電を年間50億台つくる計画だ。',
        expected: [['50億', '50万', 'information']],
      },
      {
        name: 'AI chips bought in one deal beyond any deal',
        text: '同社はGB300を1500万個調達する契約を結んだ。',
        expected: [['1500万', '150万', 'information']],
      },
      {
        name: 'pre-training data of a language model far below what models are trained on: a trillion as 億',
        text: '新モデルは約18億トークンのデータで学習された。',
        expected: [['18億', '18兆', 'information']],
      },
      {
        name: 'an optical module drawing as much power as a rack: its unit slipped',
        text: '1.6テラビットの光モジュールは1個あたり25キロワットを消費する。',
        expected: [['キロワット', 'ワット', 'information']],
      },
      {
        name: 'a switch chip’s bandwidth in gigabits: the unit slipped (bits are measured too)',
        text: '新しいトマホーク6は1チップで51.2ギガビットの帯域を持つ。',
        expected: [['ギガビット', 'テラビット', 'information']],
      },
      {
        name: 'more predicted protein structures than proteins known',
        text: 'AlphaFoldのデータベースには約3000億個の構造予測が収められている。',
        expected: [['3000億', '3億', 'information']],
      },
    ],
    [
      { name: 'machines a year in the millions', text: '同社はこの新型の家電を年間500万台つくる計画だ。' },
      { name: 'machines in use worldwide, not made in a year', text: '世界では年間で稼働中のスマートフォンが70億台に上る。' },
      { name: 'AI chips of a real deal', text: '同社はGB300を15万個調達する契約を結んだ。' },
      { name: 'AI chips shipped worldwide', text: '世界のGPUの出荷は累計で2000万個を超えた。' },
      { name: 'pre-training data in trillions of tokens', text: '新モデルは約18兆トークンのデータで学習された。' },
      { name: 'fine-tuning data, far smaller than pre-training', text: 'ファインチューニングでは約2億トークンのデータで学習した。' },
      { name: 'an optical module in watts', text: '1.6テラビットの光モジュールは1個あたり25ワットを消費する。' },
      { name: 'a modular data centre, not an optical module', text: 'モジュール式のデータセンターは1台あたり500キロワットを使う。' },
      { name: 'a switch chip in terabits', text: '新しいトマホーク6は1チップで51.2テラビットの帯域を持つ。' },
      { name: 'the speed of a switch chip’s ports, in gigabits', text: '新しいトマホーク6は800ギガビットのポートを64個持つ。' },
      { name: 'predicted protein structures as the database holds them', text: 'AlphaFoldのデータベースには約2億個の構造予測が収められている。' },
    ],
  );
});

describe('numbers off by a power of ten for what they count: robotaxi rides, a drug’s cost, an institute’s researchers, big-tech sales', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'robotaxi rides in a week beyond any service',
        text: 'ウェイモは、有料の乗車が週に2500万回を超えたと発表した。',
        expected: [['2500万', '250万', 'information']],
      },
      {
        name: 'robotaxi rides in all beyond any service',
        text: 'ロボタクシー事業の乗車が累計で、乗車が1100億回を超えた。',
        expected: [['1100億', '1100万', 'information']],
      },
      {
        name: 'a drug brought to market for tens of millions: a billion as 万',
        text: '一つの新薬を市場に出すまでに、平均で2600万ドルを超える費用がかかる。',
        expected: [['2600万', '26億', 'information']],
      },
      {
        name: 'more researchers in one institute than any has',
        text: 'その研究所には研究者が120万人以上いる。',
        expected: [['120万', '12万', 'information']],
      },
      {
        // Not 122万 (its published AI sales, 122億ドル): wrong-magnitude then flags that number from the figure.
        name: 'Broadcom’s sales in the millions',
        text: 'ブロードコムのAI関連の売上は137万ドルだった。',
        expected: [['137万', '137億', 'information']],
      },
      {
        name: 'a Korean chip maker’s investment plan of tens of billions of won: 兆 as 億',
        text: 'サムスン電子は、20年間にわたって300億ウォン規模を投じる計画を示しました。',
        expected: [['300億', '300兆', 'information']],
      },
      {
        name: 'a tech giant’s yearly sales in hundreds of millions, said after its cloud’s sales: a billion as 万',
        text: 'マイクロソフト・クラウドの売上高は368億ドルとなり、21%増加しました。2024会計年度の通期の売上高は2億4510万ドルで、16%増加しました。',
        expected: [['2億4510万', '2451億', 'information']],
      },
      {
        name: 'Nvidia’s chips by the billion',
        text: 'UAEは年間最大50億個のエヌビディアの先端チップを輸入できる。',
        expected: [['50億', '50万', 'information']],
      },
    ],
    [
      { name: 'robotaxi rides of a real week', text: 'ウェイモは、有料の乗車が週に25万回を超えたと発表した。' },
      { name: 'rides of all taxis, not robotaxis', text: 'ウーバーの乗車は週に2億回を超える。' },
      { name: 'robotaxi rides in all as they are', text: 'ロボタクシーの乗車が累計で1100万回を超えた。' },
      { name: 'a drug brought to market for billions', text: '一つの新薬を市場に出すまでに、平均で26億ドルを超える費用がかかる。' },
      { name: 'a trial’s cost, not a drug’s', text: '臨床試験1件には2600万ドルの費用がかかる。' },
      { name: 'the researchers of a country', text: '日本の研究者は全国で約90万人で、研究所に属する人も多い。' },
      { name: 'a Korean chip maker’s plan in trillions of won', text: 'サムスン電子は、20年間にわたって300兆ウォン規模を投じる計画を示しました。' },
      { name: 'a Korean chip maker’s stake in a startup', text: 'サムスン電子は、AIスタートアップに300億ウォンを投資する。' },
      { name: 'a tech giant’s yearly sales in billions', text: 'マイクロソフトの2024会計年度の通期の売上高は2451億ドルで、16%増加しました。' },
      { name: 'a division’s yearly sales', text: 'マイクロソフトのある事業の年間売上高は2億ドルだった。' },
      { name: 'Meta’s yearly sales before 2011, under $3B', text: 'メタ（当時フェイスブック）の2010年の年間売上高は約20億ドルだった。' },
      { name: 'Broadcom’s sales in billions', text: 'ブロードコムのAI関連の売上は122億ドルだった。' },
      { name: 'a city with シスコ in its name is no company', text: 'サンフランシスコのスタートアップの売上は500万ドルだった。' },
    ],
  );
});

describe('numbers off by a power of ten for what they count: GPU hours, data-centre electricity, a tool’s price, bare parameter counts, a deal’s upfront payment', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'GPU hours of one training run beyond any ever reported',
        text: '新モデルの学習には約450億GPU時間がかかったという。',
        expected: [['450億', '450万', 'information']],
      },
      {
        name: 'the world’s data centres’ yearly electricity in gigawatt-hours: the unit slipped',
        text: '世界のデータセンターの電力消費は、年間で約300ギガワット時に達した。',
        expected: [['ギガワット時', 'テラワット時', 'information']],
      },
      {
        name: 'one lithography tool for billions of euros',
        text: 'その露光装置は1台あたり約42億ユーロで販売される。',
        expected: [['42億', '4億2000万', 'information']],
      },
      {
        name: 'a language model’s parameters written with no unit, tens of millions',
        text: 'そのモデルの総パラメータ数は4050万で、公開から話題になった。',
        // A small model may have tens of millions (T5-Small): which slip, if any, is not known, so no fix.
        expected: [['4050万', undefined, 'information']],
      },
      {
        name: 'the fix fits every kind the sentence names: a small model’s parameters, not merely a language model’s',
        text: 'その小型モデルは40兆パラメータで動く。',
        expected: [['40兆', '40億', 'warning']],
      },
      {
        name: 'a topic written as the kind’s cue with its particle (累計の乗車が) takes the subject of the sentence before',
        text: 'ロボタクシーのウェイモは好調です。累計の乗車が2300億回を超えました。',
        expected: [['2300億', '2300万', 'information']],
      },
      {
        name: 'unpunctuated caption lines: a line ending as a sentence does (ました) ends one, and its words are not the next one’s',
        text: 'データセンターの話をしました\nスイッチチップの話です\n最新のトマホーク6は51.2ギガビットで\n帯域が倍になりました',
        expected: [['ギガビット', 'テラビット', 'information']],
      },
      {
        name: 'the fix groups digits with commas as the writer does',
        text: '2020年のそのモデルは1,250万パラメータで、GPT-3と並ぶ大きさだった。',
        expected: [['1,250万', '1,250億', 'information']],
      },
      {
        name: 'a company’s engineers, said after the number, beyond any employer',
        text: '同社は、かつて3000万人規模の技術者を抱えていた。',
        expected: [['3000万', '3000', 'warning']],
      },
      {
        name: 'an AI gigafactory’s funds in millions of euros',
        text: 'このうち300万ユーロを、EUのAIギガファクトリーの建設に充てる。',
        expected: [['300万', '300億', 'information']],
      },
      {
        name: 'a deal’s most below its upfront payment',
        text: 'その製薬会社との提携では、一時金2800万ドル、最大900万ドルを受け取る。',
        expected: [['900万', '9億', 'information']],
      },
      {
        name: 'a deal’s most hundreds of times its upfront payment',
        text: '契約一時金は3000万ドルで、マイルストーンを含めると最大150億ドルになる。',
        // Far above the upfront is unusual, not impossible: which slip brings it back is a guess, so no fix.
        expected: [['150億', undefined, 'information']],
      },
      {
        name: 'a small model’s parameters with no unit: information, never a fix to hundreds of billions',
        text: 'グーグルの言語モデルT5-Smallのパラメータ数は6000万で、手元でも動く。',
        expected: [['6000万', undefined, 'information']],
      },
      {
        name: 'a deal’s most five hundred times its upfront payment: information, no arbitrary slip as the fix',
        text: 'その提携では一時金200万ドル、最大で10億ドルを受け取る。',
        expected: [['10億', undefined, 'information']],
      },
    ],
    [
      {
        name: 'unpunctuated caption lines that run on: a word of the same sentence (データセンター) still says it is not one chip',
        text: 'データセンターの話をしていて\n最新のトマホーク6は51.2ギガビットで\n帯域が倍になりました',
      },
      { name: 'a large company’s engineers', text: '同社は約60万人の技術者を抱える。' },
      { name: 'a country’s engineers, no company in the sentence', text: 'インドには500万人のエンジニアがいると言われる。' },
      { name: 'the staff of many small companies', text: '米国の中小企業が雇う700万人の従業員にも影響が及ぶ。' },
      { name: 'GPU hours of a whole training run, not a count of GPUs', text: '学習全体では、のべ20億GPU時間を使った計算になる。' },
      { name: 'GPU hours written as a vague number, not a count of GPUs', text: '学習全体では、のべ数十億GPU時間を使った計算になる。' },
      {
        name: 'energy bought under a contract for a country’s data centres, not their consumption',
        text: 'マイクロソフトは米国のデータセンター向けに、年間800ギガワット時の再生可能エネルギーを購入する契約を結んだ。',
      },
      {
        name: 'an AI gigafactory’s preliminary study in tens of millions of euros',
        text: 'スペインはAIギガファクトリーの誘致に向け、5000万ユーロの予備調査費を計上した。',
      },
      { name: 'the engineers of a whole country', text: 'インド全体では500万人以上の技術者が働いている。' },
      { name: 'an AI gigafactory’s funds in billions of euros', text: 'このうち200億ユーロをAIギガファクトリーの建設に充てる。' },
      { name: 'GPU hours of a large training run', text: 'Llama 3.1 405Bの学習には約3100万GPU時間がかかった。' },
      { name: 'the world’s data centres in terawatt-hours', text: '世界のデータセンターの電力消費は、年間で約400テラワット時に達した。' },
      { name: 'one data centre’s electricity in gigawatt-hours', text: '米国のデータセンター1か所あたりの電力消費は約500ギガワット時だ。' },
      { name: 'a lithography tool for hundreds of millions of euros', text: 'High-NAのEUV露光装置は1台あたり約3億5000万ユーロとされる。' },
      { name: 'a language model’s parameters in hundreds of billions, with no unit', text: 'そのモデルの総パラメータ数は4050億で、当時最大級だった。' },
      { name: 'an early model’s parameters in the hundred millions', text: 'BERTのパラメータ数は1億1000万で、当時は大きなモデルだった。' },
      { name: 'a deal’s most tens of times its upfront payment', text: 'ノバルティスとは一時金3750万ドル、最大12億ドルの契約を結んだ。' },
      { name: 'an upfront payment whose currency may be the slip', text: 'その提携では、前払い金として3000万円、最大11億ドルを受け取る。' },
    ],
  );
});

describe('a fix written as the writer writes the number', () => {
  it('keeps a Latin letter of scale from a thousand up', () => {
    assert.equal(writeLike('512M', 512e3), '512K');
    assert.equal(writeLike('2k', 2e3), '2k');
  });
  it('writes the plain number under a thousand, not 0.256K', () => {
    assert.equal(writeLike('256K', 256), '256');
    assert.equal(writeLike('256M', 256), '256');
  });
});
