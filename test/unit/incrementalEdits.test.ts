/**
 * The analysis after each edit, taking over what the edit left alone, must be what a fresh analysis of the
 * same text gives. A table of edit scripts aimed at what the incremental path takes over: items finished
 * with the text of the chunk beside them, decisions over the whole document, the document's facts (an
 * entity named once more or no longer, its favourite spelling, a currency), and chunks split and joined.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { Analyzer, type AnalysisResult } from '../../server/src/core/analyze';
import { TranscriptDocument } from '../../server/src/core/document';
import { testServices } from '../support/analysis';

/** One edit: the first occurrence of `find` after the padding replaced by `replace`. */
interface Edit {
  readonly find: string;
  readonly replace: string;
}

interface Script {
  readonly name: string;
  readonly text: string;
  readonly edits: readonly Edit[];
  /** Codes the text has findings of before any edit: what the script is aimed at. */
  readonly covers?: readonly string[];
}

/** Lines of no interest to any check, between the passages a script edits. */
const filler = (count: number): string => Array.from({ length: count }, () => '会場は満員だった。').join('\n');

// Sentences written by us, in the genre of the transcripts; each line a chunk of its own.
const SCRIPTS: readonly Script[] = [
  {
    name: 'the cue words of an acronym, in the next chunk, taken away and written again',
    text: 'MBLinkは速い。\nエヌビディアのGPUを接続する。\n計算資源の話は続く。',
    edits: [
      { find: 'エヌビディアのGPUを接続', replace: 'アップルの製品を展示' },
      { find: 'アップルの製品を展示', replace: 'エヌビディアのGPUを接続' },
      { find: '接続する。', replace: '接続する' },
      { find: '接続する', replace: '接続する。' },
    ],
  },
  {
    name: 'the cue words of an acronym, in the chunk before, taken away and written again',
    text: '計算資源の話は続く。\nエヌビディアのGPUを接続する。\nMBLinkは速い。',
    edits: [
      { find: 'エヌビディアのGPUを接続', replace: 'アップルの製品を展示' },
      { find: 'アップルの製品を展示', replace: 'エヌビディアのGPUを接続' },
      { find: '続く。', replace: '続く' },
    ],
  },
  {
    name: 'a word-for-word rendering beside the next chunk, whose country is edited',
    text: '半導体の製造装置は、米応用材料\nやオランダのASMLから調達している。\n計算資源の話は続く。',
    edits: [
      { find: 'オランダ', replace: 'フランス' },
      { find: 'フランス', replace: 'オランダ' },
      { find: '米応用材料\n', replace: '米応用材料。\n' },
      { find: '。\nや', replace: '\nや' },
    ],
  },
  {
    name: 'a name cut short, and the full name in another chunk edited away and back',
    text: 'デミス・ハサビスは講演で研究の話をした。\n会場は満員だった。\n司会者は最後に、デミが挙げた例をもう一度取り上げた。',
    edits: [
      { find: 'デミス・ハサビス', replace: 'ハサビス' },
      { find: 'ハサビスは', replace: 'デミス・ハサビスは' },
      { find: 'デミス・', replace: 'デミスあ・' },
      { find: 'デミスあ・', replace: 'デミス・' },
    ],
  },
  {
    name: 'an acronym supported only by the right one written far away, which is edited away and back',
    text: 'GBUの数は多い。\n会場は満員で、多くの人が立って話を聞いていた。\n会場は満員で、多くの人が立って話を聞いていた。\n会場は満員で、多くの人が立って話を聞いていた。\nこの会社はGPUを作る。',
    edits: [
      { find: 'GPUを作る', replace: 'PCを作る' },
      { find: 'PCを作る', replace: 'GPUを作る' },
      { find: 'この会社は', replace: 'この会社はGPUとGPUと' },
    ],
  },
  {
    name: 'names cut short and written whole in other chunks, each count changed, the whole name edited away and back',
    text: 'ルシア・ベレンゲル氏が登壇した。\nルシア・ベレン氏は量産の時期に答えた。\n会場は満員だった。\nヴェラノヴァ社が資金を集めた。\nヴェラノは創薬を手がける。',
    edits: [
      { find: 'ベレン氏は量産', replace: 'ベレンゲル氏は量産' },
      { find: 'ベレンゲル氏は量産', replace: 'ベレン氏は量産' },
      { find: 'ルシア・ベレンゲル氏が', replace: 'ルシア・ベレン氏が' },
      { find: 'ルシア・ベレン氏が', replace: 'ルシア・ベレンゲル氏が' },
      { find: 'ヴェラノヴァ社', replace: 'ヴェラノ社' },
      { find: 'ヴェラノ社', replace: 'ヴェラノヴァ社' },
      { find: '満員だった。', replace: '満員だった' },
      { find: 'ヴェラノは', replace: 'ヴェラノ・ミナ氏は' },
      { find: 'ヴェラノ・ミナ氏は', replace: 'ヴェラノは' },
      { find: '資金を集めた。\n', replace: '資金を集めた。\nベレン氏も来た。\n' },
    ],
  },
  {
    name: 'an ordinary word that begins a name written two chunks away, lines put between and taken out, the name edited',
    text: 'クルーソーはテキサスで建設を進めている。\n会場は満員だった。\n開発はクルーが担当する。\n質問が続いた。',
    edits: [
      { find: '会場は満員だった。\n', replace: '会場は満員だった。\n一行目。\n二行目。\n' },
      { find: '一行目。\n二行目。\n', replace: '' },
      { find: 'クルーソーは', replace: 'クルーソンは' },
      { find: 'クルーソンは', replace: 'クルーソーは' },
      { find: '質問が続いた。', replace: 'クルーは笑った。' },
      { find: '開発はクルーが', replace: '開発は彼らが' },
    ],
  },
  {
    name: 'two spellings of a name, one of them edited so that the other is the usual one',
    text: 'マルシャル氏は新しい半導体を発表した。\nマルシャル氏によると量産は来年だ。\n取材に応じたマーシャル氏は価格には触れなかった。\nマーシャル氏は笑った。',
    edits: [
      { find: 'マルシャル氏によると', replace: 'マーシャル氏によると' },
      { find: 'マーシャル氏によると', replace: 'マルシャル氏によると' },
      { find: 'マーシャル氏は笑', replace: 'マルシャル氏は笑' },
    ],
  },
  {
    name: 'a garbled name and the spellings of its entity in other chunks',
    text: 'ディープシークは新しいモデルを公開した。\nDeepSeekの費用は安い。\nDeepsekの話題が続いた。\nDeepSeekは中国の企業だ。',
    edits: [
      { find: 'DeepSeekの費用', replace: 'DeepSあeekの費用' },
      { find: 'DeepSあeekの費用', replace: 'DeepSeekの費用' },
      { find: 'ディープシークは', replace: 'DeepSeekは' },
      { find: 'DeepSeekは中国', replace: 'ディープシークは中国' },
    ],
  },
  {
    name: 'a person named in full edited away and back, with a surname alone and a garbled name in other chunks',
    text: 'イーロン・マスク氏は新しい会社を作った。\n会場は満員だった。\nマスク氏はディープシートの話をした。\nDeepSeekは中国の企業だ。',
    edits: [
      { find: 'イーロン・マスク氏', replace: 'イーロン氏' },
      { find: 'イーロン氏', replace: 'イーロン・マスク氏' },
    ],
  },
  {
    name: 'a currency named once more, and no longer',
    text: '米国の新興企業は550万ルピーで学習を終えた。\nOpenAIは米国の企業だ。\n費用は3億ドルとも言われる。',
    edits: [
      { find: '3億ドル', replace: '3億ルピー' },
      { find: '3億ルピー', replace: '3億ドル' },
      { find: '米国の企業', replace: 'インドの企業' },
    ],
  },
  {
    name: 'sentence ends added and removed, splitting and joining chunks with names across them',
    text: 'OpenAIのサム・\nアルトマン氏は計算資源への投資を増やすと述べた。\nエヌビディアのMBLinkでGPU同士を接続する。',
    edits: [
      { find: 'サム・\n', replace: 'サム。\n' },
      { find: 'サム。\n', replace: 'サム・\n' },
      { find: 'MBLink', replace: 'MBLink。\n' },
      { find: '。\nで', replace: 'で' },
      { find: '述べた。\n', replace: '述べた' },
    ],
  },
  {
    name: 'amounts whose owner is named lines before, far apart: lines put between, owners and amounts edited',
    text: [
      '【オラクル 決算説明会】',
      '司会：それでは始めます。',
      '最高経営責任者：ありがとうございます。今期の売上高は150億ユーロでした。',
      filler(14),
      '英国のAIセキュリティ研究所について伺います。',
      'ゲスト：はい。もともとは1億ドルの予算で始まったんです。',
      '英国政府は5000万ポンドを追加しました。',
    ].join('\n'),
    covers: ['owner-currency'],
    edits: [
      { find: '司会：それでは始めます。', replace: '司会：ASMLの話から始めます。' },
      { find: '司会：ASMLの話から始めます。', replace: '司会：それでは始めます。' },
      { find: '始めます。\n', replace: '始めます。\n質問です。\n質問です。\n質問です。\n' },
      { find: '質問です。\n質問です。\n質問です。\n', replace: '' },
      { find: '会場は満員だった。\n会場', replace: '会場は満員だった。\nソニーの話です。\n会場' },
      { find: '1億ドル', replace: '1億ポンド' },
      { find: '1億ポンド', replace: '1億ドル' },
      { find: 'ソニーの話です。\n', replace: '' },
      { find: '150億ユーロでした。', replace: '150億ユーロでした。\n' },
      { find: '英国のAIセキュリティ研究所について伺います。\n', replace: '' },
    ],
  },
  {
    name: 'changes the next line contradicts, far apart: blank lines put between, lines joined, figures edited',
    text: [
      '当四半期の売上高は過去最高でした。',
      '前年同期比12%減でした。',
      filler(6),
      '今年の出荷は130万台でした。',
      '前年の150万台を上回りました。',
      filler(6),
      '研究費に3億ドルを投じました。',
      'そのうち50億ドルは政府の補助金です。',
    ].join('\n'),
    covers: ['nearby-contradiction'],
    edits: [
      { find: '過去最高でした。\n', replace: '過去最高でした。\n\n\n' },
      { find: '過去最高でした。\n\n\n', replace: '過去最高でした。\n' },
      { find: '過去最高でした。\n', replace: '過去最高でした。' },
      { find: '過去最高でした。', replace: '過去最高でした。\n' },
      { find: '130万台', replace: '170万台' },
      { find: '170万台', replace: '130万台' },
      { find: '130万台でした。\n', replace: '130万台でした。\n会場は満員だった。\n' },
      { find: '130万台でした。\n会場は満員だった。\n', replace: '130万台でした。\n' },
      { find: '今年の出荷は130万台でした。\n', replace: '' },
      { find: 'そのうち50億ドル', replace: 'そのうち1億ドル' },
      { find: 'そのうち1億ドル', replace: 'そのうち50億ドル' },
      { find: '研究費に3億ドル', replace: '研究費に3億あドル' },
      { find: '当四半期の売上高は過去最高でした。\n', replace: '' },
    ],
  },
  {
    name: 'a part of a sum in the next line in another currency: lines put between and taken out, amounts and openings edited',
    text: [
      '欧州委員会は研究に200億ユーロを用意します。',
      'そのうち30億ドルを半導体に充てます。',
      filler(4),
      '加盟国も50億ユーロを出します。',
      'ミストラルAIは6億ユーロを調達し、評価額は58億ウォンに達しました。',
      filler(3),
      '総額は90億ユーロです。',
    ].join('\n'),
    covers: ['paired-currency'],
    edits: [
      { find: '用意します。\n', replace: '用意します。\n会場は満員だった。\n' },
      { find: '用意します。\n会場は満員だった。\n', replace: '用意します。\n' },
      { find: '30億ドル', replace: '30億ユーロ' },
      { find: '30億ユーロ', replace: '30億ドル' },
      { find: 'そのうち30億', replace: 'うちの30億' },
      { find: 'うちの30億', replace: 'そのうち30億' },
      { find: '200億ユーロを用意します。\n', replace: '200億ユーロを用意します' },
      { find: '200億ユーロを用意しますそのうち', replace: '200億ユーロを用意します。\nそのうち' },
      { find: '評価額は58億ウォン', replace: '評価額は58億ユーロ' },
      { find: '評価額は58億ユーロ', replace: '評価額は58億ウォン' },
      { find: '加盟国も50億ユーロ', replace: '加盟国も50億ドル' },
      { find: '総額は90億ユーロです。', replace: '総額は90億ドルです。\n総額は9億ドルです。' },
    ],
  },
];

