import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';
import { detectorTable } from '../support/detectorTable';

const CODE = 'garbled-katakana-name';

describe('garbled katakana names', () => {
  it('corrects a surname misheard after a correct given name', async () => {
    const result = await check('OpenAIの発表について、サム・アルマン氏は慎重な見方を示した。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['アルマン', 'アルトマン']],
    );
  });

  it('corrects a company name that lost its end, using the spelling the document already uses', async () => {
    const result = await check('ディープシークは新モデルを公開した。専門家はディープスの手法に注目している。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['ディープス', 'ディープシーク']],
    );
  });

  it('corrects a one-sound slip in a name of the story', async () => {
    const result = await check('アンソロピックは安全性を重視する。アンソロピッタの共同創業者が講演した。');
    assert.equal(result.found(CODE)[0]?.fix, 'アンソロピック');
  });

  it('leaves alone a piece of a word the line before runs into, and judges the same word after a finished line', async () => {
    const cut = await check('ポール・グ\nレアムは新しいモデルを発表した。ラムリサーチの装置も紹介された。');
    assert.deepEqual(cut.found(CODE), []);
    const whole = await check('ラムリサーチは新しい装置を発表した。\nレアムは新しいモデルを発表した。');
    assert.deepEqual(
      whole.found(CODE).map((f) => [f.flagged, f.fix]),
      [['レアム', 'ラムリサーチ']],
    );
    // After a name's separator the line starts a part of its own.
    const part = await check('OpenAIのサム・\nアルマン氏は慎重な見方を示した。');
    assert.deepEqual(
      part.found(CODE).map((f) => [f.flagged, f.fix]),
      [['アルマン', 'アルトマン']],
    );
  });

  it('leaves ordinary loanwords alone, including ones newer than the dictionary', async () => {
    const result = await check('ディープシークの発表はツイートで拡散し、センサーやテナントの話題も出た。オープンソースの議論も続いた。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('leaves loanwords alone that end as English nouns are rendered, or differ from a name only by a final ー', async () => {
    for (const text of [
      'モービルアイの元幹部で、いまはモビリティ担当のアナリストが解説した。',
      'インテル・ファウンドリーは新工場を公表し、サムスンも自社ファウンドリの4ナノで巻き返す。',
    ]) {
      assert.deepEqual((await check(text)).found(CODE), [], text);
    }
  });

  it('leaves unknown foreign names alone when no similar entity is in the story', async () => {
    const result = await check('フランスの研究者ルノワール氏とベルナール氏が対談した。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('does not take a nickname for a garbled given name', async () => {
    const result = await check('デイビッド・シャピロは動画で語った。デイブはこう続けた。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('flags a name that lost a long-vowel mark', async () => {
    const result = await check('ディープシークの新モデル。ディープシクの研究者は語った。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['ディープシク', 'ディープシーク']],
    );
  });

  it('catches a given name run into the end of the surname, as a guess', async () => {
    const result = await check('OpenAIの発表について、サムマンは慎重だった。');
    const [finding] = result.found(CODE);
    assert.equal(finding?.flagged, 'サムマン');
    assert.equal(finding?.severity, 'information');
  });

  it('calls another transliteration of a known name information, never garbled', async () => {
    for (const [text, written, fix] of [
      ['アンソロピックのClaudeは人気だ。アントロピックの研究者も登壇した。', 'アントロピック', 'アンソロピック'],
      ['マイクロソフトはコパイロットを発表した。コーパイロットは便利だ。', 'コーパイロット', 'コパイロット'],
      ['OpenAIの共同創業者イリヤ・サツケヴァーが語った。', 'サツケヴァー', 'サツケバー'],
      // A person's name with a long vowel or a doubled consonant more or less: style books disagree on these.
      ['マイクロンのサンジェイ・メロトラCEOは、HBMの増産を語った。', 'メロトラ', 'メロートラ'],
      ['欧州委員会のヘンナ・ヴィルックネン上級副委員長が、AI法の運用を説明した。', 'ヴィルックネン', 'ヴィルクネン'],
    ] as const) {
      const found = (await check(text)).found(CODE);
      assert.deepEqual(
        found.map((f) => [f.flagged, f.fix, f.severity]),
        [[written, fix, 'information']],
        text,
      );
      assert.ok(!found[0]?.finding.message.includes('garbled'));
    }
  });

  it('takes a known given name with a known surname of the same person for that person', async () => {
    const result = await check('Mistral AIのCEOアルチュール・メンシュが登壇した。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('reads a name written with a space as the whole name, and offers the document’s spelling', async () => {
    const result = await check('エヌビディアのジェンスン・フアンCEOが語った。ジェンセン ファンは強気だ。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix, f.severity]),
      [['ジェンセン ファン', 'ジェンスン・フアン', 'information']],
    );
    assert.equal(result.fixed(CODE), 'エヌビディアのジェンスン・フアンCEOが語った。ジェンスン・フアンは強気だ。');
  });

  it('does not take the given name of a Korean name for a surname (パク・ソンヒョン, チョン・ヨンヒョン)', async () => {
    const result = await check('リベリオンズのパク・ソンヒョンCEOは新チップを語った。サムスン電子のイ・ヨンヒョン氏も登壇した。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('still corrects the surname of a person whose family name comes last, heard wrong', async () => {
    const result = await check('欧州委員会のヘンナ・ビルクーメン上級副委員長が、AI法の運用を説明した。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['ビルクーメン', 'ヴィルクネン']],
    );
  });

  it('takes a known name with a word added (クロードアイ) for a name of its own', async () => {
    const result = await check('Claudeの新機能について。クロードアイの使い方を紹介します。');
    assert.deepEqual(result.found(CODE), []);
  });
});

describe('garbled katakana names: a name in a name place, another person known by that spelling, a name run together', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a surname before a title is one name, even when it splits into dictionary words (フェルト+マン)',
        text: 'セレブラスのアンドリュー・フェルドマン氏が語った。フェルトマン氏によると推論は速い。',
        expected: [['フェルトマン', 'フェルドマン', 'error']],
      },
      {
        name: 'a known spelling of a person the story does not name, for a person it names: information',
        text: 'ウェイブのCEOはアレックス・ケンドールだ。ケンダルさんは地図に頼らない運転を語った。',
        expected: [['ケンダル', 'ケンドール', 'information']],
      },
      {
        name: 'a given name and surname heard as one word, beside the company: information with the whole name',
        text: 'ブロードコムのホクタムCEOは、カスタムチップの需要が強いと話した。',
        expected: [['ホクタム', 'ホック・タン', 'information']],
      },
    ],
    [
      {
        name: 'a compound of dictionary words not before a title stays ordinary',
        text: 'セレブラスのアンドリュー・フェルドマン氏が語った。フェルトマンションの話ではない。',
      },
      {
        name: 'a known spelling of a person the story names is that person',
        text: '英国のリズ・ケンダル大臣とウェイブのアレックス・ケンドールが会った。ケンダルさんは笑った。',
      },
      { name: 'a name run together, with nothing of the person in the story', text: '市場ではホクタム社の新製品が話題になった。' },
    ],
  );
});

describe('garbled katakana names: the fix follows the document and the canonical spelling', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a garbled surname is fixed to the surname of the full name the document writes, not to an alias that sounds closer',
        text: 'OpenAIのサム・アルトマンCEOが登壇した。オールトメン氏は計算資源の話をした。',
        expected: [['オールトメン', 'アルトマン', 'error']],
      },
    ],
    [{ name: 'the name written the known way', text: 'パープレキシティのアラビンド・スリニバスCEOは、新しい検索機能を発表した。' }],
  );

  it('calls such a spelling another way of writing the name, not a garble', async () => {
    const [finding] = (await check('パープレキシティのアラヴィンド・スリニヴァスCEOは、新しい検索機能を発表した。')).found(CODE);
    assert.match(finding?.finding.message ?? '', /another way of writing/);
  });
});

