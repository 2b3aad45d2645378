import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { TranscriptDocument } from '../../server/src/core/document';
import { applyRule, dictionaryMatches, loadPrhFile, matchRule, parsePrh } from '../../server/src/core/dictionary/prh';
import { mayBacktrackUnboundedly } from '../../server/src/core/dictionary/safePattern';
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

  it('accepts lookaround, backreferences and the i flag, as prh does, each run by the engine that is safe for it', () => {
    const result = parsePrh(
      [
        'rules:',
        '  - expected: アプリ',
        '    pattern: /アプリ(?!ケ)/', // a lookahead, nothing repeated: bounded work from each position
        '  - expected: $1',
        '    pattern: /(ね)\\1/', // a backreference
        '  - expected: Akamai',
        '    pattern: /\\bAkamai\\b/i', // the i flag
        '  - expected: $1ドル',
        '    pattern: /(\\d+)米ドル/', // a repetition the linear engine takes
        '  - expected: Google Cloud',
        '    pattern: /\\bGoogle\\s+Cloud\\b/i', // a repetition with i: the ReDoS analyser proves it safe
        '  - expected: b',
        '    pattern: /(?=(a+)+$)x/', // exponential with a lookahead: nothing clears it
      ].join('\n'),
      '/d.yml',
    );
    assert.deepEqual(result.problems, []);
    const engines = result.rules.map((rule) => rule.pattern.engine);
    // The analyser proves the fifth safe when it finishes within its time; otherwise it runs under a budget. Either way it matches.
    assert.deepEqual(
      [...engines.slice(0, 4), engines[4] === 'budgeted' ? 'analysed' : engines[4], engines[5]],
      ['bounded', 'bounded', 'bounded', 'linear', 'analysed', 'budgeted'],
    );
    const [app, repeated, akamai, dollars, cloud] = result.rules;
    assert.equal(applyRule(app!, 'アプリとアプリケーション'), 'アプリとアプリケーション');
    assert.deepEqual(
      matchRule(app!, 'アプリとアプリケーション').map((m) => m.start),
      [],
    );
    assert.equal(applyRule(repeated!, 'そうねね'), 'そうね');
    assert.equal(applyRule(akamai!, 'AKAMAIとakamai'), 'AkamaiとAkamai');
    assert.equal(applyRule(dollars!, '5米ドルと10米ドル'), '5ドルと10ドル');
    assert.equal(applyRule(cloud!, 'google   cloudで'), 'Google Cloudで');
  });

  it('tells patterns that can only try a few paths from each position from those that may backtrack without bound', () => {
    const bounded = ['アプリ(?!ケ)', '(?:結びつ|むすびつ)', 'つく([らりるれろっ])', '[*+{]\\*\\+', '(?<!ま)でで(?!(きる|きます|す))', 'a?b?c?'];
    const unbounded = ['(a+)+$', 'a*', 'x{2,}', 'x{1,3}', '(a|b)(c|d)(e|f)(g|h)(i|j)(k|l)(m|n)(o|p)(q|r)(s|t)(u|v)(w|x)(y|z)(a|b)', `${'a?'.repeat(14)}`];
    for (const source of bounded) assert.equal(mayBacktrackUnboundedly(source), false, source);
    for (const source of unbounded) assert.equal(mayBacktrackUnboundedly(source), true, source);
  });

  it('stops a pattern that no engine can clear after its time budget, and does not run it again', { timeout: 60_000 }, () => {
    const rule = parsePrh('rules:\n  - expected: b\n    pattern: /(?=(a+)+$)x/\n', '/d.yml').rules[0]!;
    assert.equal(rule.pattern.engine, 'budgeted');
    assert.deepEqual(matchRule(rule, 'ax'), []);
    assert.equal(rule.pattern.timedOut, false, 'a short text is matched within the budget');
    assert.deepEqual(matchRule(rule, `${'a'.repeat(50)}!`), []);
    assert.equal(rule.pattern.timedOut, true);
    assert.deepEqual(matchRule(rule, 'ax'), [], 'switched off');
  });

  it('finds the matches of a budgeted pattern as the ordinary engine would', () => {
    const rule = parsePrh('rules:\n  - expected: 「$1」\n    pattern: /(?=(?:ab+)+c)(ab+c)/\n', '/d.yml').rules[0]!;
    assert.equal(rule.pattern.engine, 'budgeted');
    assert.equal(applyRule(rule, 'xabbc abc ab'), 'x「abbc」 「abc」 ab');
  });

  it('builds patterns as prh does: text escaped, expected spread over cases and widths, several patterns as one', () => {
    const result = parsePrh(
      [
        'rules:',
        '  - JavaScript', // a bare text is a rule with that expected text
        '  - expected: C++',
        '    pattern: C+++',
        '  - expected: $1円',
        '    patterns: [/(\\d+)円也/, /(\\d+)YEN/]',
        '  - expected: ""', // an empty expected text deletes the match
        '    pattern: /[\\x00-\\x08]+/',
        '    prh: 制御文字です',
      ].join('\n'),
      '/d.yml',
    );
    assert.deepEqual(result.problems, []);
    const [js, cpp, yen, control] = result.rules;
    assert.equal(applyRule(js!, 'ＪａｖａＳｃｒｉｐｔとjavascript'), 'JavaScriptとJavaScript');
    assert.equal(applyRule(cpp!, 'C+++'), 'C++');
    // As in prh, $1 is the first group of the patterns joined into one: the second pattern's group is $2.
    assert.equal(applyRule(yen!, '5円也と7YEN'), '5円と円');
    assert.equal(applyRule(control!, 'a\u0001b'), 'ab');
    assert.equal(control!.note, '制御文字です');
  });

  it('settles overlapping matches of different rules as prh does: the longer at one start, then the earlier', () => {
    const { rules } = parsePrh('rules:\n  - expected: AB\n    pattern: ab\n  - expected: ABC\n    pattern: abc\n  - expected: CD\n    pattern: cd\n', '/d.yml');
    assert.deepEqual(
      dictionaryMatches(rules, 'abcd').map((m) => [m.start, m.end, m.replacement]),
      [[0, 3, 'ABC']],
    );
  });

  it('leaves regular-expression rules out when asked to (untrusted workspaces)', () => {
    const literal = parsePrh(DICTIONARY, '/dict/prh.yml', { literalOnly: true });
    assert.deepEqual(
      literal.rules.map((rule) => rule.expected),
      ['ディープシーク', 'JavaScript'],
    );
  });

  it('follows imports, relative to the importing file, merged as prh merges them', async () => {
    const dir = tempDir('tl-prh-');
    fs.writeFileSync(path.join(dir, 'deeper.yml'), 'rules:\n  - expected: Claude\n    pattern: クロード\n');
    fs.writeFileSync(
      path.join(dir, 'base.yml'),
      'imports: deeper.yml\nrules:\n  - expected: ChatGPT\n    pattern: チャットGPT\n  - expected: OpenAI\n    pattern: オープンAI\n  - expected: Gemini\n    pattern: ジェミナイ\n',
    );
    fs.writeFileSync(
      path.join(dir, 'prh.yml'),
      'imports:\n  - path: base.yml\n    disableImports: true\n    ignoreRules: [/ジェミナイ/gmu]\nrules:\n  - expected: OpenAI\n    pattern: オープンエーアイ\n',
    );
    const rules = (await loadPrhFile(path.join(dir, 'prh.yml'))).rules;
    // Its own rules first; an imported rule for an expected text already there, the ignored rule and the import's imports left out.
    assert.deepEqual(
      rules.map((r) => r.expected),
      ['OpenAI', 'ChatGPT'],
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
