import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';
import { detectorTable } from '../support/detectorTable';

const CODE = 'implausible-currency';

describe('implausible currencies', () => {
  it('flags rupees in a story about American and Chinese companies and proposes dollars', async () => {
    const result = await check('OpenAIとDeepSeekの競争について。米国の企業は年間70億ルピーを投じている。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['ルピー', 'ドル']],
    );
  });

  it('is near certain when the amount matches a published figure of the story', async () => {
    const result = await check('DeepSeek-V3の訓練費用は約560万ルピーだったと報じられ、米国の投資家を驚かせた。');
    const [finding] = result.found(CODE);
    assert.equal(finding?.fix, 'ドル');
    assert.equal(finding?.severity, 'error');
  });

  it('proposes the currency the document already uses', async () => {
    const result = await check('Mistral AIは5億ユーロを調達した。フランス政府も2億ウォンを支援した。');
    assert.deepEqual(
      result.found(CODE).map((f) => f.fix),
      ['ユーロ'],
    );
  });

  it('accepts a currency that belongs to the story', async () => {
    const result = await check('インドのAI企業が100億ルピーを調達した。米国のNVIDIAも出資した。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('never questions dollars or yen', async () => {
    const result = await check('OpenAIは66億ドルを調達し、ソフトバンクグループは3兆円を投じる。');
    assert.deepEqual(result.found(CODE), []);
  });
});

describe('the implausible-currency message', () => {
  it('names a country the document does not name together with the entity it was inferred from', async () => {
    const [finding] = (await check('世界経済フォーラムでOpenAIの幹部が講演した。米国の企業は年間70億ルピーを投じている。')).found(CODE);
    assert.ok(finding);
    assert.match(finding.finding.message, /スイス \(via 世界経済フォーラム\)/);
    assert.doesNotMatch(finding.finding.message, /米国 \(via/, 'a country the document names is named as it is');
  });

  it('names every country of the currency, none by its ISO code', async () => {
    const [finding] = (await check('OpenAIとDeepSeekの競争について。米国の企業は年間70億ルピーを投じている。')).found(CODE);
    const reasons = finding?.finding.explanation?.reasons.join('\n') ?? '';
    assert.match(reasons, /インド.*スリランカ.*ネパール.*モーリシャス.*セーシェル/);
    assert.doesNotMatch(reasons, /\b(LK|NP|MU|SC|PK)\b/);
  });
});

describe('currencies judged by the entity the amount belongs to', () => {
  it('flags a US company’s round in euros in a story that is also about Europe, and proposes dollars', async () => {
    const result = await check('欧州委員会はAI法の施行を急ぐ。一方、OpenAIは66億ユーロを調達した。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix, f.severity]),
      [['ユーロ', 'ドル', 'warning']],
    );
  });

  it('flags pounds and yuan that belong to a company of another country', async () => {
    const pounds = await check('英国政府はAI安全研究所を設立した。NVIDIAは売上高で300億ポンドを記録した。');
    assert.deepEqual(
      pounds.found(CODE).map((f) => [f.flagged, f.fix]),
      [['ポンド', 'ドル']],
    );
    const yuan = await check('DeepSeekの躍進で中国は注目を集める。Anthropicは40億元を調達した。');
    assert.deepEqual(
      yuan.found(CODE).map((f) => [f.flagged, f.fix]),
      [['元', 'ドル']],
    );
  });

  it('accepts a company’s own currency, dollars and yen, and a currency another entity of the sentence uses', async () => {
    const texts = [
      'サムスン電子は韓国で10兆ウォンを投資する。米国のNVIDIAも注目している。',
      'Mistral AIは6億ユーロを調達した。OpenAIも新たな資金を集めている。',
      'OpenAIはフランスで10億ユーロを投資すると発表した。',
      'SKハイニックスは20億ドルを投じ、TSMCは熊本に1兆円を投じた。',
      'アリババは3800億元をAIに投じる。',
      '元素の研究に100億円が投じられた。中国の元CEOが語った。',
    ];
    for (const text of texts) assert.deepEqual((await check(text)).found(CODE), [], text);
  });

  it('is only information when the sentence is not about the entity’s own money', async () => {
    const [finding] = (await check('欧州委員会はAI法の施行を急ぐ。OpenAIによれば欧州の市場は2000億ユーロになる。')).found(CODE);
    assert.ok(finding === undefined || finding.severity === 'information');
  });

  it('is only information for a foreign company’s money in the currency the document counts in', async () => {
    const text =
      '英国政府は計算資源に20億ポンドを充てる。エディンバラのスーパーコンピューターには7億5000万ポンドが配分された。' +
      'グーグルは50億ポンドの投資を表明した。';
    const found = (await check(text)).found(CODE);
    assert.ok(found.length > 0, 'still noted');
    for (const finding of found) assert.equal(finding.severity, 'information', finding.finding.message);
  });
});

// Our own sentences: stories that count in dollars, with one figure in yen.
describe('yen where the story counts in another currency', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a seed round in yen beside a valuation in dollars: a warning proposing dollars',
        text: 'シードで20億円。評価額が120億ドル。去年は別の会社が5億ドルを集めました。',
        expected: [['円', 'ドル', 'warning']],
      },
      {
        name: 'a subscription in yen after a price in dollars in the same sentence',
        text: '価格は2万ドル、あるいは月額499円のサブスクリプションです。OpenAIは400億ドルを調達した。',
        expected: [['円', 'ドル', 'warning']],
      },
      {
        name: 'a lone yen figure in a dollar story, with no figure beside it: information only',
        text: 'OpenAIは400億ドルを調達した。Anthropicは130億ドルを集めた。\n\n次の交渉では5000億円が目標とされる。',
        expected: [['円', 'ドル', 'information']],
      },
      {
        name: 'a foreign company’s upfront payment in yen beside the deal’s total in dollars in the same sentence',
        text: 'OpenAIは400億ドルを調達した。ファイザーとの契約で、ある新興企業は一時金1200万円を受け取り、総額は最大9億ドルになる。',
        expected: [['円', 'ドル', 'warning']],
      },
    ],
    [
      {
        name: 'a foreign company’s yen with the other figure only in the next sentence (judged by its owner)',
        text: 'OpenAIは400億ドルを調達した。ファイザーは一時金1200万円を受け取った。総額は最大9億ドルになる。',
      },
      { name: 'a conversion in brackets', text: 'OpenAIは400億ドルを調達した。Anthropicは130億ドルを集めた。新しいプランは月額20ドル（約3000円）だ。' },
      {
        name: 'a conversion after 日本円で約',
        text: 'OpenAIは400億ドルを調達した。Anthropicは130億ドルを集めた。新しいプランは月額20ドル、日本円で約3000円だ。',
      },
      { name: 'a Japanese price (国内)', text: 'OpenAIは400億ドルを調達した。Anthropicは130億ドルを集めた。国内では月額3000円で提供される。' },
      { name: 'a Japanese company’s money', text: 'OpenAIは66億ドルを調達し、ソフトバンクグループは3兆円を投じる。Anthropicは130億ドルを集めた。' },
      { name: 'a story that counts in yen', text: '楽天は300億円を投じる。ソニーは500億円を投資した。OpenAIは66億ドルを調達した。' },
      {
        name: 'a yen figure converted for the reader into dollars after it',
        text: 'OpenAIは400億ドルを調達した。Anthropicは130億ドルを集めた。次の会社の評価額は3兆円、ドルで言うと約200億ドルだ。',
      },
    ],
  );
});

