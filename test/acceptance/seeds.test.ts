/**
 * Acceptance over a directory of real transcripts: TRANSCRIPT_LENS_SEEDS (CI points it at ../shared/seeds).
 * The seeds are third-party text and are not in this repository; when the directory is missing this suite
 * says so loudly and skips, and CI (which always has it) runs it in full.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { SEEDS_DIRECTORY, seedsAvailable, warnNoSeeds } from '../support/seeds';
import { applyFixes, checkJson, offsetOf, type JsonDiagnostic, type JsonFile } from '../support/cli';

const SEEDS = SEEDS_DIRECTORY;
const available = seedsAvailable();
if (!available) warnNoSeeds('Seed acceptance tests');

function seedPath(prefix: string): string {
  const name = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  assert.ok(name, `no seed ${prefix}* in ${SEEDS}`);
  return path.join(SEEDS, name);
}

const reports = new Map<string, { text: string; file: JsonFile }>();

/** The CLI's JSON report of one seed (computed once per seed). */
function report(prefix: string): { text: string; file: JsonFile } {
  const cached = reports.get(prefix);
  if (cached) return cached;
  const result = runReport(prefix);
  reports.set(prefix, result);
  return result;
}

function runReport(prefix: string): { text: string; file: JsonFile } {
  const file = seedPath(prefix);
  const { files } = checkJson([file]);
  assert.equal(files.length, 1);
  return { text: fs.readFileSync(file, 'utf8'), file: files[0]! };
}

/** The diagnostics whose range covers the first occurrence of `written`, and the text once their fixes are applied. */
function fixedAt(text: string, diagnostics: readonly JsonDiagnostic[], written: string, context = 0): { flagged: JsonDiagnostic[]; after: string } {
  const at = text.indexOf(written);
  assert.ok(at >= 0, `「${written}」 is not in the seed`);
  const end = at + written.length;
  const flagged = diagnostics.filter((d) => offsetOf(text, d.range.start) < end && offsetOf(text, d.range.end) > at);
  const fixedText = applyFixes(text, flagged);
  const delta = fixedText.length - text.length;
  return { flagged, after: fixedText.slice(Math.max(0, at - context), end + delta) };
}

describe('acceptance on the real seed transcripts', { skip: available ? false : `no seeds at ${SEEDS}` }, () => {
  it('003: 「550万ルピー」 becomes 「550万ドル」', () => {
    const { text, file } = report('003');
    assert.equal(fixedAt(text, file.diagnostics, '550万ルピー').after, '550万ドル');
  });

  it('003: 「Deepik」 becomes 「DeepSeek」', () => {
    const { text, file } = report('003');
    assert.equal(fixedAt(text, file.diagnostics, 'Deepik').after, 'DeepSeek');
  });

  it('003: 「Open the Eyes」 becomes 「OpenAI」', () => {
    const { text, file } = report('003');
    assert.equal(fixedAt(text, file.diagnostics, 'Open the Eyes').after, 'OpenAI');
  });

  it('003: 「サム・⏎アルマン」 becomes 「サム・アルトマン」', () => {
    const { text, file } = report('003');
    assert.equal(fixedAt(text, file.diagnostics, 'サム・\nアルマン').after, 'サム・アルトマン');
  });

  it('003: words broken by a line break, stutters, the letter for a syllable and o1 are fixed', () => {
    const { text, file } = report('003');
    assert.equal(fixedAt(text, file.diagnostics, 'バック\nストーリー').after, 'バックストーリー');
    assert.equal(fixedAt(text, file.diagnostics, 'オープンオープンソース').after, 'オープンソース');
    assert.equal(fixedAt(text, file.diagnostics, 'Lセンス').after, 'ライセンス');
    assert.equal(fixedAt(text, file.diagnostics, '01という').after, 'o1という');
    assert.equal(fixedAt(text, file.diagnostics, 'ディープスが').after, 'ディープシークが');
  });

  it('001: 「OpenIA」 becomes 「OpenAI」', () => {
    const { text, file } = report('001');
    assert.equal(fixedAt(text, file.diagnostics, 'OpenIA').after, 'OpenAI');
  });

  it('004: 「Twitte」 becomes 「Twitter」', () => {
    const { text, file } = report('004');
    assert.equal(fixedAt(text, file.diagnostics, 'Twitteは').after, 'Twitterは');
  });

  it('002, nearly clean, gets at most a few warnings', () => {
    const { file } = report('002');
    const loud = file.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.ok(loud.length <= 3, loud.map((d) => d.message).join('\n'));
  });

  it('recognises the entities of every seed', () => {
    const expected: Record<string, string[]> = {
      '000': ['emmanuel-macron', 'demis-hassabis', 'google-deepmind', 'mistral-ai', 'arthur-mensch'],
      '001': ['deepseek', 'openai', 'stargate', 'neil-lawrence', 'lighton', 'nvidia', 'sam-altman'],
      '002': ['genesis-mission', 'apollo-program', 'manhattan-project', 'us-department-of-energy', 'horizon-europe', 'xai'],
      '003': ['deepseek', 'openai', 'scale-ai', 'nvidia-h100', 'stargate', 'microsoft', 'world-economic-forum'],
      '004': ['elon-musk', 'openai', 'laion', 'yann-lecun', 'andrew-ng', 'sundar-pichai', 'nvidia-h100', 'igor-babuschkin'],
    };
    for (const [prefix, ids] of Object.entries(expected)) {
      const found = new Set(report(prefix).file.entities.map((e) => e.id));
      for (const id of ids) assert.ok(found.has(id), `${prefix}: ${id} not recognised`);
    }
  });
});
