import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { analyze, type AnalysisServices } from '../../server/src/core/analyze';
import { documentFor, originalText, parseSubtitles, SubtitleDocument, subtitleFormatOf } from '../../server/src/core/formats';
import { applyEdits, preferredEdits } from '../../server/src/core/fixes';
import type { Finding } from '../../server/src/core/types';
import { testServices } from '../support/analysis';

const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');
const read = (name: string): string => fs.readFileSync(path.join(SAMPLES, name), 'utf8');

let services: AnalysisServices;
before(async () => {
  services = await testServices();
});

/** Each finding as "line: code flagged-text", lines 1-based as an editor shows them. */
function described(text: string, findings: readonly Finding[]): string[] {
  const doc = documentFor(text, 'file:///x.srt');
  return findings.map((f) => `${doc.positionAt(f.range.start).line + 1}: ${f.code} ${text.slice(f.range.start, f.range.end)}`);
}

/** Whether every finding lies inside the text of one cue (never on a number, timing, header or note). */
function onCueText(text: string, format: 'srt' | 'vtt', findings: readonly Finding[]): boolean {
  const { cues } = parseSubtitles(text, format);
  return findings.every((f) =>
    cues.some(
      (cue) =>
        cue.lines.some((line) => f.range.start >= line.start && f.range.end <= line.end) ||
        (cue.lines[0] && f.range.start >= cue.lines[0].start && f.range.end <= (cue.lines.at(-1)?.end ?? 0)),
    ),
  );
}

describe('subtitle files', () => {
  it('our SRT sample: diagnostics only on cue text (the garbled name, the cue read too fast), entities recognised', () => {
    const text = read('ai-news-interview.srt');
    const result = analyze(documentFor(text, 'file:///ai-news-interview.srt'), services);
    assert.deepEqual(described(text, result.findings), [
      '18: subtitle-reading-speed エヌビディアの株価は一日で\n大きく下がりました',
      '23: garbled-latin-name Deepsek',
    ]);
    assert.ok(onCueText(text, 'srt', result.findings));
    const entities = new Set(result.mentions.map((m) => m.entityId));
    for (const id of ['openai', 'sam-altman', 'deepseek', 'nvidia']) assert.ok(entities.has(id), `${id} in ${[...entities].join(', ')}`);
  });

  it('our WebVTT sample: diagnostics only on cue text (the word split across cues, the garbled name)', () => {
    const text = read('ai-news-interview.vtt');
    const result = analyze(documentFor(text, 'file:///ai-news-interview.vtt'), services);
    assert.deepEqual(described(text, result.findings), ['24: word-split-across-cues ター', '28: garbled-latin-name Deepsek']);
    assert.ok(onCueText(text, 'vtt', result.findings));
    assert.equal(
      applyEdits(text, preferredEdits(result.findings)),
      text.replace('データセン\n', 'データセンター\n').replace('\nターへの', '\nへの').replace('Deepsek', 'DeepSeek'),
    );
  });

  it('treats a cue boundary as a hard boundary: a word split there is its own finding, not a line break in a word', () => {
    const text = '1\n00:00:01,000 --> 00:00:05,000\nその会社のマーケ\n\n2\n00:00:05,500 --> 00:00:09,000\nティング戦略について\n';
    const asSubtitles = analyze(documentFor(text, 'file:///a.srt'), services).findings.map((f) => f.code);
    assert.deepEqual(asSubtitles, ['word-split-across-cues']);
    assert.ok(!asSubtitles.includes('line-break-in-word'), 'a cue boundary is not a line break inside a paragraph');
  });

  it('is recognised by language id or, for plain text, by file name; fixes apply to the file’s own text', () => {
    assert.equal(subtitleFormatOf('file:///a/b.SRT'), 'srt');
    assert.equal(subtitleFormatOf('file:///a/b.txt', 'vtt'), 'vtt');
    assert.equal(subtitleFormatOf('file:///a/b.vtt', 'markdown'), undefined);
    assert.equal(subtitleFormatOf('file:///a/b.txt'), undefined);
    const text = read('ai-news-interview.srt');
    const doc = documentFor(text, 'file:///a.srt');
    assert.ok(doc instanceof SubtitleDocument);
    assert.equal(originalText(doc), text);
    assert.equal(doc.text.length, text.length);
    assert.ok(!doc.text.includes('-->'));
  });

  it('after edits (text, a timing, a new cue) analyses as a fresh document does', () => {
    const text = read('ai-news-interview.srt');
    const edits = [
      (s: string) => s.replace('安さで', '安さでも'),
      (s: string) => s.replace('00:00:20,000', '00:00:23,000'),
      (s: string) => `${s}\n7\n00:00:31,000 --> 00:00:34,000\nOpenAIの話でした\n`,
      (s: string) => s.replace('00:00:12,000 --> 00:00:17,000', '00:00:12,000 -> 00:00:17,000'),
    ];
    let doc = documentFor(text, 'file:///a.srt');
    let current = text;
    for (const edit of edits) {
      current = edit(current);
      doc = doc.revised(current);
      const fresh = analyze(documentFor(current, 'file:///a.srt'), services).findings;
      assert.deepEqual(described(current, analyze(doc, services).findings), described(current, fresh));
    }
  });
});
