/**
 * Restarts a crashed language server, always. vscode-languageclient's default handler gives up after a few
 * crashes, and over IPC every write to the dead server counts as an error that shuts the client down for
 * good: a user would be left without diagnostics until a reload. Here errors never stop the client; each
 * close restarts it after a pause that grows while crashes come close together, and repeated crashes are
 * shown once, with a button to restart at once.
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';

/** Crashes this close together make a streak; the pause doubles with each crash of a streak. */
const STREAK_WINDOW_MS = 3 * 60_000;
const FIRST_PAUSE_MS = 250;
const LONGEST_PAUSE_MS = 15_000;
/** From this many crashes in a streak, the user is told (once per streak). */
const REPEATED_CRASHES = 5;

/** How long to wait before restarting after the nth crash of a streak (n from 1). */
export function restartPause(crashesInStreak: number): number {
  return Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** Math.max(0, crashesInStreak - 1));
}

export class CrashRecovery {
  private crashes: number[] = [];
  private told = false;

  /** restartNow starts a fresh client at once (the "Restart server" command). */
  constructor(private readonly restartNow: () => Promise<void>) {}

  /** The handler for one client; isCurrent says whether that client is still the extension's (not replaced by a restart). */
  handlerFor(isCurrent: () => boolean): ErrorHandler {
    return {
      error: (error: Error): ErrorHandlerResult => ({
        action: ErrorAction.Continue,
        // Logged, not shown: when the server died, the close that follows restarts it.
        handled: true,
        message: vscode.l10n.t('Transcript Lens: the connection to the language server failed ({0}); the server is restarted if it stopped.', error.message),
      }),
      closed: async (): Promise<CloseHandlerResult> => {
        const pause = this.recordCrash();
        await new Promise((resolve) => setTimeout(resolve, pause));
        // The user restarted it meanwhile (or the extension stopped): that new client is the server now.
        if (!isCurrent())
          return { action: CloseAction.DoNotRestart, handled: true, message: vscode.l10n.t('Transcript Lens: a replaced language server stopped.') };
        return {
          action: CloseAction.Restart,
          handled: true,
          message: vscode.l10n.t('Transcript Lens: the language server stopped; restarted it after {0} ms.', pause),
        };
      },
    };
  }

  /** Notes a crash and answers the pause before the restart; tells the user about a streak of crashes. */
  private recordCrash(): number {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((time) => now - time < STREAK_WINDOW_MS), now];
    if (this.crashes.length === 1) this.told = false;
    if (this.crashes.length >= REPEATED_CRASHES && !this.told) {
      this.told = true;
      void this.tell(this.crashes.length);
    }
    return restartPause(this.crashes.length);
  }

  private async tell(crashes: number): Promise<void> {
    const restart = vscode.l10n.t('Restart server');
    const output = vscode.l10n.t('Show output');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t(
        'Transcript Lens: the language server stopped {0} times in a few minutes. It is restarted each time, after a longer pause; the output may say why it stops.',
        crashes,
      ),
      restart,
      output,
    );
    if (choice === restart) await this.restartNow();
    if (choice === output) await vscode.commands.executeCommand('transcriptLens.showOutput');
  }
}