describe('garbled katakana names: both parts of a name heard wrong', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a surname close to a known person and a given name heard wrong too: the whole name is the fix',
        text: 'テスラでAIを率いるアシャク・エレスワニー氏は、カメラだけで走れると語った。',
        expected: [['アシャク・エレスワニー', 'アショク・エルスワミー', 'information']],
      },
      {
        name: 'every part the same sounds written with ヴ for ブ, beside the known spelling: another way of writing the name, information',
        text: 'アラビンド・スリニバス氏が登壇した。アラヴィンド・スリニヴァスCEOは、出版社との提携を語った。',
        expected: [['アラヴィンド・スリニヴァス', 'アラビンド・スリニバス', 'information']],
      },
    ],
    [
      {
        name: 'a given name that is another real name (デイビッド) stays: only the surname is in question',
        text: 'テスラのデイビッド・エルスワミー氏が語った。',
      },
    ],
  );
});

describe('garbled katakana names: a word in a name’s place heard like one known name only (heardName.ts)', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a neocloud in a list, a vowel off and a long vowel added',
        text: 'ネオクラウドでは、コアウィーブや、ネビアースといった企業が伸びている。',
        expected: [['ネビアース', 'ネビウス', 'information']],
      },
      {
        name: 'the builder of a site, voiced and with its long vowel written ウ',
        text: 'テキサスの最初の拠点は、クルーゾウが建設を進めている。',
        expected: [['クルーゾウ', 'クルーソー', 'information']],
      },
      {
        name: 'a surname heard wrong after a given name written right, the story naming nothing of the person',
        text: '無人トラックのオーロラは、クリス・アルムスンさんがCEOだ。',
        expected: [['アルムスン', 'アームソン', 'information']],
      },
      {
        name: 'a company bought, heard a vowel off (the object of a deal)',
        text: 'エヌビディアの光スイッチは、メラニックスを買った成果だ。',
        expected: [['メラニックス', 'メラノックス', 'warning']],
      },
      {
        name: 'a town after its state and の, a vowel off and its long vowel lost',
        text: 'スターゲートの最初の拠点は、テキサス州のアベリンで建設が進む。',
        expected: [['アベリン', 'アビリーン', 'information']],
      },
      {
        name: 'a product after its known maker and の, its last sound lost',
        text: '放射線科の分野では、マイクロソフトのニュアンが強い。',
        expected: [['ニュアン', 'ニュアンス', 'information']],
      },
      {
        name: 'a person somewhere, the dot of the name set a sound off (リチャサ・トン)',
        text: 'それからエドモントンにはリチャサ・トンがいて、強化学習を研究している。',
        expected: [['リチャサ・トン', 'リチャード・サットン', 'information']],
      },
    ],
    [
      { name: 'a brand that starts with a letter’s name (N + scale), not another name', text: 'ロンドンの新興企業エヌスケールは9月に資金を調達した。' },
      { name: 'the same word where no name stands', text: 'ネビアースの香りがする紅茶を飲んだ。' },
      { name: 'a loanword after a known maker and の', text: 'マイクロソフトのチームは新しいツールを試した。' },
      { name: 'another person who shares a given name with a known one', text: '次はジェフリーズのブレント・ティルさんです。' },
      { name: 'a known person written another way', text: 'ノーベル化学賞はデイヴィッド・ベイカーが受けた。' },
    ],
  );
});

