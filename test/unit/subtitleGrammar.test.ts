import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type StateStack } from 'vscode-textmate';

const SYNTAXES = path.resolve(__dirname, '..', '..', 'syntaxes');

/** "text=scope" for each piece of each line that gets a scope of ours. */
function scopesOf(grammar: IGrammar, text: string, root: string): string[] {
  let state: StateStack = INITIAL;
  const pieces: string[] = [];
  for (const line of text.split('\n')) {
    const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
    state = ruleStack;
    for (const token of tokens) {
      const scope = token.scopes.filter((s) => s !== root).at(-1);
      const piece = line.slice(token.startIndex, token.endIndex);
      if (scope && piece.trim() !== '') pieces.push(`${piece}=${scope}`);
    }
  }
  return pieces;
}

describe('the subtitle grammars', () => {
  const grammars: Record<string, IGrammar> = {};
  before(async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    for (const format of ['srt', 'vtt']) {
      const file = path.join(SYNTAXES, `${format}.tmLanguage.json`);
      const registry = new Registry({
        onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
        loadGrammar: async () => parseRawGrammar(fs.readFileSync(file, 'utf8'), file),
      });
      const grammar = await registry.loadGrammar(`text.${format}`);
      assert.ok(grammar);
      grammars[format] = grammar;
    }
  });

  it('colours SRT cue numbers, timings, speaker labels and styling tags, and leaves the text alone', () => {
    assert.deepEqual(scopesOf(grammars.srt as IGrammar, '12\n00:00:01,000 --> 00:00:03,500\n（司会）<i>今日の話題</i>', 'text.srt'), [
      '12=constant.numeric.cue-number.srt',
      '00:00:01,000=constant.numeric.timestamp.start.srt',
      '-->=keyword.operator.arrow.srt',
      '00:00:03,500=constant.numeric.timestamp.end.srt',
      '（司会）=entity.name.tag.speaker.srt',
      '<i>=meta.tag.styling.srt',
      '</i>=meta.tag.styling.srt',
    ]);
  });

  it('colours the WebVTT header, notes, timings with settings and voice tags', () => {
    assert.deepEqual(scopesOf(grammars.vtt as IGrammar, 'WEBVTT\n\nNOTE 覚え書き\n\n00:01.000 --> 00:03.500 line:85%\n<v 司会>こんにちは', 'text.vtt'), [
      'WEBVTT=keyword.other.header.vtt',
      'NOTE=comment.block.note.vtt',
      ' 覚え書き=comment.block.note.vtt',
      '00:01.000=constant.numeric.timestamp.start.vtt',
      '-->=keyword.operator.arrow.vtt',
      '00:03.500=constant.numeric.timestamp.end.vtt',
      ' line:85%=variable.parameter.cue-settings.vtt',
      '<v=meta.tag.voice.vtt',
      '司会=entity.name.tag.speaker.vtt',
      '>=meta.tag.voice.vtt',
    ]);
  });
});
