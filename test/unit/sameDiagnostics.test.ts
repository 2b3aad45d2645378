import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { Analyzer } from '../../server/src/core/analyze';
import { TranscriptDocument } from '../../server/src/core/document';
import { sameDiagnostics, sameDiagnosticsOf, toDiagnostic } from '../../server/src/convert';
import { testServices } from '../support/analysis';

const PODCAST = fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'podcast-with-errors.txt'), 'utf8');

describe('deciding that an edit left the diagnostics as they were', () => {
  it('decides as comparing the diagnostics themselves would, after any edit (line breaks, CRLF, text before and after findings)', async () => {
    const analyzer = new Analyzer(await testServices());
    let text = `${PODCAST}\r\n${PODCAST}`;
    let doc = new TranscriptDocument(text);
    let result = analyzer.analyze(doc);
    let seed = 5;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['あ', '\n', '\r\n', '\r', '', 'Deepsek', '。'];
    let unchanged = 0;
    for (let step = 0; step < 80; step++) {
      const at = random(text.length + 1);
      const removed = random(3);
      text = text.slice(0, at) + (pieces[random(pieces.length)] ?? '') + text.slice(at + removed);
      // Half the time revised from the last document (the editor's case), half the time built afresh.
      const next = random(2) === 0 ? doc.revised(text) : new TranscriptDocument(text);
      const nextResult = analyzer.analyze(next);
      const expected = sameDiagnostics(
        result.findings.map((f) => toDiagnostic(doc, f)),
        nextResult.findings.map((f) => toDiagnostic(next, f)),
      );
      if (expected) unchanged++;
      assert.equal(sameDiagnosticsOf({ doc, result }, { doc: next, result: nextResult }), expected, `after edit ${step} (seed 5)`);
      doc = next;
      result = nextResult;
    }
    assert.ok(unchanged > 10, 'most edits leave the diagnostics as they were');
  });
});
