import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, freshTranscript, hoverText, ourDiagnostics, rangeOf, serverRunning, waitFor } from './helpers';

describe('Subtitle files in VS Code', () => {
  beforeEach(serverRunning);

  it('opens an .srt as SubRip, hovers an entity, warns on reading speed, and flags only cue text', async () => {
    const document = await freshTranscript('ai-news-interview.srt', false);
    assert.equal(document.languageId, 'srt');
    const diagnostics = await waitFor(() => {
      const found = ourDiagnostics(document.uri);
      return found.some((d) => codeOf(d) === 'subtitle-reading-speed') && found.some((d) => codeOf(d) === 'garbled-latin-name') ? found : undefined;
    }, 'the reading-speed and garbled-name diagnostics on the .srt');
    const speed = diagnostics.find((d) => codeOf(d) === 'subtitle-reading-speed');
    assert.equal(speed?.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(document.getText(speed?.range), 'エヌビディアの株価は一日で\n大きく下がりました');
    // Nothing on a cue number or a timing line: the format is not read as text.
    for (const diagnostic of diagnostics) {
      for (let line = diagnostic.range.start.line; line <= diagnostic.range.end.line; line++) {
        const text = document.lineAt(line).text;
        assert.ok(!/^\d+$/.test(text) && !text.includes('-->'), `${codeOf(diagnostic)} on line ${line + 1}: ${text}`);
      }
    }
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      rangeOf(document, 'サム・アルトマン').start.translate(0, 2),
    );
    assert.match(hoverText(hovers), /Sam Altman/);
  });
});
