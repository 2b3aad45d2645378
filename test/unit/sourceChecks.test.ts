/** Table tests of each check against an English source: what it flags (with its fix and source span) and what it leaves alone. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';
import { checkPair } from '../support/pairs';

interface Flagged {
  readonly ja: string;
  readonly en: string;
  readonly flagged: string;
  readonly fix: string | undefined;
  readonly source: string;
}

interface Clean {
  readonly ja: string;
  readonly en: string;
}

function table(code: string, flagged: readonly Flagged[], clean: readonly Clean[]): void {
  describe(code, () => {
    for (const c of flagged) {
      it(`flags 「${c.flagged}」 against "${c.source}"`, async () => {
        const found = (await checkPair(c.ja, c.en)).found(code);
        assert.deepEqual(
          found.map((f) => ({ flagged: f.flagged, fix: f.fix, source: f.sourceText })),
          [{ flagged: c.flagged, fix: c.fix, source: c.source }],
        );
      });
    }
    for (const c of clean) {
      it(`leaves alone: ${c.ja.split('\n')[0]}`, async () => {
        assert.deepEqual(
          (await checkPair(c.ja, c.en)).found(code).map((f) => f.flagged),
          [],
        );
      });
    }
  });
}

table(
  'number-mismatch',
  [
    { ja: 'その会社は55万ドルを調達した。', en: 'The company raised $5.5 million.', flagged: '55万', fix: '550万', source: '$5.5 million' },
    { ja: '売上高は1.2億ドルに達した。', en: 'Revenue reached 1.2 billion dollars.', flagged: '1.2億', fix: '12億', source: '1.2 billion dollars' },
    { ja: '利用者は30%増えた。', en: 'Users grew by 13%.', flagged: '30', fix: '13', source: '13%' },
    { ja: '同社は2023年に設立された。', en: 'The company was founded in 2021.', flagged: '2023', fix: '2021', source: '2021' },
    { ja: '利用者は30万人に達した。', en: 'Users reached three million.', flagged: '30万', fix: '300万', source: 'three million' },
  ],
  [
    { ja: 'その会社は550万ドルを調達した。', en: 'The company raised $5.5 million.' },
    { ja: '売上高は12億ドルに達した。', en: 'Revenue reached $1.2 billion.' },
    { ja: '投資額は12億5000万ドルだった。', en: 'The investment was $1.25 billion.' },
    { ja: '利用者は40パーセント増えた。', en: 'Users grew by 40 percent.' },
    // A conversion into yen is the translator's choice, not a wrong number.
    { ja: 'その会社は約8億円を調達した。', en: 'The company raised $5.5 million.' },
    // Model names are no numbers.
    { ja: 'GPT-4oはGPT-4より速い。', en: 'GPT-4o is faster than GPT-4.' },
  ],
);

table(
  'currency-mismatch',
  [
    { ja: '訓練費は550万ルピーだった。', en: 'Training cost $5.5 million.', flagged: 'ルピー', fix: 'ドル', source: '$5.5 million' },
    { ja: '罰金は20億ドルだった。', en: 'The fine was €2 billion.', flagged: 'ドル', fix: 'ユーロ', source: '€2 billion' },
  ],
  [
    { ja: '罰金は20億ユーロだった。', en: 'The fine was 2 billion euros.' },
    { ja: '訓練費は約8億円だった。', en: 'Training cost $5.5 million.' },
  ],
);

table(
  'unit-mismatch',
  [{ ja: '施設は5メガワットの電力を使う。', en: 'The site draws 5 gigawatts of power.', flagged: 'メガワット', fix: 'ギガワット', source: '5 gigawatts' }],
  [
    { ja: '施設は5ギガワットの電力を使う。', en: 'The site draws 5 gigawatts of power.' },
    { ja: '施設は5GWの電力を使う。', en: 'The site draws 5 GW of power.' },
  ],
);

table(
  'name-mismatch',
  [
    { ja: 'ディープスは新しいモデルを公開した。', en: 'DeepSeek released a new model.', flagged: 'ディープス', fix: 'ディープシーク', source: 'DeepSeek' },
    { ja: 'Andresenは強気だった。', en: 'Andreessen was bullish.', flagged: 'Andresen', fix: 'Andreessen', source: 'Andreessen' },
  ],
  [
    { ja: 'ディープシークは新しいモデルを公開した。', en: 'DeepSeek released a new model.' },
    { ja: '同社は新しいモデルを公開した。', en: 'DeepSeek released a new model.' },
    { ja: 'アルトマン氏は登壇した。', en: 'Sam Altman took the stage.' },
  ],
);

table(
  'untranslated-segment',
  [
    {
      ja: 'Sanctions have not stopped the labs from training new models.',
      en: 'Sanctions have not stopped the labs from training new models.',
      flagged: 'Sanctions have not stopped the labs from training new models.',
      fix: undefined,
      source: 'Sanctions have not stopped the labs from training new models.',
    },
  ],
  [
    { ja: '制裁は研究所の新しいモデルの訓練を止めていない。', en: 'Sanctions have not stopped the labs from training new models.' },
    { ja: 'Hugging Face', en: 'Hugging Face' },
  ],
);

const PARAGRAPH_EN = [
  'OpenAI released a new reasoning model on Tuesday.',
  'The company said the model solves harder maths problems than before.',
  'It costs $20 per million tokens, twice the price of GPT-4o, according to the company.',
  'Developers can try it through the API starting next week.',
  'Pricing for large customers has not been announced yet.',
].join('\n');

const PARAGRAPH_JA = [
  'OpenAIは火曜日、新しい推論モデルを公開した。',
  '同社によると、このモデルは以前より難しい数学の問題を解ける。',
  '同社によれば、料金は100万トークンあたり20ドルで、GPT-4oの2倍である。',
  '開発者は来週からAPIで試すことができる。',
  '大口顧客向けの価格はまだ発表されていない。',
].join('\n');

describe('omitted-segment', () => {
  it('flags a source sentence with no translation, on the sentence before the gap', async () => {
    const ja = PARAGRAPH_JA.split('\n')
      .filter((_, i) => i !== 2)
      .join('\n');
    const found = (await checkPair(ja, PARAGRAPH_EN)).found('omitted-segment');
    assert.deepEqual(
      found.map((f) => ({ flagged: f.flagged, source: f.sourceText })),
      [
        {
          flagged: '同社によると、このモデルは以前より難しい数学の問題を解ける。',
          source: 'It costs $20 per million tokens, twice the price of GPT-4o, according to the company.',
        },
      ],
    );
  });
  it('leaves a complete translation alone', async () => {
    assert.deepEqual((await checkPair(PARAGRAPH_JA, PARAGRAPH_EN)).found('omitted-segment'), []);
  });
});

describe('added-segment', () => {
  it('flags a translated sentence with no source', async () => {
    const lines = PARAGRAPH_JA.split('\n');
    lines.splice(3, 0, 'この発表を受けて、Googleの株価は5%下落したと多くの専門家が述べている。');
    const found = (await checkPair(lines.join('\n'), PARAGRAPH_EN)).found('added-segment');
    assert.deepEqual(
      found.map((f) => f.flagged),
      ['この発表を受けて、Googleの株価は5%下落したと多くの専門家が述べている。'],
    );
  });
  it('leaves a translator’s note alone', async () => {
    const lines = PARAGRAPH_JA.split('\n');
    lines.splice(3, 0, '（訳注：APIはアプリケーション・プログラミング・インターフェースの略である。）');
    assert.deepEqual((await checkPair(lines.join('\n'), PARAGRAPH_EN)).found('added-segment'), []);
  });
});

describe('inconsistent-term', () => {
  const en = ['Sanctions hit the chip makers hard.', 'The sanctions were widened in the spring.', 'New sanctions followed in the autumn.'].join('\n');
  it('flags the rarer rendering of one source term, with the more used one as the fix', async () => {
    const ja = ['制裁は半導体メーカーに大きな打撃を与えた。', '春には制裁措置が拡大された。', '秋には新たな制裁が続いた。'].join('\n');
    const found = (await checkPair(ja, en)).found('inconsistent-term');
    assert.deepEqual(
      found.map((f) => ({ flagged: f.flagged, fix: f.fix, source: f.sourceText })),
      [{ flagged: '制裁措置', fix: '制裁', source: 'sanctions' }],
    );
  });
  it('leaves one rendering used throughout alone', async () => {
    const ja = ['制裁は半導体メーカーに大きな打撃を与えた。', '春には制裁が拡大された。', '秋には新たな制裁が続いた。'].join('\n');
    assert.deepEqual((await checkPair(ja, en)).found('inconsistent-term'), []);
  });
});

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