describe('garbled katakana names: a word in no name’s place heard like one organisation only (heardName.ts, sound only)', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a chip startup heard a sound off, the document saying what it does: raised by what it says',
        text: '推論用のAIチップを作るスタートアップでは、デイマトリスも注目されている。',
        expected: [['デイマトリス', 'ディーマトリックス', 'warning']],
      },
      {
        name: 'the same word with nothing of the company in the document: a hint only',
        text: 'この会議では、デイマトリスという名前も何度か出てきた。',
        expected: [['デイマトリス', 'ディーマトリックス', 'hint']],
      },
    ],
    [
      {
        name: 'an ordinary word near an organisation’s first word only (ブログ, ブラック)',
        text: 'ブラック・フォレスト・ラボの画像モデルについて、ブログで紹介した。',
      },
      { name: 'a short loanword: too few sounds to be judged by sound alone', text: 'セキュリティの会議では、サイバーの話が続いた。' },
      { name: 'a word near a person’s name, in no name’s place: people share sounds', text: '会場では、ジェンスンフワンという声が聞こえた。' },
    ],
  );
});

describe('garbled katakana names: a name the document writes right elsewhere, heard a little off (heardName.ts)', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'an organisation’s first word, heard with ル for a long vowel, beside its full name',
        text: 'アイソモーフィック・ラボは新薬の候補を発表した。アイソモルフィックとしては初めての外部資金だ。',
        expected: [['アイソモルフィック', 'アイソモーフィック', 'information']],
      },
    ],
    [{ name: 'the same word with nothing of the organisation in the document and no name’s place', text: '研究者はアイソモルフィックな構造について話した。' }],
  );
});

describe('garbled katakana names: a spelling judged against the English name (renderedSpelling.ts)', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a name written with ヴ where the known spelling has バ行: as true to the English, information',
        text: 'パープレキシティのアラヴィンド・スリニヴァスCEOは、新しい検索機能を発表した。',
        expected: [['アラヴィンド・スリニヴァス', 'アラビンド・スリニバス', 'information']],
      },
      {
        name: 'a name with a sound lost, further from the English than the known spelling: still a garble',
        text: 'パープレキシティのアラビンド・スリバスCEOは、新しい検索機能を発表した。',
        expected: [['スリバス', 'スリニバス', 'error']],
      },
      {
        name: 'an r after a vowel heard (Isomorphic as アイソモルフィック), where the known spelling writes a long vowel: information',
        text: 'アイソモルフィック・ラボは創薬AIの新しいモデルを発表した。',
        expected: [['アイソモルフィック・ラボ', 'アイソモーフィック・ラボ', 'information']],
      },
      {
        name: 'a company in a story about it, written closer to its English (Ayar as アイヤー) than the known spelling: information',
        text: 'アヤー・ラボは光インターコネクトを開発している。投資家はアイヤー・ラボに注目している。',
        expected: [['アイヤー・ラボ', 'アヤー・ラボ', 'information']],
      },
    ],
    [{ name: 'the name written the known way', text: 'パープレキシティのアラビンド・スリニバスCEOは、新しい検索機能を発表した。' }],
  );

  it('calls such a spelling another way of writing the name, not a garble', async () => {
    const [finding] = (await check('パープレキシティのアラヴィンド・スリニヴァスCEOは、新しい検索機能を発表した。')).found(CODE);
    assert.match(finding?.finding.message ?? '', /another way of writing/);
  });
});

