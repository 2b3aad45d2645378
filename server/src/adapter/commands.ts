/**
 * The commands the server executes, one typed handler per command of the shared module (eslint-style
 * ids, arguments checked before a handler sees them): fix all, accept a spelling, ignore a word.
 */
import type { ExecuteCommandParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { fixAllEdits } from '../codeActions';
import { t } from '../core/l10n';
import { AcceptSpellingCommand, FixAllCommand, IgnoreWordCommand, type CommandArgs, type CommandResult, type CommandType } from '../shared';
import type { AnalysisOf } from './analyses';
import type { Workspace } from './workspace';

export interface CommandDependencies {
  readonly analysisOf: AnalysisOf;
  readonly workspace: Workspace;
  /** Asks the editor to apply an edit; resolves to whether it did. */
  readonly applyEdit: (label: string, edit: WorkspaceEdit) => Promise<boolean>;
  /** The text of a file if it is open in the editor (written to instead of the file on disk). */
  readonly openText: (file: string) => string | undefined;
  /** The workspace's knowledge changed: every transcript is analysed again. */
  readonly refreshAll: () => void;
  readonly showError: (message: string) => void;
}

type Handler<C> = (...args: CommandArgs<C>) => Promise<CommandResult<C>>;

interface Registered {
  readonly command: CommandType<readonly unknown[], unknown>;
  readonly run: (args: readonly unknown[]) => Promise<unknown>;
}

function register<C extends CommandType<readonly unknown[], unknown>>(command: C, handler: Handler<C>): Registered {
  return {
    command,
    run: (args) => {
      const parsed = command.parse(args) as CommandArgs<C> | undefined;
      return parsed ? handler(...parsed) : Promise.resolve(null);
    },
  };
}

/** The handler of workspace/executeCommand: null for an unknown command or arguments that do not fit. */
export function createCommandHandler(deps: CommandDependencies): (params: ExecuteCommandParams) => Promise<unknown> {
  const { analysisOf, workspace, applyEdit, openText, refreshAll, showError } = deps;
  const writingKnowledge = async (write: () => Promise<string>): Promise<CommandResult<typeof AcceptSpellingCommand>> => {
    // An untrusted workspace's knowledge file is neither read nor written.
    if (!workspace.isTrusted) return null;
    try {
      const file = await write();
      refreshAll();
      return { file };
    } catch (error) {
      showError(t('Transcript Lens could not write the workspace knowledge file: {0}', (error as Error).message));
      return null;
    }
  };
  const handlers = [
    register(FixAllCommand, async (uri) => {
      const analysis = await analysisOf(uri);
      if (!analysis) return { applied: false, edits: 0 };
      const edits: TextEdit[] = fixAllEdits(analysis);
      if (edits.length === 0) return { applied: true, edits: 0 };
      const applied = await applyEdit(t('Transcript Lens: fix all'), { changes: { [uri]: edits } });
      return { applied, edits: edits.length };
    }),
    register(AcceptSpellingCommand, (uri, entityId, spelling) =>
      writingKnowledge(async () => {
        const entity = await workspace.entity(entityId);
        if (!entity) throw new Error(t('there is no entity "{0}" in the knowledge base', entityId));
        return workspace.acceptSpelling(uri, entity, spelling, openText);
      }),
    ),
    register(IgnoreWordCommand, (uri, word, scope) => writingKnowledge(() => workspace.ignoreWord(uri, word, scope, openText))),
  ];
  const byId = new Map(handlers.map((handler) => [handler.command.id, handler]));
  return (params) => byId.get(params.command)?.run(params.arguments ?? []) ?? Promise.resolve(null);
}