/** What a user sees of an analysis: every finding and mention with its range, and the facts detectors read. */
function visible(result: AnalysisResult): string {
  return JSON.stringify({
    findings: result.findings.map((f) => [f.code, f.range, f.severity, f.message, f.fixes]),
    mentions: result.mentions.map((m) => [m.entityId, m.range, m.surface]),
    currencies: [...result.context.currencies],
    mentionCount: [...result.context.mentionCount],
  });
}

describe('an edit script, analysed edit by edit', () => {
  for (const script of SCRIPTS) {
    it(`gives what a fresh analysis gives: ${script.name}`, async () => {
      const services = await testServices();
      // Padding before and after, so that the chunks of the script are neither the first nor the last.
      const padding = Array.from({ length: 12 }, (_, i) => `第${i + 1}段落では別の話をした。`).join('\n');
      let text = `${padding}\n${script.text}\n${padding}`;
      const incremental = new Analyzer(services);
      let doc = new TranscriptDocument(text);
      const first = incremental.analyze(doc);
      for (const code of script.covers ?? [])
        assert.ok(
          first.findings.some((f) => f.code === code),
          `"${script.name}" has a finding of ${code} to begin with`,
        );
      script.edits.forEach(({ find, replace }, step) => {
        const at = text.indexOf(find, padding.length);
        assert.ok(at >= 0, `edit ${step} of "${script.name}": 「${find}」 is not in the text`);
        text = text.slice(0, at) + replace + text.slice(at + find.length);
        // Told what the edit left alone, as the server is by the editor's change events.
        doc = doc.revised(text, { prefix: at, suffix: text.length - at - replace.length });
        const result = incremental.analyze(doc);
        const fresh = new Analyzer(services).analyze(new TranscriptDocument(text));
        assert.equal(visible(result), visible(fresh), `after edit ${step} (「${find}」 → 「${replace}」)`);
      });
    });
  }
});

