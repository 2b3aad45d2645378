/**
 * A workspace's own knowledge file (transcript-lens.yaml): entities in the built-in knowledge base's
 * schema (a new id adds an entity, a built-in id replaces it) and the words its editors chose to ignore,
 * in the whole workspace or in one document. Reading never throws: each problem is reported with its
 * line and column, and whatever is valid is kept.
 */
import * as path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { DictionaryProblem } from '../dictionary/prh';
import { dataDirectory, KnowledgeBase } from './knowledgeBase';
import type { Entity } from './model';
import { schemaValidator } from './validate';
import { DEFAULT_MAX_FILE_BYTES, readBoundedText, RefusedFileError } from '../boundedFile';
import { t } from '../l10n';

/** A problem in a workspace file, at its line and column (0-based). */
export type WorkspaceFileProblem = DictionaryProblem;

export interface WorkspaceKnowledge {
  readonly entities: readonly Entity[];
  readonly ignoredWords: readonly string[];
  /** Words ignored in one document, by the document's absolute path. */
  readonly ignoredInDocuments: ReadonlyMap<string, readonly string[]>;
  readonly problems: readonly WorkspaceFileProblem[];
}

export const EMPTY_WORKSPACE_KNOWLEDGE: WorkspaceKnowledge = { entities: [], ignoredWords: [], ignoredInDocuments: new Map(), problems: [] };

