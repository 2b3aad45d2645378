/**
 * The compact IPADIC file (server/src/core/ipadic) against kuromoji's own loader: the same text gives the
 * same tokens with the same features (surface, position, part of speech, readings, word ids, known or not),
 * on the seeds, our corpus, the real texts and sentences of our own that reach kuromoji's corners.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import * as kuromoji from 'kuromoji';
import { buildCompact, kuromojiDictionary } from '../../server/src/core/ipadic/build';
import { compactFilePath, lazySectionReader, openCompactFile, openCompactFileInBackground, readCompactFile } from '../../server/src/core/ipadic/file';
import { readCompact } from '../../server/src/core/ipadic/format';
import { compactTokenizer, HAS_KANJI, tokenizerOf, type CompactTokenizer, type TokenLabels } from '../../server/src/core/ipadic/load';
import { SEEDS_DIRECTORY, seedsAvailable, warnNoSeeds } from '../support/seeds';
import { REAL_TEXT_DIRECTORY, realTextAvailable } from '../support/realText';
import { tempDir } from '../support/tempDir';

const ROOT = path.resolve(__dirname, '..', '..');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Our own sentences for the corners: surrogate pairs, half-width kana, Latin and digit runs (grouped unknown
// words), symbols, kanji numerals, Greek and Cyrillic, spaces, a line with no sentence end, an empty line.
const OWN_SENTENCES = [
  '東京都に住んでいる友人が、新しいノートパソコンを買ったそうです。',
  '絵文字😀を含む文と、𠮷野家の「𠮷」のような字も混ざります。',
  'ｶﾀｶﾅの半角表記とＡＢＣの全角英字、123と１２３の数字。',
  'OpenAI released GPT-4o in 2024 and the API costs $5 per 1M tokens.',
  'αβγとロシア語のпривет、そして三千五百二十万円。',
  '   先頭に空白がある行　全角空白もある',
  '',
  'ーーーー・・・！？',
  'すもももももももものうち',
  'アーキテクチャアーキテクチャアーキテクチャ'.repeat(20),
];

function textFiles(directory: string): string[] {
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(txt|md|srt|vtt|transcript)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function stockTokenizer(): Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>> {
  return new Promise((resolve, reject) =>
    kuromoji.builder({ dicPath: kuromojiDictionary().directory }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer))),
  );
}

/** What the analysis reads of a kuromoji token (as tokenizeLabels gives it). */
function labelsOf(token: kuromoji.IpadicFeatures): TokenLabels {
  const start = token.word_position - 1;
  const labels = {
    surface: token.surface_form,
    start,
    end: start + token.surface_form.length,
    pos: token.pos,
    posDetail: token.pos_detail_1,
    known: token.word_type === 'KNOWN',
  };
  // The reading, of known words with kanji only (the same-sound check reads it).
  const reading = token.word_type === 'KNOWN' && HAS_KANJI.test(token.surface_form) && token.reading && token.reading !== '*' ? token.reading : undefined;
  return reading === undefined ? labels : { ...labels, reading };
}

/**
 * Lines where the two tokenizers differ, at most a few, shown with both token lists: kuromoji's tokens
 * with all their features, and the reduced tokens the analysis reads (tokenizeLabels, which decodes no features).
 */
function differences(stock: kuromoji.Tokenizer<kuromoji.IpadicFeatures>, compact: CompactTokenizer, lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const line of lines) {
    const text = line.replace(LONE_SURROGATE, '\uFFFD');
    const stockTokens = stock.tokenize(text);
    for (const [expected, actual] of [
      [JSON.stringify(stockTokens), JSON.stringify(compact.tokenize(text))],
      [JSON.stringify(stockTokens.map(labelsOf)), JSON.stringify(compact.tokenizeLabels(text))],
    ] as const) {
      if (expected !== actual && found.push(`${line.slice(0, 40)}…\n  kuromoji: ${expected.slice(0, 300)}\n  compact:  ${actual.slice(0, 300)}`) >= 3)
        return found;
    }
  }
  return found;
}

