/**
 * The commands the server executes (workspace/executeCommand), with their typed arguments and results:
 * the client, the code actions that offer them and the server's dispatcher all use these, so an id or
 * an argument list is written once.
 */

/** A server command: its id, and (as types only) its argument list and result. */
export interface CommandType<Args extends readonly unknown[], Result> {
  readonly id: string;
  /** Checks arguments that came over the wire; undefined when they do not fit. */
  readonly parse: (args: readonly unknown[]) => Args | undefined;
  /** Never set: carries the result type. */
  readonly result?: Result;
}

export type CommandArgs<C> = C extends CommandType<infer Args, unknown> ? Args : never;
export type CommandResult<C> = C extends CommandType<readonly unknown[], infer Result> ? Result : never;

const isString = (value: unknown): value is string => typeof value === 'string';

/** Applies the preferred fix of every error and warning in a document. */
export type FixAllArgs = readonly [uri: string];
export interface FixAllResult {
  readonly applied: boolean;
  readonly edits: number;
}
export const FixAllCommand: CommandType<FixAllArgs, FixAllResult> = {
  id: 'transcriptLens.applyFixAll',
  parse: ([uri]) => (isString(uri) ? [uri] : undefined),
};

/** Writes a spelling into the workspace knowledge file as a name of an entity. */
export type AcceptSpellingArgs = readonly [uri: string, entityId: string, spelling: string];
/** The knowledge file written, or null when nothing was written (the user was told why). */
export type KnowledgeWriteResult = { readonly file: string } | null;
export const AcceptSpellingCommand: CommandType<AcceptSpellingArgs, KnowledgeWriteResult> = {
  id: 'transcriptLens.acceptSpelling',
  parse: ([uri, entityId, spelling]) => (isString(uri) && isString(entityId) && isString(spelling) ? [uri, entityId, spelling] : undefined),
};

/** Writes a word to ignore into the workspace knowledge file, for the workspace or for one document. */
export type IgnoreScope = 'workspace' | 'document';
export type IgnoreWordArgs = readonly [uri: string, word: string, scope: IgnoreScope];
export const IgnoreWordCommand: CommandType<IgnoreWordArgs, KnowledgeWriteResult> = {
  id: 'transcriptLens.ignoreWord',
  parse: ([uri, word, scope]) => (isString(uri) && isString(word) && (scope === 'workspace' || scope === 'document') ? [uri, word, scope] : undefined),
};

/** Every command the server executes, as it declares them in its capabilities. */
export const SERVER_COMMANDS = [FixAllCommand.id, AcceptSpellingCommand.id, IgnoreWordCommand.id] as const;

/** The code-action kind of "fix all" for editor.codeActionsOnSave. */
export const FIX_ALL_KIND = 'source.fixAll.transcriptLens';
