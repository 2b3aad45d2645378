import { describe } from 'node:test';
import { detectorTable, type FlaggedCase, type QuietCase } from '../support/detectorTable';

const CODE = 'misheard-acronym';

// Sentences written by us, in the genre of the transcripts.
const FOUND: readonly FlaggedCase[] = [
  {
    name: 'an unknown acronym written as one word with a katakana noun its reading makes no word with: information',
    text: '韓国の装置メーカーは、投資家やファンドの出資を受けてTCボンダーの受注を伸ばした。',
    expected: [['TC', 'VC', 'information']],
  },
  {
    name: 'an unknown acronym written as one word with a noun of the reading itself: still a warning',
    text: '新しいデータセンターには最新のGBUサーバーが十万基並び、学習と推論の両方に使われる。',
    expected: [['GBU', 'GPU', 'warning']],
  },
  {
    name: 'a chip acronym with B heard for P, among words of its field',
    text: '新しいデータセンターには最新のGBUが十万基並び、学習と推論の両方に使われる。',
    expected: [['GBU', 'GPU', 'warning']],
  },
  {
    name: 'a memory acronym with V for B, where the document writes the right one elsewhere',
    text: 'HBMの需要は強い。SKハイニックスはHVMの増産を急いでいる。',
    expected: [['HVM', 'HBM', 'warning']],
  },
  {
    name: 'M heard for N, with one word of its field: information',
    text: '米国のMISTが新しい指針をまとめた。',
    expected: [['MIST', 'NIST', 'information']],
  },
  {
    name: 'a mixed-case acronym, V for W',
    text: 'TSMCのCoVoSは先端パッケージングの要で、GPUの供給を左右している。',
    expected: [['CoVoS', 'CoWoS', 'warning']],
  },
  {
    name: 'an acronym spelled out in katakana letter names, V heard for B',
    text: 'SKハイニックスはエイチブイエムの量産を急ぎ、エヌビディア向けのメモリ供給で先行している。',
    expected: [['エイチブイエム', 'HBM', 'warning']],
  },
  {
    name: 'a listed acronym of another field (genetics) where the story is about EU regulation',
    text: '欧州委員会はデジタル市場法、いわゆるDNAに基づいて大手プラットフォームの調査を始めた。EUは厳しい姿勢だ。',
    expected: [['DNA', 'DMA', 'information']],
  },
  {
    name: 'a listed acronym (gigabytes) among words of a fund: information',
    text: 'ファンドのLPからすると、GBの報酬も増えるので冷静に見ている人が多い。',
    expected: [['GB', 'GP', 'information']],
  },
  {
    name: 'full-width letters',
    text: '新しいデータセンターには最新のＧＢＵが十万基並び、学習と推論に使われる。',
    expected: [['ＧＢＵ', 'GPU', 'warning']],
  },
  {
    name: 'two letters that sound alike, with three signs',
    text: 'NVLinkは速い。エヌビディアのMBLinkでGPU同士を接続する。',
    expected: [['MBLink', 'NVLink', 'warning']],
  },
  {
    name: 'two letters that sound alike with two signs only: information',
    text: 'エヌビディアのMBLinkでGPU同士を接続する。',
    expected: [['MBLink', 'NVLink', 'information']],
  },
  {
    name: 'letters before a hyphen and a version (GLN-4.5): the letters are compared',
    text: '智譜のGLN-4.5は中国のオープンなモデルとして評価が高い。',
    expected: [['GLN', 'GLM', 'warning']],
  },
  {
    name: 'a doubled letter heard on its neighbour (ITT for IIT), with two signs: information',
    text: 'ITTマドラスのチームがインドの言語のデータを集めた。',
    expected: [['ITT', 'IIT', 'information']],
  },
  {
    name: 'the same, right beside what IIT stands for: a warning',
    text: 'インド工科大学、つまりITTマドラスのチームがインドの言語のデータを集めた。',
    expected: [['ITT', 'IIT', 'warning']],
  },
  // Two neighbouring letters in the wrong order (task e16s; sentences written by us): as sure as two letters swapped.
  {
    name: 'the same, with the right acronym written elsewhere in the document: a warning',
    text: '開発者はAIPを通じてモデルを呼び出す。APIの料金は下がった。',
    expected: [['AIP', 'API', 'warning']],
  },
  {
    name: 'an acronym beside what a listed one stands for, letters of no sound group apart (CFL for CFO)',
    text: '同社の最高財務責任者（CFL）が四半期の決算を説明した。',
    expected: [['CFL', 'CFO', 'warning']],
  },
  {
    name: 'an acronym followed by its expansion (LNM, つまり大規模言語モデル)',
    text: 'LNM、つまり大規模言語モデルが出てきて、ロボットの作り方も変わった。',
    expected: [['LNM', 'LLM', 'warning']],
  },
  {
    name: 'an acronym right after its expansion in brackets (SFIUS for CFIUS)',
    text: '買収は対米外国投資委員会（SFIUS）の審査で半年止まった。',
    expected: [['SFIUS', 'CFIUS', 'warning']],
  },
  {
    name: 'an acronym in brackets after the Japanese name of an entity the knowledge base knows by its acronym (RIAA)',
    text: '大手レコード会社は、全米レコード協会（RIIA）とともに音楽生成AIの会社を訴えた。',
    expected: [['RIIA', 'RIAA', 'warning']],
  },
  {
    name: 'an entity acronym with two letters turned round, before its English name in brackets (DMCA)',
    text: '原告はDMAC（Digital Millennium Copyright Act）に基づく削除要請も出した。',
    expected: [['DMAC', 'DMCA', 'warning']],
  },
  {
    name: 'M heard for N, beside a model lab the acronym goes with: information',
    text: 'ディープシークのLLNが話題になった。',
    expected: [['LLN', 'LLM', 'information']],
  },
  {
    name: 'a listed acronym written as one word with a word only the other makes (KB for KV before キャッシュ)',
    text: 'コンテキストを長くするとKBキャッシュだけで何GBもメモリを食う。',
    expected: [['KB', 'KV', 'warning']],
  },
  {
    name: 'F heard as V, the same lips voiced, among words of local models',
    text: '量子化したGGUVファイルをOllamaで読み込めば、ローカルのLLMがすぐ動く。',
    expected: [['GGUV', 'GGUF', 'warning']],
  },
  {
    name: 'a regulator heard with M as N, beside what it stands for',
    text: 'シンガポールでは、NAS、つまりシンガポール金融管理局が、金融機関向けの指針を出した。',
    expected: [['NAS', 'MAS', 'warning']],
  },
  {
    name: 'capitals and a word in katakana, one capital misheard (MVリンク for NVLink), the word kept as written',
    text: 'GPU同士をMVリンクでつなぐと、ラックの中の帯域が大きく増える。',
    expected: [['MVリンク', 'NVリンク', 'warning']],
  },
  {
    name: 'a name of capitals and a word written all in katakana as heard (エンヴィリンク for NVLink)',
    text: 'GPU同士をエンヴィリンクでつなぐと、ラックの中の帯域が大きく増える。',
    expected: [['エンヴィリンク', 'NVLink', 'warning']],
  },
];

