/**
 * An XLIFF file as a document: the analysis sees only the targets (the Japanese), everything else blanked so
 * that offsets and lines are the file's own; `original` is the file's text, the one edits apply to. The file
 * is its own source: `ownSource` gives the English sources for the checks against the source, unit by unit.
 */
import type { SourceDocument } from '../bilingual';
import { TranscriptDocument, unchangedEnds } from '../document';
import type { OffsetRange } from '../types';
import { maskedParts, parseXliff, type XliffFile } from './xliff';

export class XliffDocument extends TranscriptDocument {
  constructor(
    readonly original: string,
    readonly xliff: XliffFile,
    uri?: string,
    revisionOf?: ConstructorParameters<typeof TranscriptDocument>[2],
    targets: string = targetsOnly(original, xliff),
  ) {
    super(targets, uri, revisionOf);
  }

  static parse(text: string, uri?: string): XliffDocument {
    return new XliffDocument(text, parseXliff(text), uri);
  }

  override revised(text: string): TranscriptDocument {
    const xliff = parseXliff(text);
    const targets = targetsOnly(text, xliff);
    return new XliffDocument(text, xliff, this.uri, { document: this, unchanged: unchangedEnds(this.text, targets) }, targets);
  }
}

/** The file with only its targets left (everything else blanked, line breaks kept). */
function targetsOnly(text: string, xliff: XliffFile): string {
  return maskedParts(
    text,
    xliff.units.flatMap((unit): OffsetRange[] => (unit.target ? [unit.target] : [])),
  );
}

/** The English of an XLIFF file, for the checks against the source (undefined for any other document). */
export function ownSource(doc: TranscriptDocument): SourceDocument | undefined {
  return doc instanceof XliffDocument ? { text: doc.original, uri: doc.uri, format: 'xliff' } : undefined;
}
