/**
 * `content-lint lsp`, the bundled command, driven by a real LSP client over stdio
 * (vscode-languageserver-protocol): diagnostics where the CLI reports findings, the fix as a code
 * action that removes the ad, "disable for this line" only where the config allows it, and the
 * config read again when it changes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { withTempDir, writeTree } from './helpers.js';
import { startServer } from './lsp-client.js';

const POST = '---\ntitle: A post\ndate: 2024-02-30\n---\n\nHello.\n\n<ins class="adsbygoogle" data-ad-client="ca-pub-1234567890123456"></ins>\n\n<script>x()</script>\n';

describe('content-lint lsp', () => {
  it('publishes the findings as diagnostics, offers the fix and "disable for this line", and reads the config again', async () => {
    await withTempDir(async (root) => {
      writeTree(root, { '.content-lint.yml': 'rules:\n  no-script: warning\n', 'posts/a.md': POST });
      const server = await startServer(root);
      const uri = pathToFileURL(path.join(root, 'posts', 'a.md')).href;
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: POST } });
      const first = await server.next(uri, 0);
      expect(first.diagnostics.map((item) => [item.range.start.line + 1, item.code, item.severity, item.source])).toEqual([
        [3, 'date-valid', 1, 'content-lint'],
        [8, 'no-ad-embeds', 1, 'content-lint'],
        [10, 'no-script', 2, 'content-lint'],
      ]);
      expect(first.diagnostics[1]?.codeDescription?.href).toMatch(/\/docs\/rules\/no-ad-embeds\.md$/);

      // A rule a post may switch off: "disable for this line" inserts the comment above it.
      const dateActions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: first.diagnostics[0]?.range, context: { diagnostics: [first.diagnostics[0]] } })) as CodeAction[];
      expect(dateActions.map((action) => action.title)).toEqual(['Disable date-valid for this line']);
      expect(dateActions[0]?.edit?.changes?.[uri]?.[0]?.newText).toBe('<!-- content-lint-disable-next-line date-valid -->\n');

      // The fix removes the ad's line; no-ad-embeds cannot be switched off in a post: no "disable" action for it.
      const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: first.diagnostics[1]?.range, context: { diagnostics: [first.diagnostics[1]] } })) as CodeAction[];
      expect(actions.map((action) => action.title)).toEqual([expect.stringMatching(/^Fix: Unexpected Google AdSense ad unit/)]);
      const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, POST), actions[0]?.edit?.changes?.[uri] ?? []);
      expect(fixed).not.toContain('adsbygoogle');
      expect(fixed).toContain('<script>x()</script>');

      // An edit: diagnostics follow the text.
      const count = server.published.length;
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
      expect((await server.next(uri, count)).diagnostics.map((item) => item.code)).toEqual(['date-valid', 'no-script']);

      // The config changes on disk (the editor tells the server): the script is now allowed.
      writeFileSync(path.join(root, '.content-lint.yml'), 'rules:\n  no-script: off\n');
      const before = server.published.length;
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(root, '.content-lint.yml')).href, type: 2 }] });
      expect((await server.next(uri, before)).diagnostics.map((item) => item.code)).toEqual(['date-valid']);
      expect(await server.stop()).toBe(0);
    });
  }, 60_000);
});
