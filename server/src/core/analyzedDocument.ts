/** A document together with its derived views: flow text and kuromoji tokens per line, computed on demand. */
import { chunkBreakFacts, layoutChunks, type BreakLayout } from './layout';
import { flowText, separatedChunks, TranscriptDocument, type Chunk, type FlowText } from './document';
import type { JapaneseTokenizer, Token } from './tokenizer';

export class AnalyzedDocument {
  private flowCache: FlowText | undefined;
  private readonly boundaries = new Map<number, ReadonlySet<number>>();
  private layoutCache: BreakLayout | undefined;

  /** `layout`: which line breaks are wraps, decided for the whole document (a chunk cannot tell alone); by default from this text. */
  constructor(
    readonly source: TranscriptDocument,
    private readonly tokenizer: JapaneseTokenizer,
    layout?: BreakLayout,
  ) {
    this.layoutCache = layout;
  }

  /** Which line breaks wrap running prose (see layout.ts). */
  get layout(): BreakLayout {
    this.layoutCache ??= documentLayout(this.source, this.tokenizer);
    return this.layoutCache;
  }

  /** Another text analysed with the same tokenizer (a detector checking what its fix would leave). */
  edited(text: string): AnalyzedDocument {
    return new AnalyzedDocument(new TranscriptDocument(text), this.tokenizer);
  }

  get text(): string {
    return this.source.text;
  }

  get flow(): FlowText {
    this.flowCache ??= flowText(this.source, this.layout);
    return this.flowCache;
  }

  /** kuromoji tokens of one line; offsets are relative to the line start. */
  lineTokens(lineIndex: number): readonly Token[] {
    const line = this.source.lines[lineIndex];
    return line ? this.tokenizer.tokenize(line.text) : [];
  }

  tokenize(text: string): readonly Token[] {
    return this.tokenizer.tokenize(text);
  }

  /** Whether a word may start or end at this document offset, according to kuromoji. Line ends always qualify. */
  isTokenBoundary(offset: number): boolean {
    const lineIndex = this.source.lineIndexAt(offset);
    const line = this.source.lines[lineIndex];
    if (!line || offset <= line.start || offset >= line.end) return true;
    let set = this.boundaries.get(lineIndex);
    if (!set) {
      set = new Set(this.lineTokens(lineIndex).flatMap((t) => [t.start, t.end]));
      this.boundaries.set(lineIndex, set);
    }
    return set.has(offset - line.start);
  }
}

/** The layout of a whole document, by document line (for a document analysed in one piece). */
export function documentLayout(source: TranscriptDocument, tokenizer: JapaneseTokenizer): BreakLayout {
  const chunks = source.chunks;
  const layouts = layoutChunks(
    chunks.map((chunk) => chunkBreakFacts(chunk.text, tokenizer)),
    separatedChunks(source.text, chunks),
  );
  return byDocumentLine(source, chunks, layouts);
}

/** Chunk layouts read by document line. Breaks between chunks follow a sentence end or a blank line: no wraps. */
export function byDocumentLine(source: TranscriptDocument, chunks: readonly Chunk[], layouts: readonly BreakLayout[]): BreakLayout {
  // Found on first use: the analysis makes this layout on every edit for checks that mostly never ask it.
  let lines: readonly number[] | undefined;
  return {
    wrapAfter(lineIndex) {
      const firstLines = (lines ??= chunks.map((chunk) => source.lineIndexAt(chunk.start)));
      // The last chunk starting at or before this line (a long line's last segment holds the break after it).
      let low = 0;
      let high = firstLines.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((firstLines[mid] ?? 0) <= lineIndex) low = mid;
        else high = mid - 1;
      }
      return layouts[low]?.wrapAfter(lineIndex - (firstLines[low] ?? 0));
    },
  };
}