/** Reads a workspace knowledge file (regular, size-limited, see boundedFile); a file that does not exist is simply empty. */
export async function loadWorkspaceKnowledge(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<WorkspaceKnowledge> {
  let text: string;
  try {
    text = await readBoundedText(file, maxBytes);
  } catch (error) {
    if (error instanceof RefusedFileError && error.missing) return EMPTY_WORKSPACE_KNOWLEDGE;
    return {
      ...EMPTY_WORKSPACE_KNOWLEDGE,
      problems: [{ file, line: 0, character: 0, message: t('Cannot read the knowledge file: {0}', (error as Error).message), unreadable: true }],
    };
  }
  return parseWorkspaceKnowledge(text, file);
}

/**
 * A knowledge file's text read. Never throws: what the YAML reader refuses (an alias bomb, nesting too
 * deep) is a problem at the start of the file, and the built-in knowledge is used without it.
 */
export function parseWorkspaceKnowledge(text: string, file: string): WorkspaceKnowledge {
  try {
    return parseKnowledgeDocument(text, file);
  } catch (error) {
    return {
      ...EMPTY_WORKSPACE_KNOWLEDGE,
      problems: [{ file, line: 0, character: 0, message: t('The knowledge file cannot be read: {0}', (error as Error).message) }],
    };
  }
}

function parseKnowledgeDocument(text: string, file: string): WorkspaceKnowledge {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: WorkspaceFileProblem[] = [];
  const problemAt = (offset: number, message: string): void => {
    const position = lineCounter.linePos(offset);
    problems.push({ file, line: position.line - 1, character: position.col - 1, message });
  };
  for (const error of document.errors) problemAt(error.pos[0], t('Not valid YAML: {0}', error.message.split('\n')[0] ?? ''));
  if (document.errors.length > 0) return { ...EMPTY_WORKSPACE_KNOWLEDGE, problems };
  // Aliases are expanded only this far: a few lines must not expand to gigabytes.
  const data: unknown = document.toJS({ maxAliasCount: 100 }) ?? {};

  const validate = workspaceValidator();
  const errors = validate(data) ? [] : (validate.errors ?? []);
  const invalidEntities = new Set<number>();
  for (const error of errors) {
    const segments = error.instancePath.split('/').slice(1).map(decodePointer);
    if (segments[0] === 'entities' && segments[1] !== undefined) invalidEntities.add(Number(segments[1]));
    problemAt(nodeAt(document, segments)?.range?.[0] ?? 0, `${describePath(segments)} ${error.message ?? 'is not valid'}${allowedValues(error.params)}.`);
  }
  // An invalid entity record is left out; anything else invalid makes the file unusable until it is mended.
  if (errors.some((error) => !/^\/entities\/\d+/.test(error.instancePath))) return { ...EMPTY_WORKSPACE_KNOWLEDGE, problems };
  const record = (isRecord(data) ? data : {}) as { entities?: Entity[]; ignoredWords?: string[]; ignoredInDocuments?: Record<string, string[]> };
  const folder = path.dirname(file);
  return {
    entities: (record.entities ?? []).filter((_, index) => !invalidEntities.has(index)),
    ignoredWords: record.ignoredWords ?? [],
    ignoredInDocuments: new Map(Object.entries(record.ignoredInDocuments ?? {}).map(([relative, words]) => [path.resolve(folder, relative), words])),
    problems,
  };
}

export interface MergedKnowledge {
  readonly kb: KnowledgeBase;
  /** Workspace entities left out, and why (a spelling taken by another entity, a relation to an unknown id). */
  readonly rejected: readonly { readonly entity: Entity; readonly reason: string }[];
}

/**
 * The built-in knowledge base with a workspace's entities added (new ids) or substituted (known ids).
 * An entity that would make the knowledge base inconsistent is left out with the reason.
 */
export function mergeWorkspaceEntities(base: KnowledgeBase, entities: readonly Entity[]): MergedKnowledge {
  if (entities.length === 0) return { kb: base, rejected: [] };
  const byId = new Map(base.entities);
  const rejected: { entity: Entity; reason: string }[] = [];
  let kb = base;
  for (const entity of entities) {
    const candidate = new Map(byId).set(entity.id, entity);
    try {
      kb = new KnowledgeBase([...candidate.values()], base.currencies);
      byId.set(entity.id, entity);
    } catch (error) {
      rejected.push({ entity, reason: (error as Error).message });
    }
  }
  return { kb, rejected };
}

/** Problems of merging, placed on the entity records of the file they come from. */
export function mergeProblems(text: string, file: string, rejected: MergedKnowledge['rejected']): WorkspaceFileProblem[] {
  if (rejected.length === 0) return [];
  const lineCounter = new LineCounter();
  let entities: unknown;
  try {
    entities = parseDocument(text, { lineCounter }).get('entities', true);
  } catch {
    entities = undefined;
  }
  return rejected.map(({ entity, reason }) => {
    const node = isSeq(entities) ? entities.items.find((item) => isMap(item) && item.get('id') === entity.id) : undefined;
    const position = lineCounter.linePos((node as Node | undefined)?.range?.[0] ?? 0);
    return { file, line: position.line - 1, character: position.col - 1, message: t('Entity "{0}" is not used: {1}', entity.id, reason) };
  });
}

function workspaceValidator(): ReturnType<typeof schemaValidator> {
  const schemas = path.join(dataDirectory(), 'schema');
  // The workspace schema refers to the entity record of the knowledge schema: compile that one first.
  schemaValidator(path.join(schemas, 'knowledge.schema.json'));
  return schemaValidator(path.join(schemas, 'workspace-knowledge.schema.json'));
}

function nodeAt(document: Document, segments: readonly string[]): Node | undefined {
  for (let depth = segments.length; depth >= 0; depth--) {
    const keys = segments.slice(0, depth).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const node = depth === 0 ? document.contents : (document.getIn(keys, true) as Node | undefined);
    if (node && typeof node === 'object' && 'range' in node) return node;
  }
  return undefined;
}

function describePath(segments: readonly string[]): string {
  return segments.length === 0
    ? 'The file'
    : segments
        .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
        .join('')
        .replace(/^\./, '');
}

function allowedValues(params: unknown): string {
  if (isRecord(params) && Array.isArray(params.allowedValues)) return ` (${params.allowedValues.join(', ')})`;
  if (isRecord(params) && typeof params.additionalProperty === 'string') return ` ("${params.additionalProperty}")`;
  return '';
}

function decodePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
