/** The shape every detector has: a pure function from a document and its context to findings. */
import type { AnalyzedDocument } from '../analyzedDocument';
import type { DetectorContext } from '../context';
import type { Finding } from '../types';

export interface Detector {
  /** Stable diagnostic code, also used by "fix all of this kind". */
  readonly code: string;
  /** What it finds, in one line (listed in the README and the hover). */
  readonly description: string;
  detect(doc: AnalyzedDocument, context: DetectorContext): Finding[];
}
