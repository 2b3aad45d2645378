import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { TranscriptDocument } from '../../server/src/core/document';
import { applyRule, loadPrhFile, matchRule, parsePrh } from '../../server/src/core/dictionary/prh';
import { testServices } from '../support/analysis';
import { tempDir } from '../support/tempDir';

const DICTIONARY = `version: 1
rules:
  - expected: ディープシーク
    pattern: ディープシーカー
  - expected: 生成AI
    patterns:
      - 生成系AI
      - /ジェネレーティブ(な)?AI/
  - expected: JavaScript
  - expected: AI
    pattern: /a\\.i\\./
    options:
      wordBoundary: true
  - expected: $1ドル
    pattern: /(\\d+)米ドル/
    specs:
      - from: 5米ドル
        to: 5ドル
`;

describe('prh dictionaries', () => {
  const dictionary = parsePrh(DICTIONARY, '/dict/prh.yml');

  it('reads literal, listed, regular-expression and implicit patterns', () => {
    assert.deepEqual(dictionary.problems, []);
    assert.equal(dictionary.rules.length, 5);
    const rule = (expected: string) => dictionary.rules.find((r) => r.expected === expected)!;
    assert.equal(applyRule(rule('ディープシーク'), 'ディープシーカーの話'), 'ディープシークの話');
    assert.equal(applyRule(rule('生成AI'), '生成系AIとジェネレーティブなAI'), '生成AIと生成AI');
    assert.equal(applyRule(rule('JavaScript'), 'javascriptとJavaScript'), 'JavaScriptとJavaScript');
    assert.equal(applyRule(rule('$1ドル'), '100米ドル'), '100ドル');
  });

  it('only flags text that differs from the expected one', () => {
    const rule = dictionary.rules.find((r) => r.expected === 'JavaScript')!;
    assert.deepEqual(matchRule(rule, 'JavaScript').length, 0);
  });

  it('runs the specs and reports a failing one at its line', () => {
    const broken = parsePrh('rules:\n  - expected: AI\n    pattern: エーアイ\n    specs:\n      - from: エーアイ\n        to: A.I.\n', '/d.yml');
    assert.equal(broken.problems.length, 1);
    assert.match(broken.problems[0]!.message, /Spec failed/);
    assert.equal(broken.problems[0]!.line, 4);
  });

  it('reports malformed entries with line and column, and keeps the valid rules', () => {
    const result = parsePrh('rules:\n  - expected: 正しい\n    pattern: 誤り\n  - pattern: 期待値なし\n  - expected: X\n    pattern: /ab(c/\n', '/d.yml');
    assert.equal(result.rules.length, 1);
    assert.deepEqual(
      result.problems.map((p) => [p.line, p.character]),
      [
        [3, 4],
        [5, 13],
      ],
    );
    assert.match(result.problems[1]!.message, /not a valid regular expression/);
  });

  it('reports text that is not YAML at its position', () => {
    const result = parsePrh('rules:\n  - expected: "unclosed\n', '/d.yml');
    assert.equal(result.rules.length, 0);
    assert.match(result.problems[0]!.message, /Not valid YAML/);
  });

  it('cannot hang on a pattern with catastrophic backtracking', { timeout: 30_000 }, () => {
    const result = parsePrh('rules:\n  - expected: b\n    pattern: /(a+)+$/\n', '/d.yml');
    const rule = result.rules[0]!;
    assert.deepEqual(matchRule(rule, `${'a'.repeat(100_000)}b`), []);
  });

  it('refuses patterns that cannot run in linear time, saying why', () => {
    const result = parsePrh('rules:\n  - expected: x\n    pattern: /(a)\\1/\n', '/d.yml');
    assert.match(result.problems[0]!.message, /linear time/);
  });

  it('leaves regular-expression rules out when asked to (untrusted workspaces)', () => {
    const literal = parsePrh(DICTIONARY, '/dict/prh.yml', { literalOnly: true });
    assert.ok(literal.rules.every((rule) => rule.patterns.every((p) => !/[()\\]/.test(p.source) || p.source.includes('\\b'))));
    assert.equal(
      literal.rules.find((r) => r.expected === '$1ドル'),
      undefined,
    );
  });

  it('follows imports, relative to the importing file', async () => {
    const dir = tempDir('tl-prh-');
    fs.writeFileSync(path.join(dir, 'base.yml'), 'rules:\n  - expected: ChatGPT\n    pattern: チャットGPT\n');
    fs.writeFileSync(path.join(dir, 'prh.yml'), 'imports:\n  - base.yml\nrules:\n  - expected: OpenAI\n    pattern: オープンエーアイ\n');
    assert.deepEqual(
      (await loadPrhFile(path.join(dir, 'prh.yml'))).rules.map((r) => r.expected),
      ['ChatGPT', 'OpenAI'],
    );
  });

  it('refuses an import that is a device, and says so where it is imported; the other rules still load', async () => {
    const dir = tempDir('tl-prh-');
    fs.writeFileSync(path.join(dir, 'prh.yml'), 'imports:\n  - /dev/zero\nrules:\n  - expected: OpenAI\n    pattern: オープンエーアイ\n');
    const loaded = await loadPrhFile(path.join(dir, 'prh.yml'));
    assert.deepEqual(
      loaded.rules.map((r) => r.expected),
      ['OpenAI'],
    );
    assert.deepEqual(
      loaded.problems.map((p) => [p.file, p.line]),
      [[path.join(dir, 'prh.yml'), 1]],
    );
    assert.match(loaded.problems[0]?.message ?? '', /\/dev\/zero.*device/);
  });

  it('turns an alias bomb and absurd nesting into a problem at the start of the file', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      ),
      'rules: *j',
    ].join('\n');
    const result = parsePrh(bomb, '/d.yml');
    assert.deepEqual(result.rules, []);
    assert.ok(result.problems.length > 0);
    const deep = parsePrh(`rules: ${'['.repeat(100_000)}${']'.repeat(100_000)}`, '/d.yml');
    assert.deepEqual(deep.rules, []);
    assert.ok(deep.problems.length > 0);
  });

  it('becomes diagnostics with quick fixes in a transcript', async () => {
    const result = analyze(new TranscriptDocument('ディープシーカーの新モデルは生成系AIだ。'), await testServices(), {
      dictionary: { rules: dictionary.rules, key: 'test' },
    });
    const found = result.findings.filter((f) => f.code === 'dictionary-rule').map((f) => f.fixes[0]?.edits[0]?.newText);
    assert.deepEqual(found, ['ディープシーク', '生成AI']);
  });
});