// Our own sentences; the figures are the knowledge base's published ones, and rates of real currencies.
describe('currencies judged by a published figure or by a conversion into themselves', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'the digits of a figure published in dollars, written in yuan in a Chinese story',
        text: 'DeepSeek-V3は中国のモデルだ。最終的な学習の費用はたった557万6000元だったと論文にある。',
        expected: [['元', 'ドル', 'warning']],
      },
      {
        name: 'dollars where the figure is published in rupees',
        text: 'IndiaAIミッションの予算は5年間で1037億1920万ドルだ。',
        expected: [['ドル', 'ルピー', 'warning']],
      },
      {
        name: 'an amount followed by its conversion into the same currency, at the rupee’s rate, in an Indian story',
        text: 'インド政府の予算総額は1037億ドル（約12億5000万ドル）で、計算基盤に充てられる。',
        expected: [['ドル', 'ルピー', 'warning']],
      },
      {
        name: 'a round figure published in dollars, in yen, where the sentence names its owner and what it is: information',
        text: 'ホスト：比較すると、OpenAIは従業員株の売却で5000億円という評価が出てます。',
        expected: [['円', 'ドル', 'information']],
      },
      {
        name: 'a round fine published in euros, in dollars, in a sentence naming no one that repeats a detail of the fine: information',
        text: '欧州AI法の罰則も決まっている。禁止されたAIを市場に出した事業者は、最大3500万ドルの制裁金を科される。',
        expected: [['ドル', 'ユーロ', 'information']],
      },
      {
        name: 'a round raise published in euros, in dollars, on a speaker’s line after the line with its month: information',
        text: 'ミストラルAIはパリの会社です。\n去年の話ですが、\n2024年の6月には\n6億ドルを調達しました。',
        expected: [['ドル', 'ユーロ', 'information']],
      },
      {
        name: 'a conversion in the same currency as the amount it converts: the conversion is wrong',
        text: 'インドのIndiaAIミッションの予算は1037億ルピー（約12億5000万ルピー）だ。',
        expected: [['ルピー', 'ドル', 'warning']],
      },
    ],
    [
      { name: 'a published figure in its own currency', text: 'DeepSeek-V3の学習費用は557万6000ドルだったと論文にある。中国のモデルだ。' },
      { name: 'a real conversion into another currency', text: 'インド政府の予算総額は1037億ルピー（約12億5000万ドル）だ。' },
      { name: 'a range written with brackets in one currency', text: 'インドのモデル開発に10億ドル（うち2億ドルは政府）を充てる。' },
      { name: 'a round figure whose sentence says another kind of figure', text: 'OpenAIは日本に5000億円を投じる。' },
      { name: 'a round figure whose sentence does not name its owner', text: 'トヨタは5000億円の評価を受けた。OpenAIの話もある。' },
      {
        name: 'a round dollar fine of someone else, in a story about a law with a fine of those digits in euros',
        text: '欧州AI法の罰則も決まっている。米国ではメタが禁止された手法で3500万ドルの制裁金を科された。',
      },
      {
        name: 'a round dollar raise of another month, on a speaker’s line',
        text: 'ミストラルAIはパリの会社です。\n2024年の9月には\n6億ドルを調達しました。',
      },
      {
        name: 'a round dollar raise of that month after a line that ended its sentence',
        text: 'ミストラルAIはパリの会社です。\n2024年の6月の話でした。\n6億ドルを調達しました。',
      },
      {
        name: 'a round dollar fine that repeats no detail of the published one',
        text: '欧州AI法の罰則も決まっている。ある事業者は3500万ドルの制裁金を払った。',
      },
    ],
  );
});