const PODCAST = fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'podcast-with-errors.txt'), 'utf8');

// Edits at the ends of chunks: what an item near a chunk's end was finished with (the text of the chunk beside it) changes.
const AT_CHUNK_ENDS: readonly { readonly name: string; readonly edit: (text: string, start: number, end: number) => string }[] = [
  { name: 'the first character of a chunk removed', edit: (text, start) => text.slice(0, start) + text.slice(start + 1) },
  { name: 'a character written before a chunk', edit: (text, start) => `${text.slice(0, start)}あ${text.slice(start)}` },
  { name: 'the last character of a chunk removed', edit: (text, _start, end) => text.slice(0, end - 1) + text.slice(end) },
  { name: 'a word written at the end of a chunk', edit: (text, _start, end) => `${text.slice(0, end)}GPU${text.slice(end)}` },
];

describe('an edit at the end of each chunk, then undone', () => {
  for (const { name, edit } of AT_CHUNK_ENDS) {
    it(`gives what a fresh analysis gives: ${name}`, async () => {
      const services = await testServices();
      const incremental = new Analyzer(services);
      const original = new TranscriptDocument(PODCAST);
      let doc = original;
      incremental.analyze(doc);
      for (const chunk of original.chunks) {
        for (const text of [edit(PODCAST, chunk.start, chunk.end), PODCAST]) {
          doc = doc.revised(text);
          const result = incremental.analyze(doc);
          const fresh = new Analyzer(services).analyze(new TranscriptDocument(text));
          assert.equal(visible(result), visible(fresh), `${name} at ${chunk.start}–${chunk.end}`);
        }
      }
    });
  }
});

