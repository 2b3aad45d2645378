import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSubtitles } from '../../server/src/core/formats';

const SRT = '1\n00:00:01,000 --> 00:00:03,500\n一行目の字幕\n二行目です\n\n2\n00:00:04,000 --> 00:00:06,000 X1:40 X2:600\n<i>斜体の</i>字幕\n';
const VTT =
  'WEBVTT - 見出し\n\nNOTE\nメモは字幕ではない\n\nSTYLE\n::cue { color: yellow }\n\nintro\n00:01.000 --> 00:03.500 line:85%\n<v 司会>こんにちは\n\n01:00:04.000 --> 01:00:06.000\n次の字幕&amp;記号\n';

/** The text the analysis reads: the masked file with its blank runs collapsed, one cue per line. */
const readable = (masked: string): string[] =>
  masked
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '');

describe('the subtitle parser', () => {
  it('reads SRT cues: numbers, timings in milliseconds, text lines with their offsets', () => {
    const file = parseSubtitles(SRT, 'srt');
    assert.equal(file.cues.length, 2);
    assert.deepEqual(
      file.cues.map((cue) => [cue.startMs, cue.endMs]),
      [
        [1000, 3500],
        [4000, 6000],
      ],
    );
    assert.deepEqual(
      file.cues[0]?.lines.map((line) => SRT.slice(line.start, line.end)),
      ['一行目の字幕', '二行目です'],
    );
    assert.equal(file.cues[1]?.lines[0]?.visible, '斜体の字幕');
    assert.equal(SRT.slice(file.cues[1]?.endStamp.start, file.cues[1]?.endStamp.end), '00:00:06,000');
    assert.deepEqual(file.problems, []);
  });

  it('reads WebVTT: header, notes, style blocks and cue settings are not text; hours are optional', () => {
    const file = parseSubtitles(VTT, 'vtt');
    assert.deepEqual(
      file.cues.map((cue) => [cue.startMs, cue.endMs]),
      [
        [1000, 3500],
        [3_604_000, 3_606_000],
      ],
    );
    assert.deepEqual(
      file.cues.map((cue) => cue.lines.map((line) => line.visible)),
      [['こんにちは'], ['次の字幕記号']],
    );
  });

  it('masks everything but cue text, keeping the length and every line break', () => {
    for (const [text, format] of [
      [SRT, 'srt'],
      [VTT, 'vtt'],
      [SRT.replace(/\n/g, '\r\n'), 'srt'],
    ] as const) {
      const { masked } = parseSubtitles(text, format);
      assert.equal(masked.length, text.length);
      assert.deepEqual(
        [...masked.matchAll(/\r\n|\r|\n/g)].map((m) => m.index),
        [...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index),
      );
    }
    assert.deepEqual(readable(parseSubtitles(SRT, 'srt').masked), ['一行目の字幕 二行目です', '斜体の 字幕']);
    assert.deepEqual(readable(parseSubtitles(VTT, 'vtt').masked), ['こんにちは', '次の字幕 記号']);
  });

  it('reads CRLF files and a byte-order mark', () => {
    const file = parseSubtitles(`\uFEFF${SRT.replace(/\n/g, '\r\n')}`, 'srt');
    assert.equal(file.cues.length, 2);
    assert.deepEqual(
      file.cues[0]?.lines.map((line) => line.text),
      ['一行目の字幕', '二行目です'],
    );
  });

  it('reports a timing line it cannot read, and reads the cues around it', () => {
    const text = '1\n00:00:01,000 --> 00:00:02,000\n字幕\n\n2\n00:00:03 --> 00:00:04\n壊れた字幕\n\n3\n00:00:05,000 --> 00:00:06,000\n次の字幕\n';
    const file = parseSubtitles(text, 'srt');
    assert.equal(file.cues.length, 2);
    assert.deepEqual(
      file.problems.map((p) => text.slice(p.range.start, p.range.end)),
      ['00:00:03 --> 00:00:04'],
    );
    assert.ok(!file.masked.includes('壊れた字幕'), 'the text of a cue without a timing is not analysed');
  });

  it('takes text after a blank line inside a cue for the cue’s text', () => {
    const file = parseSubtitles('1\n00:00:01,000 --> 00:00:04,000\n前半の文\n\n後半の文\n\n2\n00:00:05,000 --> 00:00:06,000\n次\n', 'srt');
    assert.deepEqual(
      file.cues.map((cue) => cue.lines.map((line) => line.text)),
      [['前半の文', '後半の文'], ['次']],
    );
  });
});
