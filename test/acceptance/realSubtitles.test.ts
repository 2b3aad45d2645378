/**
 * The real Japanese subtitle files of ../shared/real-text (third-party cue text, one cue line per line;
 * never copied here) put back into SRT cues: read as subtitles, the cue boundaries must cause no false
 * alarm. As plain text, every one of their line-break-in-word warnings was judged false (judged.json).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { analyze, type AnalysisServices } from '../../server/src/core/analyze';
import { TranscriptDocument } from '../../server/src/core/document';
import { documentFor, parseSubtitles } from '../../server/src/core/formats';
import { testServices } from '../support/analysis';
import { REAL_TEXT_DIRECTORY } from '../support/realText';

const REAL_TEXT = REAL_TEXT_DIRECTORY;
const files = fs.existsSync(REAL_TEXT) ? fs.readdirSync(REAL_TEXT).filter((f) => /^sub_.*\.txt$/.test(f)) : [];

/** One cue per line, each shown long enough for 4 characters a second and 200 ms apart: only the text is on trial. */
function asSrt(text: string): { srt: string; cues: number } {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const stamp = (ms: number): string => new Date(ms).toISOString().slice(11, 23).replace('.', ',');
  let at = 500;
  const cues = lines.map((line, i) => {
    const duration = Math.min(7000, Math.max(1000, Math.ceil(line.length / 4) * 1000));
    const cue = `${i + 1}\n${stamp(at)} --> ${stamp(at + duration)}\n${line}\n`;
    at += duration + 200;
    return cue;
  });
  return { srt: cues.join('\n'), cues: lines.length };
}

describe('real subtitles read as subtitle files', () => {
  let services: AnalysisServices;
  before(async () => {
    services = await testServices();
  });

  if (files.length === 0) {
    it('(no real subtitle texts)', () => {
      process.stderr.write(`\n!!! Real subtitle test SKIPPED: no sub_*.txt at ${REAL_TEXT}. Set TRANSCRIPT_LENS_REAL_TEXT.\n\n`);
    });
  }

  for (const file of files) {
    it(`${file}: every cue read, no alarm from the cue boundaries, fewer warnings than as plain text`, () => {
      const text = fs.readFileSync(path.join(REAL_TEXT, file), 'utf8');
      const { srt, cues } = asSrt(text);
      assert.equal(parseSubtitles(srt, 'srt').cues.length, cues);
      const warnings = (findings: readonly { severity: string; code: string }[]): string[] =>
        findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.code);
      const asSubtitles = warnings(analyze(documentFor(srt, `file:///${file}.srt`), services).findings);
      const asText = warnings(analyze(new TranscriptDocument(text), services).findings);
      for (const code of [
        'line-break-in-word',
        'word-split-across-cues',
        'subtitle-reading-speed',
        'subtitle-duration',
        'subtitle-overlap',
        'subtitle-gap',
        'subtitle-timing-syntax',
        'subtitle-empty-cue',
      ]) {
        assert.deepEqual(
          asSubtitles.filter((c) => c === code),
          [],
          `${code} in ${file}`,
        );
      }
      assert.ok(asSubtitles.length < asText.length || asText.length === 0, `${asSubtitles.length} warnings as subtitles, ${asText.length} as text`);
    });
  }
});
