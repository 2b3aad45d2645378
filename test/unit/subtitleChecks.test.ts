/** Table tests of each subtitle check: valid cues give no finding, invalid ones exactly the expected one. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { AnalyzedDocument } from '../../server/src/core/analyzedDocument';
import { TranscriptDocument } from '../../server/src/core/document';
import { NETFLIX_JAPANESE, parseSubtitles, SUBTITLE_CHECKS, type SubtitleCheck, type SubtitleRules } from '../../server/src/core/formats';
import { applyEdits } from '../../server/src/core/fixes';
import { analyze, type AnalysisServices } from '../../server/src/core/analyze';
import { testServices } from '../support/analysis';

/** An SRT file from [start seconds, end seconds, text] cues. */
function srt(...cues: [number, number, string][]): string {
  const stamp = (s: number): string => {
    const ms = Math.round(s * 1000);
    return `${String(Math.floor(ms / 3_600_000)).padStart(2, '0')}:${String(Math.floor(ms / 60_000) % 60).padStart(2, '0')}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')},${String(ms % 1000).padStart(3, '0')}`;
  };
  return cues.map(([start, end, text], i) => `${i + 1}\n${stamp(start)} --> ${stamp(end)}\n${text}\n`).join('\n');
}

let services: AnalysisServices;
before(async () => {
  services = await testServices();
});

function run(code: string, text: string, rules: SubtitleRules = NETFLIX_JAPANESE): { flagged: string[]; fixed: string | undefined; severities: string[] } {
  const check = SUBTITLE_CHECKS.find((c: SubtitleCheck) => c.code === code);
  assert.ok(check, code);
  const file = parseSubtitles(text, 'srt');
  const context = analyze(new TranscriptDocument(file.masked), services).context;
  const findings = check.check({ file, text, rules, context, analyzed: (t: string) => new AnalyzedDocument(new TranscriptDocument(t), services.tokenizer) });
  const fix = findings[0]?.fixes[0];
  return {
    flagged: findings.map((f) => text.slice(f.range.start, f.range.end)),
    fixed: fix ? applyEdits(text, fix.edits) : undefined,
    severities: findings.map((f) => f.severity),
  };
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly flagged: string[];
  readonly fixed?: string;
  readonly rules?: Partial<SubtitleRules>;
}

function table(code: string, cases: readonly Case[]): void {
  describe(code, () => {
    for (const c of cases) {
      it(c.name, () => {
        const result = run(code, c.text, { ...NETFLIX_JAPANESE, ...c.rules });
        assert.deepEqual(result.flagged, c.flagged);
        if (c.fixed !== undefined) assert.equal(result.fixed, c.fixed);
      });
    }
  });
}

table('subtitle-line-length', [
  { name: 'valid: 13 full-width characters', text: srt([1, 5, 'あいうえおかきくけこさしす']), flagged: [] },
  { name: 'valid: 26 half-width characters count as 13', text: srt([1, 8, 'abcdefghijklmnopqrstuvwxyz']), flagged: [] },
  { name: 'valid: styling tags are not counted', text: srt([1, 5, '<i>あいうえおかきくけこさしす</i>']), flagged: [] },
  { name: 'invalid: 14 full-width characters', text: srt([1, 5, 'あいうえおかきくけこさしすせ']), flagged: ['あいうえおかきくけこさしすせ'] },
  { name: 'invalid: 12 full-width and 3 half-width (13.5)', text: srt([1, 5, 'あいうえおかきくけこさしABC']), flagged: ['あいうえおかきくけこさしABC'] },
  { name: 'the limit is a setting', text: srt([1, 5, 'あいうえおかきくけこさしすせ']), flagged: [], rules: { maxCharactersPerLine: 16 } },
]);

table('subtitle-line-count', [
  { name: 'valid: two lines', text: srt([1, 5, '一行目\n二行目']), flagged: [] },
  { name: 'invalid: three lines, the third flagged', text: srt([1, 5, '一行目\n二行目\n三行目']), flagged: ['三行目'] },
]);

table('subtitle-reading-speed', [
  { name: 'valid: 8 characters in 2 seconds (4/s)', text: srt([1, 3, 'あいうえおかきく']), flagged: [] },
  { name: 'valid: spaces are not counted', text: srt([1, 3, 'あいう　えおか きく']), flagged: [] },
  { name: 'invalid: 9 characters in 2 seconds', text: srt([1, 3, 'あいうえおかきくけ']), flagged: ['あいうえおかきくけ'] },
  { name: 'invalid: over two lines, the whole text flagged', text: srt([1, 2, '一行目の字幕\n二行目']), flagged: ['一行目の字幕\n二行目'] },
  { name: 'the speed is a setting', text: srt([1, 3, 'あいうえおかきくけ']), flagged: [], rules: { maxCharactersPerSecond: 5 } },
]);