describe('garbled katakana names: another transliteration, judged by the name and by the document', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a d before r written ドゥル where the known spelling writes ドル: another transliteration of a person’s name, information',
        text: 'アレフ・アルファのヨナス・アンドゥルリスCEOは、欧州のAIについて語った。',
        expected: [['アンドゥルリス', 'アンドルリス', 'information']],
      },
      {
        name: 'a long vowel left out inside a company’s name the document never writes in full: the writer’s spelling, information',
        text: 'AIエディターのCursorを作るエニスフィアは、新たな資金を調達した。',
        expected: [['エニスフィア', 'エニースフィア', 'information']],
      },
      {
        name: 'the same long vowel left out beside the full spelling in the same document: a sound dropped',
        text: 'エニースフィアは新たな資金を調達した。エニスフィアの評価額も上がった。',
        expected: [['エニスフィア', 'エニースフィア', 'error']],
      },
      {
        name: 'a spelling the document writes first and as often as the known one: information, the writer to say which is meant',
        text: 'リプリットは開発環境を提供する。レプリットのエージェント機能も人気だ。',
        expected: [['リプリット', 'レプリット', 'information']],
      },
      {
        name: 'a spelling the document writes more often than the known one: information',
        text: 'リプリットは開発環境を提供する。リプリットの利用者は増え、レプリットのエージェント機能も人気だ。',
        expected: [
          ['リプリット', 'レプリット', 'information'],
          ['リプリット', 'レプリット', 'information'],
        ],
      },
      {
        name: 'a spelling the document writes as often as the known one, but after it: still a garble',
        text: 'レプリットは開発環境を提供する。リプリットのエージェント機能も人気だ。',
        expected: [['リプリット', 'レプリット', 'error']],
      },
      {
        name: 'a spelling the document writes less often than the known one: still a garble',
        text: 'レプリットは開発環境を提供する。レプリットの利用者は増え、リプリットのエージェント機能も人気だ。',
        expected: [['リプリット', 'レプリット', 'error']],
      },
    ],
    [{ name: 'the person’s name written the known way', text: 'アレフ・アルファのヨナス・アンドルリスCEOは、欧州のAIについて語った。' }],
  );
});

describe('garbled katakana names: two sounds swapped', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a surname with two sounds swapped after the given name written right',
        text: 'ギットハブのトーマス・ドケムCEOは、開発者の話をした。',
        expected: [['ドケム', 'ドムケ', 'error']],
      },
      {
        name: 'a surname with two sounds swapped, the onset among them, after the given name written right',
        text: 'ウィンドサーフのヴァルン・ハモンCEOは、開発者の話をした。',
        expected: [['ハモン', 'モハン', 'warning']],
      },
    ],
    [
      { name: 'the name written right', text: 'ギットハブのトーマス・ドムケCEOは、開発者の話をした。' },
      { name: 'two sounds swapped in a word of nothing the story names', text: '港ではドケムという名の船が待っていた。' },
    ],
  );
});

// Real companies of the knowledge base (Unitree, Wipro), in sentences we wrote.
describe('garbled katakana names: short loanwords run together, a sound off a name the document writes', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a word read only as short words (ユニ + トリー) beside the company the document names: information with its spelling',
        text: 'ユニツリーは四足歩行ロボットで知られる。ユニトリーの新型は安い。',
        expected: [['ユニトリー', 'ユニツリー', 'information']],
      },
      {
        name: 'another onset spelling (ワイ for ウィ) of a company the document names',
        text: 'インドのウィプロは決算を発表した。ワイプロの売上は伸び悩んでいる。',
        expected: [['ワイプロ', 'ウィプロ', 'information']],
      },
    ],
    [
      { name: 'the company not written in the document', text: 'ワイプロの売上は伸び悩んでいる。' },
      { name: 'a run of short words that sounds like no name the document writes', text: 'ウィプロは決算を発表した。ワイドショーの話題になった。' },
    ],
  );
});