describe('the compact IPADIC dictionary', () => {
  let stock: kuromoji.Tokenizer<kuromoji.IpadicFeatures>;
  let compact: CompactTokenizer;

  before(async () => {
    stock = await stockTokenizer();
    const bytes = readCompactFile(compactFilePath());
    assert.ok(bytes, `no compact dictionary at ${compactFilePath()}: npm run build writes it`);
    compact = compactTokenizer(bytes);
  });

  it('is built from the installed kuromoji (npm run build)', () => {
    const bytes = readCompactFile(compactFilePath());
    assert.ok(bytes);
    assert.equal(readCompact(bytes).header.kuromojiVersion, kuromojiDictionary().version);
  });

  it('tokenises our own corner-case sentences exactly as kuromoji does', () => {
    assert.deepEqual(differences(stock, compact, OWN_SENTENCES), []);
    assert.ok(compact.tokenize(OWN_SENTENCES[0] ?? '').length > 5, 'the sentences are tokenised at all');
  });

  it('tokenises short sentences exactly as kuromoji does after one far longer line (its path columns sized anew)', () => {
    // A line of thousands of words with no 、 or 。 grows the path's columns; the next sentences start small again.
    const longLine = 'モデルの学習にはデータとGPUが要る'.repeat(600);
    assert.deepEqual(differences(stock, compact, [longLine, ...OWN_SENTENCES, longLine, ...OWN_SENTENCES]), []);
  });

  it('tokenises the seeds, our corpus and the real texts exactly as kuromoji does', () => {
    if (!seedsAvailable()) warnNoSeeds('Comparing the compact dictionary on the seeds');
    if (!realTextAvailable()) process.stderr.write(`\n!!! the real texts are missing at ${REAL_TEXT_DIRECTORY}: compared on the rest only\n\n`);
    const files = [
      ...textFiles(SEEDS_DIRECTORY),
      ...textFiles(path.join(ROOT, 'eval', 'corpus')),
      ...textFiles(REAL_TEXT_DIRECTORY),
      ...textFiles(path.join(ROOT, 'samples')),
    ];
    assert.ok(files.length > 5, 'there are texts to compare on');
    let tokens = 0;
    for (const file of files) {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      assert.deepEqual(differences(stock, compact, lines), [], file);
      for (const line of lines) tokens += compact.tokenize(line.replace(LONE_SURROGATE, '\uFFFD')).length;
    }
    assert.ok(tokens > 10_000, `only ${tokens} tokens compared`);
  });

  it('is rebuilt the same from kuromoji’s files (the build is deterministic)', () => {
    const { directory, version } = kuromojiDictionary();
    const built = buildCompact(directory, version);
    const shipped = readCompactFile(compactFilePath());
    assert.ok(shipped);
    assert.ok(Buffer.from(built).equals(Buffer.from(shipped)), 'a fresh build differs from dist/ipadic.bin');
  });

  it('reads the word features from the file only when a token’s features are asked for', () => {
    const opened = openCompactFile(compactFilePath());
    assert.ok(opened);
    const dictionary = readCompact(opened.bytes);
    const untouched = (): boolean => dictionary.bytes.features.every((byte) => byte === 0);
    assert.ok(untouched(), 'the features are not read when the file is opened');
    const tokenizer = tokenizerOf(dictionary, opened.fill);
    const sentence = OWN_SENTENCES[0] ?? '';
    assert.deepEqual(tokenizer.tokenizeLabels(sentence), stock.tokenize(sentence).map(labelsOf));
    assert.ok(untouched(), 'the analysis’s tokens read no features');
    assert.deepEqual(tokenizer.tokenize(sentence), stock.tokenize(sentence));
    assert.ok(!untouched(), 'asking for features reads them');
  });

  it('leaves the features unread in the memory the --jobs threads share, each thread reading them there when asked', () => {
    const file = compactFilePath();
    const opened = openCompactFile(file, true);
    assert.ok(opened);
    assert.ok(opened.bytes.buffer instanceof SharedArrayBuffer, 'the bytes are in shared memory');
    // Another thread is given the same bytes and reads the lazy sections into them from the same file.
    const dictionary = readCompact(opened.bytes);
    const untouched = (): boolean => dictionary.bytes.features.every((byte) => byte === 0);
    assert.ok(untouched(), 'the features are not read when the file is opened');
    const tokenizer = tokenizerOf(dictionary, lazySectionReader(file, opened.bytes, opened.mtimeMs));
    const sentence = OWN_SENTENCES[1] ?? '';
    assert.deepEqual(tokenizer.tokenizeLabels(sentence), stock.tokenize(sentence).map(labelsOf));
    assert.ok(untouched(), 'the analysis’s tokens read no features');
    assert.deepEqual(tokenizer.tokenize(sentence), stock.tokenize(sentence));
    assert.ok(!untouched(), 'asking for features reads them into the shared bytes');
    assert.throws(() => lazySectionReader(file, opened.bytes, opened.mtimeMs - 1)('features'), /changed while in use/);
  });

  it('read in the thread pool, holds the same bytes as read on this thread, the features still unread', async () => {
    const inBackground = await openCompactFileInBackground(compactFilePath());
    const here = openCompactFile(compactFilePath());
    assert.ok(inBackground && here);
    assert.ok(Buffer.from(inBackground.bytes).equals(Buffer.from(here.bytes)));
    assert.ok(readCompact(inBackground.bytes).bytes.features.every((byte) => byte === 0));
    assert.equal(await openCompactFileInBackground(path.join(tempDir('tl-ipadic-'), 'missing.bin')), undefined);
  });

  it('refuses bytes that are not a compact dictionary, saying so', () => {
    assert.throws(() => readCompact(new TextEncoder().encode('not a dictionary')), /not a compact IPADIC file/);
  });
});
