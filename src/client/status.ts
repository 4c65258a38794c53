import * as vscode from 'vscode';
import { isArticle } from './config';
import type { ArticleSummary } from './protocol';
import type { LanguageServer } from './session';

/** Wait this long after the cursor or the diagnostics move before asking again. */
const REFRESH_DELAY_MS = 250;

/** `$(person) 2  $(location) 3  $(organization) 1  $(quote) 2  $(warning) 4`, with words in the tooltip. */
function summaryText(summary: ArticleSummary): { text: string; tooltip: string } {
  if (summary.skipped) return { text: '$(circle-slash) Copydesk', tooltip: `Copydesk: not analysed (${summary.skipped})` };
  const text = `$(person) ${summary.people}  $(location) ${summary.places}  $(organization) ${summary.organisations}  $(quote) ${summary.quotes}  $(warning) ${summary.problems}`;
  const where = summary.articles > 1 ? ` (article ${summary.article} of ${summary.articles})` : '';
  const tooltip = [
    `${summary.headline ?? 'Untitled article'}${where}`,
    `${summary.people} people, ${summary.places} places, ${summary.organisations} organisations, ${summary.quotes} quotes`,
    `${summary.problems} problems: click to open the Problems view`,
  ].join('\n');
  return { text, tooltip };
}

/**
 * The status bar item for the active article, fed by the server's
 * `copydesk/articleSummary` request. Hidden when the active file is not an
 * article.
 */
export class ArticleStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('copydesk.article', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];
  private timer: NodeJS.Timeout | undefined;

  /** `server`: the running server, if any; the status bar never starts it. */
  constructor(private readonly server: () => Promise<LanguageServer | undefined>) {
    this.item.name = 'Copydesk Article';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.window.onDidChangeTextEditorSelection((event) => event.textEditor === vscode.window.activeTextEditor && this.schedule()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) this.schedule();
      }),
    ];
    this.schedule();
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh().catch(() => this.item.hide()), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const server = editor && isArticle(editor.document) ? await this.server() : undefined;
    if (!editor || !server) {
      this.item.hide();
      return;
    }
    const summary = await server.articleSummary({ uri: editor.document.uri.toString(), position: editor.selection.active });
    if (!summary) {
      this.item.hide();
      return;
    }
    const { text, tooltip } = summaryText(summary);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.item.dispose();
  }
}
