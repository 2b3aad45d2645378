/**
 * Changes to a workspace knowledge file made by "accept this spelling" and "ignore": text in, text out,
 * through the YAML document model so that the file's comments and layout survive.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { Entity } from './model';
import { t } from '../l10n';

/** Adds a spelling to an entity: to its record in the file, or to a copy of its built-in record appended to the file. */
export function withAcceptedSpelling(text: string, entity: Entity, spelling: string): string {
  const document = documentOf(text);
  const entities = document.get('entities', true);
  const record = isSeq(entities) ? entities.items.find((item) => isMap(item) && item.get('id') === entity.id) : undefined;
  if (isMap(record)) {
    const aliases = record.get('aliases', true);
    if (isSeq(aliases) && aliases.items.some((item) => valueOf(item) === spelling)) return text;
    if (isSeq(aliases)) aliases.add(document.createNode(spelling));
    else record.set('aliases', document.createNode([spelling]));
  } else {
    const copy = document.createNode({ ...entity, aliases: [...(entity.aliases ?? []), spelling] });
    if (isSeq(entities)) entities.add(copy);
    else document.set('entities', document.createNode([copy]));
  }
  return document.toString();
}

/** Adds a word to the words ignored in the workspace, or in one document (path relative to the file's folder). */
export function withIgnoredWord(text: string, word: string, documentPath?: string): string {
  const document = documentOf(text);
  const keys = documentPath === undefined ? ['ignoredWords'] : ['ignoredInDocuments', documentPath];
  const list = document.getIn(keys, true);
  if (isSeq(list) && list.items.some((item) => valueOf(item) === word)) return text;
  if (isSeq(list)) list.add(document.createNode(word));
  else document.setIn(keys, document.createNode([word]));
  return document.toString();
}

function documentOf(text: string): Document {
  const document = parseDocument(text);
  if (document.errors.length > 0)
    throw new Error(t('The knowledge file is not valid YAML ({0}); mend it first.', document.errors[0]?.message.split('\n')[0] ?? ''));
  // An empty file (or one of comments only) has no contents yet: start the mapping.
  if (document.contents === null) document.contents = document.createNode({}) as unknown as typeof document.contents;
  if (!isMap(document.contents)) throw new Error(t('The knowledge file must be a mapping with "entities" and "ignoredWords"; mend it first.'));
  return document;
}

function valueOf(item: unknown): unknown {
  return isScalar(item) ? item.value : undefined;
}