table('subtitle-duration', [
  { name: 'valid: 1 to 7 seconds', text: srt([1, 2, '字幕'], [3, 10, '字幕']), flagged: [] },
  { name: 'invalid: half a second', text: srt([1, 1.5, '字幕']), flagged: ['00:00:01,000 --> 00:00:01,500'] },
  { name: 'invalid: 8 seconds', text: srt([1, 9, '字幕']), flagged: ['00:00:01,000 --> 00:00:09,000'] },
  { name: 'invalid: ends before it starts', text: srt([3, 2, '字幕']), flagged: ['00:00:03,000 --> 00:00:02,000'] },
]);

table('subtitle-overlap', [
  { name: 'valid: the next cue starts when the previous ends', text: srt([1, 3, '前'], [3, 5, '次']), flagged: [] },
  {
    name: 'invalid: starts half a second early; the fix ends the previous cue two frames before',
    text: srt([1, 3.5, '前'], [3, 5, '次']),
    flagged: ['00:00:03,000 --> 00:00:05,000'],
    fixed: srt([1, 2.916, '前'], [3, 5, '次']),
  },
]);

table('subtitle-gap', [
  { name: 'valid: a gap of 3 frames', text: srt([1, 3, '前'], [3.125, 5, '次']), flagged: [] },
  { name: 'valid: overlaps are the overlap check’s', text: srt([1, 3.5, '前'], [3, 5, '次']), flagged: [] },
  { name: 'invalid: no gap', text: srt([1, 3, '前'], [3, 5, '次']), flagged: ['00:00:03,000 --> 00:00:05,000'] },
  { name: 'invalid: one frame', text: srt([1, 3, '前'], [3.042, 5, '次']), flagged: ['00:00:03,042 --> 00:00:05,000'] },
]);

table('subtitle-empty-cue', [
  { name: 'valid: every cue has text', text: srt([1, 3, '前'], [4, 5, '次']), flagged: [] },
  {
    name: 'invalid: a cue of spaces; the fix removes it, timing and all',
    text: srt([1, 3, '前'], [4, 5, '  '], [6, 7, '次']),
    flagged: ['00:00:04,000 --> 00:00:05,000'],
    fixed: '1\n00:00:01,000 --> 00:00:03,000\n前\n\n3\n00:00:06,000 --> 00:00:07,000\n次\n',
  },
  { name: 'invalid: a cue of styling tags only', text: srt([1, 3, '<i></i>']), flagged: ['00:00:01,000 --> 00:00:03,000'] },
]);

table('subtitle-timing-syntax', [
  { name: 'valid timings', text: srt([1, 3, '字幕']), flagged: [] },
  { name: 'invalid: no milliseconds', text: '1\n00:00:01 --> 00:00:03\n字幕\n', flagged: ['00:00:01 --> 00:00:03'] },
]);

table('word-split-across-cues', [
  { name: 'valid: each cue ends a phrase', text: srt([1, 4, 'データセンターの'], [4.2, 8, '投資が続いています']), flagged: [] },
  {
    name: 'valid: a name at the end of one cue and another at the start of the next',
    text: srt([1, 4, 'そう話したのはアルトマン'], [4.2, 8, 'マスクも同じ意見だ']),
    flagged: [],
  },
  {
    name: 'invalid: katakana continues across the cues; the fix moves it back, the timings stay',
    text: srt([1, 4, '巨大なデータセン'], [4.2, 8, 'ターへの投資が続く']),
    flagged: ['ター'],
    fixed: srt([1, 4, '巨大なデータセンター'], [4.2, 8, 'への投資が続く']),
  },
  { name: 'invalid: a name broken after its middle dot', text: srt([1, 4, '話したのはサム・'], [4.2, 8, 'アルトマンです']), flagged: ['アルトマン'] },
]);

describe('the subtitle checks', () => {
  it('each has a distinct code and a description', () => {
    assert.equal(new Set(SUBTITLE_CHECKS.map((c) => c.code)).size, SUBTITLE_CHECKS.length);
    for (const c of SUBTITLE_CHECKS) assert.ok(c.description.length > 10, c.code);
  });

  it('never change a timing unless the timing is the problem', () => {
    const text = srt([1, 4, '巨大なデータセン'], [4.2, 8, 'ターへの投資が続く'], [8.2, 9, '  ']);
    const file = parseSubtitles(text, 'srt');
    const context = analyze(new TranscriptDocument(file.masked), services).context;
    const timingChecks = new Set(['subtitle-overlap', 'subtitle-gap', 'subtitle-empty-cue']);
    for (const c of SUBTITLE_CHECKS.filter((c) => !timingChecks.has(c.code))) {
      for (const finding of c.check({
        file,
        text,
        rules: NETFLIX_JAPANESE,
        context,
        analyzed: (t: string) => new AnalyzedDocument(new TranscriptDocument(t), services.tokenizer),
      })) {
        for (const edit of finding.fixes.flatMap((fix) => fix.edits)) {
          for (const cue of file.cues) assert.ok(edit.range.end <= cue.timing.start || edit.range.start >= cue.timing.end, `${c.code} edits a timing`);
        }
      }
    }
  });
});