const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');

// What random edits write: plain kana, sentence ends and line breaks (chunks split and joined), names, currencies, numbers.
const INSERTS: readonly string[] = ['あ', '。', '\n', '\n\n', 'GPU', 'エヌビディア', 'オープンAI', '100億ドル', '円', '」', 'ー'];

describe('random edits, analysed edit by edit', () => {
  for (const file of ['ai-news-podcast.txt', 'europe-ai-article.txt']) {
    it(`give what a fresh analysis gives: ${file}`, async () => {
      const services = await testServices();
      const original = `${PODCAST}\n${fs.readFileSync(path.join(SAMPLES, file), 'utf8')}`;
      // A fixed pseudo-random sequence: the same edits on every run.
      let random = 20_261_202;
      const next = (n: number): number => {
        random = (random * 1_103_515_245 + 12_345) % 2_147_483_648;
        return random % n;
      };
      const incremental = new Analyzer(services);
      let text = original;
      let doc = new TranscriptDocument(text);
      incremental.analyze(doc);
      for (let step = 0; step < 40; step++) {
        const at = next(text.length + 1);
        const removed = next(3) === 0 ? Math.min(text.length - at, 1 + next(6)) : 0;
        const inserted = removed > 0 && next(2) === 0 ? '' : (INSERTS[next(INSERTS.length)] as string);
        const edited = text.slice(0, at) + inserted + text.slice(at + removed);
        // Mostly told what the edit left alone (as the server is), at times left to find it.
        doc = next(4) === 0 ? doc.revised(edited) : doc.revised(edited, { prefix: at, suffix: text.length - at - removed });
        text = edited;
        const result = incremental.analyze(doc);
        const fresh = new Analyzer(services).analyze(new TranscriptDocument(text));
        assert.equal(visible(result), visible(fresh), `after edit ${step} (${removed} removed at ${at}, 「${inserted}」 written)`);
      }
    });
  }
});

