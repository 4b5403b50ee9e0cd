/** A real LSP client over stdio (vscode-languageserver-protocol) for the bundled `content-lint lsp`. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from './helpers.js';

/** Starts the server with `root` as the workspace, initialised; `next` waits for a document's next diagnostics. */
export async function startServer(root: string) {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), 'lsp'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<() => void> = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const wake of waiters.splice(0)) wake();
  });
  connection.onNotification('window/showMessage', () => {});
  connection.listen();
  const rootUri = pathToFileURL(root).href;
  await connection.sendRequest('initialize', { processId: process.pid, rootUri, capabilities: {}, workspaceFolders: [{ uri: rootUri, name: 'site' }] });
  await connection.sendNotification('initialized', {});
  /** The next diagnostics published for `uri`. */
  const next = async (uri: string, after: number) => {
    for (;;) {
      const found = published.slice(after).find((params) => params.uri === uri);
      if (found) return found;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  const stop = async () => {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    connection.dispose();
    return code;
  };
  return { connection, published, next, stop };
}
