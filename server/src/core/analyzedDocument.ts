/** A document together with its derived views: flow text and kuromoji tokens per line, computed on demand. */
import { flowText, TranscriptDocument, type FlowText } from './document';
import type { JapaneseTokenizer, Token } from './tokenizer';

export class AnalyzedDocument {
  private flowCache: FlowText | undefined;
  private readonly boundaries = new Map<number, ReadonlySet<number>>();

  constructor(
    readonly source: TranscriptDocument,
    private readonly tokenizer: JapaneseTokenizer,
  ) {}

  /** Another text analysed with the same tokenizer (a detector checking what its fix would leave). */
  edited(text: string): AnalyzedDocument {
    return new AnalyzedDocument(new TranscriptDocument(text), this.tokenizer);
  }

  get text(): string {
    return this.source.text;
  }

  get flow(): FlowText {
    this.flowCache ??= flowText(this.source);
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
