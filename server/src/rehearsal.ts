/**
 * Once per server, after the first long document is analysed, its garbage is collected and edits and
 * their diagnostics run on a copy of it (a character typed at places spread over it, then taken away),
 * so that V8 has compiled the edit path before the user's first keystroke (without it, the first edits
 * of a 1 MB transcript took 40–60 ms instead of 10–15). One edit per turn of the event loop, so that the
 * user's own requests are not held up; nothing of it is kept.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentsTellingStore, type Analysis, type AnalysisStore, type WorkspaceInputs } from './analysisStore';
import { sameDiagnosticsOf, toDiagnostic } from './convert';
import type { Settings } from './settings';

const EDITS = 12;
// Shorter documents are quick to edit even before V8 has compiled the edit path.
const LONG_DOCUMENT_CHUNKS = 500;
let rehearsed = false;

/** Rehearses editing on this document if it is the first long one the server has analysed. */
export function rehearseEditingOnce(store: AnalysisStore, document: TextDocument, analysis: Analysis, settings: Settings, inputs: WorkspaceInputs, warn: (error: unknown) => void): void {
  if (rehearsed || analysis.doc.chunks.length < LONG_DOCUMENT_CHUNKS) return;
  rehearsed = true;
  rehearseEditing(store, document, settings, inputs, warn);
}

/**
 * A full analysis of a long document leaves hundreds of megabytes of garbage, which V8 would otherwise
 * collect during the first keystrokes; it is collected here, before the rehearsal compiles the edit path.
 * The extension starts the server with --expose-gc for this; without it, nothing is done.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function rehearseEditing(store: AnalysisStore, document: TextDocument, settings: Settings, inputs: WorkspaceInputs, warn: (error: unknown) => void): void {
  const copy = TextDocument.create(`${document.uri}#transcript-lens-rehearsal`, document.languageId, 1, document.getText());
  const editing = documentsTellingStore(store);
  let last: Analysis | undefined;
  const step = (edit: number): void => {
    try {
      // Even edits type a character at the start of a line, odd ones take it away again.
      const line = Math.floor(((edit >> 1) * copy.lineCount) / (EDITS / 2));
      const at = { line, character: 0 };
      const typed = edit % 2 === 0;
      editing.update(copy, [{ range: { start: at, end: typed ? at : { line, character: 1 } }, text: typed ? 'あ' : '' }], copy.version + 1);
      // What a diagnostics pull does: analyse, and build the diagnostics when they changed.
      const analysis = store.get(copy, settings, inputs);
      if (analysis && !(last && sameDiagnosticsOf(last, analysis))) analysis.result.findings.map((finding) => toDiagnostic(analysis.doc, finding));
      last = analysis;
      if (edit + 1 < EDITS) setTimeout(() => step(edit + 1), 0);
      else store.forget(copy.uri);
    } catch (error) {
      store.forget(copy.uri);
      warn(error);
    }
  };
  setTimeout(() => {
    collectGarbage();
    store.get(copy, settings, inputs);
    step(0);
  }, 0);
}
