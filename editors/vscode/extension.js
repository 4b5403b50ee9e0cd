// The content-lint extension: starts `content-lint lsp` and lets VS Code's language client show its
// diagnostics and code actions. The server is the workspace's own content-lint when it has one (the
// version its CI runs), else the copy packed in this extension (server/, from the repository's dist/).
'use strict';
const { existsSync } = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

/** How to start the server: the configured command, the workspace's content-lint, or ours. */
function serverOptions(folder, configured, extensionPath) {
  if (Array.isArray(configured) && configured.length > 0) {
    const [command, ...args] = configured;
    return { command, args, options: { cwd: folder } };
  }
  const local = folder && path.join(folder, 'node_modules', 'content-lint', 'dist', 'cli.js');
  const module = local && existsSync(local) ? local : path.join(extensionPath, 'server', 'cli.js');
  return { module, args: ['lsp'], transport: TransportKind.stdio, options: { cwd: folder } };
}

function activate(context) {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const configured = vscode.workspace.getConfiguration('contentLint').get('command');
  client = new LanguageClient('content-lint', 'content-lint', serverOptions(folder, configured, context.extensionPath), {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'mdx' },
      { scheme: 'file', pattern: '**/*.mdx' },
    ],
    // The config changed: the server lints the open documents again.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{.content-lint.yml,.content-lint.yaml,.content-lint.json,package.json}') },
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, serverOptions };
