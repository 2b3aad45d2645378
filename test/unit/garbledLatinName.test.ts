import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';
import { detectorTable } from '../support/detectorTable';

const CODE = 'garbled-latin-name';

describe('garbled Latin-script names', () => {
  it('flags a truncated or misheard name when the entity is part of the story', async () => {
    const result = await check('DeepSeekは杭州の企業です。先月、Deepsekが新しいモデルを発表しました。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['Deepsek', 'DeepSeek']],
    );
  });

  it('catches letters swapped by a French writer (IA for AI)', async () => {
    const result = await check('OpenAIは新しいモデルを公開した。OpneAIの幹部は東京で会見した。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['OpneAI', 'OpenAI']],
    );
  });

  it('catches a name missing its last letter', async () => {
    const result = await check('マスク氏はTwitterを買収した。その後、Twitteの社員の半数が解雇された。');
    const [finding] = result.found(CODE);
    assert.equal(finding?.flagged, 'Twitte');
    assert.equal(finding?.fix, 'Twitter');
  });

  it('catches a name heard as several English words', async () => {
    const result = await check('オープンAIのCEOが来日した。記者会見ではOpen the Eyesの新製品が紹介された。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['Open the Eyes', 'OpenAI']],
    );
  });

  it('leaves ordinary English words alone, even next to a similar name', async () => {
    const result = await check('DeepMindの研究者はDeep Learningとopen sourceの重要性を語った。Metaも同じ考えだ。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('leaves a word of a known name alone, even when it is near another name (Brian beside Brin)', async () => {
    const result = await check('Googleの共同創業者Sergey Brinが登壇した。司会のBrianが最初に質問した。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('says nothing about unknown names when no similar entity is in the story', async () => {
    const result = await check('ベルリンの研究者Kowalczykは、Jawfoxの写真を紹介した。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('ignores web addresses and acronyms', async () => {
    const result = await check('DeepSeekの発表はhttps://example.com/deepsek-news で読める。DPSの記事もある。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('is only a hint-free warning or error when the entity is named elsewhere', async () => {
    const result = await check('Nvidiaの決算が発表された。Nvidaの株価は上がった。');
    const [finding] = result.found(CODE);
    assert.equal(finding?.fix, 'Nvidia');
    assert.ok(finding && ['warning', 'error'].includes(finding.severity));
  });

  it('reads consonant abbreviations of a name in the story, as information only', async () => {
    const result = await check('DeepSeekは注目の的だ。DeepSeekの新モデルについて、DPSの広報は沈黙している。');
    const [finding] = result.found(CODE);
    assert.equal(finding?.flagged, 'DPS');
    assert.equal(finding?.fix, 'DeepSeek');
    assert.equal(finding?.severity, 'information');
  });

  it('does not read an acronym as a name the story does not repeat', async () => {
    const result = await check('DeepSeekの話題。ゲームのDPSが上がった。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('takes a name that extends a known one (a version, a second brand word) for a name of its own', async () => {
    const result = await check('アリババのQwenは人気だ。新しいQwen3も出た。SpaceXとxAIの話ではSpaceXAIという呼び名も出た。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('takes another model number of a known line (MI350 beside MI355X) for a model of its own', async () => {
    const result = await check('AMDは本日、Instinct MI350シリーズを発表した。MI350XとMI355Xが含まれ、来年はMI450が続く。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('takes a compound of English words for a brand the knowledge base lacks, not a garble of a similar one', async () => {
    const result = await check('OpenAIの発表の後、OpenClawというエージェントが話題になった。OpenAIもコメントした。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('leaves a name cut by an invisible character alone (its fix would double a letter)', async () => {
    const result = await check('AdobeとNVIDIAの提携で、Adob\u200B\u200Be ツールが速くなった。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('takes a Latin spelling written the same way three times for the source’s own name, and a lone one for a garble', async () => {
    const consistent = await check('Claudeの話の後、Cloudeという道具を紹介した。Cloudeは無料だ。Cloudeの作者は語った。');
    assert.deepEqual(consistent.found(CODE), []);
    const lone = await check('Claudeの話の後、Cloudeという道具を紹介した。Claudeの作者も語った。');
    assert.deepEqual(
      lone.found(CODE).map((f) => f.flagged),
      ['Cloude'],
    );
  });
});

describe('garbled Latin names: the same sounds in other letters', () => {
  detectorTable(
    'garbled-latin-name',
    [
      {
        name: 'a soft g heard as j, whatever the first letter (Jemmah for Gemma beside Gemma)',
        text: 'ローカルで動くモデルではGemmaが人気です。新しいJemmahも軽いと評判です。',
        expected: [['Jemmah', 'Gemma', 'error']],
      },
      {
        name: 'x written as ks (Mikstral for Mixtral)',
        text: 'Mixtralは専門家の混合モデルだ。Mikstralは重いが速い。',
        expected: [['Mikstral', 'Mixtral', 'error']],
      },
      {
        name: 'l heard as r, a letter doubled (Prammo for PLaMo, its maker named)',
        text: 'PFNは独自のチップを作り、Prammoという日本語の言語モデルも公開した。',
        expected: [['Prammo', 'PLaMo', 'warning']],
      },
    ],
    [
      { name: 'a name of the same sounds with nothing of it in the story stays unreported', text: '友人のJemmahさんと話した。' },
      { name: 'l heard as r, with nothing of the name in the story', text: 'Prammoという名前の犬を飼っている。' },
    ],
  );
});

describe('garbled Latin names: the same sounds outrank a near spelling of another name', () => {
  detectorTable(
    'garbled-latin-name',
    [
      {
        name: 'Mikstral beside Mistral AI and its models is Mixtral, not Mistral',
        text: 'Mistral AIのMistral 7Bを試した。Mikstralは専門家の混合モデルだ。',
        expected: [['Mikstral', 'Mixtral', 'warning']],
      },
    ],
    [],
  );
});