// The same chunks in two places share their judgements; an edit before them moves one copy and not the other,
// and a blank line written between two chunks moves the chunks after it without changing any chunk's text.
describe('a text written twice, edited in its first copy', () => {
  it('gives what a fresh analysis gives after each edit', async () => {
    const services = await testServices();
    const original = `${PODCAST}\n${PODCAST}`;
    const incremental = new Analyzer(services);
    let doc = new TranscriptDocument(original);
    const first = incremental.analyze(doc);
    assert.ok(
      first.findings.some((f) => f.range.start >= PODCAST.length),
      'the second copy has findings of its own',
    );
    const copyChunks = doc.chunks.filter((chunk) => chunk.end <= PODCAST.length);
    for (const chunk of copyChunks.filter((_, i) => i % 3 === 1)) {
      // Each edit is undone before the next, so that every offset is one of the original text.
      for (const edited of [
        `${original.slice(0, chunk.start)}\n\n${original.slice(chunk.start)}`,
        original,
        `${original.slice(0, chunk.start)}あ${original.slice(chunk.start)}`,
        original,
      ]) {
        doc = doc.revised(edited);
        const result = incremental.analyze(doc);
        const fresh = new Analyzer(services).analyze(new TranscriptDocument(edited));
        assert.equal(visible(result), visible(fresh), `at ${chunk.start}`);
      }
    }
  });
});
