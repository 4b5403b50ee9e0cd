/**
 * One site, every surface: the command line, the action, the language server and the Node API
 * report the same findings — rule, file, line and column — because they are the same run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAction } from './github/run-action.js';
import { REPO_ROOT, runCliCaptured, withTempDir, writeTree } from './helpers.js';
import { startServer } from './lsp-client.js';

const SITE = {
  '.content-lint.yml': 'include: ["posts/**/*.md"]\nrules:\n  no-script: warning\n',
  'posts/2024-01-05-a.md': '---\ntitle: A\ndate: 2024-02-30\n---\n\nHello <img src="https://t.example/p.gif" width="1" height="1"> world.\n\n<script>x()</script>\n',
  'posts/b.md': '---\ntitle: B\n---\n\n<ins class="adsbygoogle" data-ad-client="ca-pub-1234567890123456"></ins>\n\nSee [the deal](https://amzn.to/3Ff2LmT).\n',
  'posts/c.md': '---\ntitle: C\n---\n\nNothing to say.\n',
};

type Located = { file: string; line: number; column: number; ruleId: string; severity: string };
const key = (item: Located) => `${item.file}:${item.line}:${item.column} ${item.severity} ${item.ruleId}`;
const fromReport = (report: { files: Array<{ file: string; findings: Located[] }> }) => report.files.flatMap((file) => file.findings.map((finding) => key({ ...finding, file: file.file }))).sort();

describe('every surface', () => {
  it('gives the same findings through the CLI, the action, the language server and the Node API', async () => {
    await withTempDir(async (directory) => {
      writeTree(directory, SITE);
      const cli = fromReport(JSON.parse((await runCliCaptured(['--format', 'json', '--fail-on', 'never'], directory)).stdout));
      expect(cli.length).toBeGreaterThanOrEqual(5);

      const action = await runAction(directory, { inputs: { 'json-file': 'report.json', 'fail-on': 'never', annotations: 'none' } });
      expect(action.status).toBe(0);
      expect(fromReport(JSON.parse(readFileSync(path.join(directory, 'report.json'), 'utf8')))).toEqual(cli);

      const api = (await import(pathToFileURL(path.join(REPO_ROOT, 'dist', 'api.js')).href)) as typeof import('../types/api.js');
      expect(fromReport(await api.lint({ cwd: directory }))).toEqual(cli);

      const server = await startServer(directory);
      const lsp: string[] = [];
      for (const file of Object.keys(SITE).filter((name) => name.endsWith('.md'))) {
        const uri = pathToFileURL(path.join(directory, file)).href;
        const count = server.published.length;
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: SITE[file as keyof typeof SITE] } });
        for (const item of (await server.next(uri, count)).diagnostics) {
          lsp.push(key({ file, line: item.range.start.line + 1, column: item.range.start.character + 1, ruleId: String(item.code), severity: item.severity === 1 ? 'error' : 'warning' }));
        }
      }
      expect(await server.stop()).toBe(0);
      expect(lsp.sort()).toEqual(cli);
    });
  }, 60_000);
});
