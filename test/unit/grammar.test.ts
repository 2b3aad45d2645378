import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const GRAMMAR = path.resolve(__dirname, '..', '..', 'syntaxes', 'transcript.tmLanguage.json');

/** The scopes VS Code would give each piece of a line, as "text=scope" pairs for the pieces with our scopes. */
function scopesOf(grammar: IGrammar, line: string): string[] {
  const { tokens } = grammar.tokenizeLine(line, INITIAL);
  const pieces: { text: string; scope: string }[] = [];
  for (const token of tokens) {
    // The innermost scope of ours; a quotation's brackets and body share it and are merged into one piece.
    const scope = token.scopes.filter((s) => s !== 'text.transcript')[0];
    const text = line.slice(token.startIndex, token.endIndex);
    const last = pieces.at(-1);
    if (scope && last?.scope === scope) last.text += text;
    else if (scope) pieces.push({ text, scope });
    else pieces.push({ text, scope: '' });
  }
  return pieces.filter((p) => p.scope !== '').map((p) => `${p.text}=${p.scope}`);
}

describe('the transcript grammar', () => {
  let grammar: IGrammar;
  before(async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async () => parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR),
    });
    const loaded = await registry.loadGrammar('text.transcript');
    assert.ok(loaded);
    grammar = loaded;
  });

  it('colours a section heading', () => {
    assert.deepEqual(scopesOf(grammar, '生成AIと半導体の競争'), ['生成AIと半導体の競争=markup.heading.transcript']);
  });

  it('does not take a sentence or a short fragment for a heading', () => {
    assert.deepEqual(scopesOf(grammar, '彼はそう言いました。'), []);
    assert.deepEqual(scopesOf(grammar, 'この会社は'), []);
  });

  it('colours source URLs', () => {
    assert.deepEqual(scopesOf(grammar, '出典:https://example.com/news/ai'), [
      '出典=keyword.other.source.transcript',
      'https://example.com/news/ai=markup.underline.link.transcript',
    ]);
  });

  it('colours amounts with 万/億 and their currency unit', () => {
    assert.deepEqual(scopesOf(grammar, '費用は550万ドルで、予算は3億円だ。'), [
      '550万=constant.numeric.amount.transcript',
      'ドル=support.constant.currency.transcript',
      '3億=constant.numeric.amount.transcript',
      '円=support.constant.currency.transcript',
    ]);
  });

  it('colours quotations', () => {
    assert.deepEqual(scopesOf(grammar, '彼は「AIは重要だ」と語った。'), ['「AIは重要だ」=string.quoted.other.corner.transcript']);
  });
});