describe('an amount of a sentence that names no one belongs to the entity of the sentence before', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a round in euros after a sentence about a US company, in a story also about Europe: information',
        text: '欧州委員会はAI法を施行した。OpenAIは新しいモデルを発表した。調達額は10億ユーロでした。',
        expected: [['ユーロ', 'ドル', 'information']],
      },
    ],
    [
      { name: 'the currency of the entity before', text: 'Mistral AIはフランスの企業だ。調達額は6億ユーロでした。' },
      { name: 'a sentence that names someone of its own', text: '英国のAI安全研究所は2023年に発足した。欧州委員会は1億ユーロを拠出した。' },
    ],
  );
});

describe('dollars of the Japanese state, and of British and European ones', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a ministry’s support of more than a trillion dollars: a warning proposing yen',
        text: '経済産業省はこれまでに累計1兆7000億ドルを超える支援を決めている。',
        expected: [['ドル', '円', 'warning']],
      },
      {
        name: 'the Japanese government’s spending of ten trillion dollars',
        text: '日本政府は半導体とAIに2030年までに10兆ドル以上を投じる。',
        expected: [['ドル', '円', 'warning']],
      },
      {
        name: 'a ministry’s budget in dollars: information',
        text: '総務省はAIの研究開発に5億ドルの予算を充てる。',
        expected: [['ドル', '円', 'information']],
      },
      {
        name: 'a ministry named on the line before, which ends with 、 (a speaker’s clause carried on)',
        text: '総務省が去年、\n最大8億5000万ドルの助成を決めました。',
        expected: [['ドル', '円', 'information']],
      },
      {
        name: 'the British government’s spending in dollars: information proposing pounds',
        text: '英政府はこの原子力計画に25億ドル以上を投じる方針だ。',
        expected: [['ドル', 'ポンド', 'information']],
      },
      {
        name: 'a bare 政府 in a sentence that names Japan',
        text: '政府の半導体への支援は累計で2兆3000億ドルに上り、日本の産業政策としては異例だ。',
        expected: [['ドル', '円', 'warning']],
      },
    ],
    [
      { name: 'a Japanese company’s investment in dollars', text: 'ソフトバンクグループは米国に1000億ドルを投資する。' },
      { name: 'Japanese companies’ investment in dollars', text: 'インドの首相は、日本企業による今後10年間での約680億ドルの投資を強調した。' },
      { name: 'a conversion for the reader', text: '経済産業省は1兆円（約67億ドル）の支援を決めた。' },
      { name: 'dollars of a US company in a sentence that names a ministry after them', text: 'OpenAIは400億ドルを調達し、経済産業省も注目している。' },
      { name: 'a ministry on the line before, which ended its sentence', text: '総務省が発表しました。\n最大8億5000万ドルの助成が米国で決まりました。' },
      { name: 'another country’s government', text: '米政府の半導体への支援は累計で530億ドルに上り、日本も注目する。' },
      { name: 'the Korean government’s money in dollars, as English sources give it', text: '韓国政府は半導体産業に4700億ドルを投じる計画だ。' },
      { name: 'a British company’s investment in dollars', text: 'Armは米国に10億ドルを投資する。' },
      { name: 'a bare 政府 in a story that is not about Japan', text: 'フランスのAI企業が伸びている。政府の支援は累計で25億ドルに上る。' },
    ],
  );
});

