// "Import Article from URL…" and "from HTML File…": run the CLI's importer in the extension
// host and open the new article. In-process because the importer is one async call with no
// state: no protocol message, no server change, no child process to find a Node for; it is
// loaded on first use (a lazy import, so activation does not pay for the DOM and Readability).
import * as vscode from 'vscode';
import type * as Importer from '../../server/src/import/importArticle';
import type * as Fetcher from '../../server/src/import/fetchPage';

/** Asks for a URL (unless given) and imports it; resolves with the new article, if any. */
export async function importFromUrl(url?: string): Promise<vscode.Uri | undefined> {
  const input =
    url ??
    (await vscode.window.showInputBox({
      title: 'Import Article from URL',
      prompt: 'The address of a news page (http or https)',
      placeHolder: 'https://…',
      ignoreFocusOut: true,
      validateInput: (v) => (/^https?:\/\/\S+$/i.test(v.trim()) ? undefined : 'Enter an http or https URL'),
    }));
  return input ? importInput(input.trim()) : undefined;
}

/** Asks for a saved HTML page (unless given) and imports it; resolves with the new article, if any. */
export async function importFromFile(file?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const picked =
    file ??
    (await vscode.window.showOpenDialog({ title: 'Import Article from HTML File', canSelectMany: false, openLabel: 'Import', filters: { 'HTML pages': ['html', 'htm', 'xhtml'] } }))?.[0];
  return picked ? importInput(picked.fsPath) : undefined;
}

/** The folder new articles go to: the active article's folder, else the first workspace folder. */
function targetFolder(): string | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.languageId === 'claimmark' && doc.uri.scheme === 'file') return vscode.Uri.joinPath(doc.uri, '..').fsPath;
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
  return folder?.uri.fsPath;
}

async function importInput(input: string, force = false): Promise<vscode.Uri | undefined> {
  const outDir = targetFolder();
  if (!outDir) {
    void vscode.window.showErrorMessage('Open a folder first: imported articles are saved in it.');
    return undefined;
  }
  // esbuild inlines these modules but runs them only on this first call.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { importArticle } = require('../../server/src/import/importArticle') as typeof Importer;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { DEFAULT_LIMITS } = require('../../server/src/import/fetchPage') as typeof Fetcher;
  const today = new Date();
  const retrieved = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Importing ${input}…` }, () =>
    importArticle(input, { cwd: outDir, outDir, force, retrieved, limits: DEFAULT_LIMITS, readStdin: async () => new Uint8Array() }),
  );
  if (!result.ok) {
    if (!force && result.message.includes('already exists')) {
      const choice = await vscode.window.showWarningMessage(`${result.message.replace(/ \(use --force.*\)$/, '')}. Replace it?`, { modal: true }, 'Replace');
      return choice === 'Replace' ? importInput(input, true) : undefined;
    }
    void vscode.window.showErrorMessage(`Could not import ${input}: ${result.message}`);
    return undefined;
  }
  const uri = vscode.Uri.file(result.path);
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}