const QUIET: readonly QuietCase[] = [
  { name: 'a listed acronym', text: 'CPUとGPUとTPUの違いを説明する。' },
  { name: 'an acronym one letter from a listed one, with nothing of its field around it', text: 'GBUという団体が声明を出した。' },
  { name: 'an unknown acronym the document writes three times and never the listed one', text: 'HVMの会合。HVMの会員。HVMの規約には半導体の話もある。' },
  { name: 'a capitalised English word is no acronym', text: 'Memoryという曲をGPUの話の後に聴いた。' },
  { name: 'a known name is no acronym', text: 'NVIDIAのGPUは高い。' },
  { name: 'two letters in the other order with nothing of the field around them (AIP)', text: 'AIPという団体が声明を出した。' },
  // Review of issue 16: a neighbour swap turns real acronyms into others; read only when the right one is written elsewhere.
  { name: 'a neighbour swap with field cues but the right acronym nowhere (AIP)', text: '開発者はAIPを通じてモデルを呼び出し、トークン単位で課金される。' },
  ...['SMCI', 'CPC', 'ARM', 'PMI', 'NRDC', 'SCE', 'COP', 'MITI', 'PCI', 'EMS', 'CASIO', 'NAS'].map((word) => ({
    name: `a real acronym is not read with two letters swapped (${word})`,
    text: `${word}の半導体とモデルの話を聞いた。`,
  })),
  { name: 'the first two letters in the other order are not read so (PAI)', text: 'PAIはモデルを呼び出すトークンの課金を扱う。' },
  {
    name: 'a listed acronym of the same field as the one its context suggests',
    text: 'エヌビディアはデータセンター向けのCPUも作り、学習用のGPUと組み合わせている。',
  },
  { name: 'a listed acronym whose own field is around it', text: 'MS-DOSの時代からパソコンは進化した。DOSの操作はコマンドで行った。ロボットの関節も増えた。' },
  { name: 'an acronym written in katakana letter names that is itself listed', text: 'データセンターのジーピーユーは学習と推論に使われる。' },
  { name: 'a katakana word that is not all letter names', text: 'エヌビディアのメモリとエッジの推論。' },
  { name: 'a context word inside a longer Latin word is no cue', text: 'AnthropicやOpenAIへのAPI利用料が大きい。' },
  { name: 'a listed acronym beside its own expansion', text: '最高技術責任者（CTO）が新しいモデルを紹介した。' },
  { name: 'an expansion far from the unknown acronym', text: '最高財務責任者が交代した。その後、新会社CFLの設立が発表された。' },
  { name: 'an expansion with other words between', text: '最高財務責任者の発言を受けてCFLの株価が上がった。' },
  { name: 'an unknown acronym beside an expansion of an acronym too unlike it', text: '最高財務責任者（XYZ）の人事が発表された。' },
  { name: 'an entity’s own acronym beside its name', text: '全米レコード協会（RIAA）は声明を出した。欧州特許庁（EPO）も審査を続けている。' },
  { name: 'an entity’s name beside an acronym too unlike its own', text: '全米レコード協会（WXYZ）という表記は見たことがない。' },
  { name: 'an unknown acronym near an entity’s name but not beside it', text: '全米レコード協会の会長が来日した。その後、新会社RIIAの設立が発表された。' },
  { name: 'a listed acronym before a word of its own field', text: 'このファイルは512KBキャッシュに収まるので、容量は足りる。' },
  { name: 'a real module name one letter from a listed acronym', text: 'NVIDIA H100 GPUを載せたSXM5モジュールが届いた。' },
  { name: 'a listed name of capitals and a word, written with the word in katakana', text: 'GPU同士をNVリンクでつなぐと、帯域が増える。' },
  { name: 'capitals before a katakana word that is no part of a listed name', text: 'MVランキングでGPUの動画が一位になった。' },
  { name: 'letter names before a katakana word that is no part of a listed name', text: 'エヌビーエーのリンク集にGPUの記事が載った。' },
  { name: 'a name written all in katakana as heard, with nothing of its field around', text: 'エヌブイリンクという言葉を聞いた。' },
];

describe('acronyms heard with a wrong letter', () => {
  detectorTable(CODE, FOUND, QUIET);
});