describe('yuan before 以上, and the currency a Japanese entity’s money is in', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a Japanese company’s support in yuan, written 元以上: yen proposed',
        text: '中国の半導体も伸びている。政府はラピダスに、累計で1兆7000億元以上の支援を決めた。',
        expected: [['元', '円', 'information']],
      },
    ],
    [{ name: 'words that begin with 元', text: '中国の元首が元年を祝った。ラピダスの元社員が語った。' }],
  );
});

// Our own sentences: a story about American companies that names Britain or Germany once.
const AMERICAN_STORY =
  '英国のアームも登壇した。エヌビディアのジェンスン・フアンCEOは新しいGPUを発表した。マイクロソフトとグーグルとアマゾンとオラクルも採用する。\n\n';

describe('a currency of a country the story names only in passing', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'pounds in a paragraph about nothing British, in a story about American companies: information proposing dollars',
        text: `${AMERICAN_STORY}講演では、世界の設備投資が2028年までに1兆ポンドを超えるとの見通しも示された。`,
        expected: [['ポンド', 'ドル', 'information']],
      },
      {
        name: 'euros for a price, with Germany named once at the start',
        text: `ドイツの代表も登壇した。${AMERICAN_STORY.slice('英国のアームも登壇した。'.length)}新しい小型機の価格は3,000ユーロからとされた。`,
        expected: [['ユーロ', 'ドル', 'information']],
      },
    ],
    [
      { name: 'the amount’s sentence names the country', text: `${AMERICAN_STORY}英国政府は、国内の計算基盤に10億ポンドを投じる。` },
      { name: 'the sentence before names the country', text: `${AMERICAN_STORY}英国政府は新しい計画を発表した。総額は5億ポンドだ。` },
      {
        name: 'the country is named about as often as the main one',
        text: '英国のアームが登壇した。英国政府とディープマインドも参加した。エヌビディアも来た。\n\n設備投資は10億ポンドを超える見通しだ。',
      },
      {
        name: 'the document counts in that currency',
        text: `${AMERICAN_STORY}ある会社は1億ポンドを集めた。別の会社は2億ポンドを集めた。三つ目は3億ポンドだった。`,
      },
    ],
  );
});

