// Opens the workspace registry, claimmark.yaml, creating it from a short template when absent.
import * as vscode from 'vscode';

const TEMPLATE = `# Claimmark registry: actors, facts, sources and team rules (docs/format.md).
actors:
  example-actor:
    name: Example Actor
    role: What they are
    kind: person
facts:
  example-fact:
    label: What the figure measures
    unit: people
    kind: cumulative
sources: {}
rules:
  severity:
    untagged-figure: information
`;

/** Opens claimmark.yaml of the (first) workspace folder; offers to create it when missing. */
export async function openRegistry(): Promise<vscode.TextEditor | undefined> {
  const found = await vscode.workspace.findFiles('**/claimmark.yaml', '**/node_modules/**', 1);
  if (found[0]) return vscode.window.showTextDocument(found[0]);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage('Open a folder first: claimmark.yaml lives at its root.');
    return undefined;
  }
  const create = 'Create claimmark.yaml';
  if (await vscode.window.showInformationMessage('This workspace has no claimmark.yaml yet.', create) !== create) return undefined;
  const uri = vscode.Uri.joinPath(folder.uri, 'claimmark.yaml');
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEMPLATE));
  return vscode.window.showTextDocument(uri);
}

/** Opens an untitled article with front matter, in the claimmark language. */
export async function newArticle(): Promise<vscode.TextEditor> {
  const today = new Date().toISOString().slice(0, 10);
  const content = `---\ntitle: \noutlet: \npublished: ${today}\nurl: \n---\n`;
  const doc = await vscode.workspace.openTextDocument({ language: 'claimmark', content });
  return vscode.window.showTextDocument(doc);
}