// Our own sentences: dollars of other countries (台湾ドル, 香港ドル, シンガポールドル) are currencies of their own.
describe('dollars of other countries', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a government’s budget in the dollars of a country the story does not name: its own currency proposed',
        text: 'シンガポール金融管理局は5億シンガポールドルを投じた。香港の銀行も10億香港ドルを投資した。香港政府はAI研究所に20億台湾ドルを充てた。',
        expected: [['台湾ドル', '香港ドル', 'warning']],
      },
      {
        name: 'a vague amount in euros in a story about an American company only',
        text: 'オラクルの決算説明会です。この四半期だけで、3社と数十億ユーロ規模の契約を結びました。',
        expected: [['ユーロ', 'ドル', 'information']],
      },
      {
        name: 'Singapore dollars in a story about American companies only',
        text: 'OpenAIとAnthropicの競争について。OpenAIは新たに30億シンガポールドルを調達した。',
        expected: [['シンガポールドル', 'ドル', 'warning']],
      },
    ],
    [
      { name: 'a Taiwanese company’s money in New Taiwan dollars', text: 'TSMCの第3四半期の売上高は9899億台湾ドルだった。' },
      { name: 'a Hong Kong story in Hong Kong dollars', text: '香港政府はAI研究所の設立に10億香港ドルを充てた。' },
      {
        name: 'a topic the knowledge base does not know owns the money, not the company named after it',
        text: '英国のAI政策について。ハリントン首相は、エヌビディアのジェンスン・フアンCEOと同じ壇上で、計算資源に10億ポンドを投じると表明した。',
      },
      { name: 'a chip is no owner of money', text: '日本のクラウド事業者です。NVIDIA B200を2000基調達し、投資額は約200億円を見込む。' },
      {
        name: 'a vague yen figure in a dollar story: a rough sum for the reader, which ドル would make a hundred times larger',
        text: 'OpenAIとAnthropicの競争について。OpenAIは66億ドルを、Anthropicは40億ドルを調達した。GPUを1万基そろえるには数十億円かかる。',
      },
    ],
  );
});

describe('euros of firms of EU members outside the euro area', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a US company’s round in euros, in a story that also names a Swedish firm',
        text: 'スポティファイは新しい機能を発表した。OpenAIは5億ユーロを調達した。',
        expected: [['ユーロ', 'ドル', 'warning']],
      },
    ],
    [
      { name: 'a Swedish firm’s round in euros', text: 'OpenAIは400億ドルを調達した。スウェーデンのラバブルは2億ユーロを調達した。' },
      {
        name: 'a round led by a Swedish founder, in euros',
        text: 'OpenAIは400億ドルを調達した。ダニエル・エクが主導して、新しいラウンドで6億ユーロを調達した。',
      },
      {
        name: 'money of a person of a euro-area member that joined lately (Estonia)',
        text: 'OpenAIは400億ドルを調達した。ヤーン・タリンは新しい基金に1億ユーロを出資した。',
      },
    ],
  );
});
