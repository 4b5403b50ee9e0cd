/**
 * The VS Code extension (editors/vscode/): a manifest VS Code and vsce accept, at the package's
 * version, and the server it starts — the configured command, the workspace's content-lint, or its
 * own copy — always `content-lint lsp`. (.ci/run packs it into a .vsix with vsce.)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, withTempDir } from './helpers.js';

const FOLDER = path.join(REPO_ROOT, 'editors', 'vscode');
const manifest = JSON.parse(readFileSync(path.join(FOLDER, 'package.json'), 'utf8'));
const root = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

/** extension.js with `vscode` and the language client stubbed: VS Code is not here. */
function loadExtension(): { serverOptions(folder: string | undefined, configured: unknown, extensionPath: string): Record<string, unknown> } {
  const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
  (Module as unknown as { _load: typeof load })._load = (request, ...rest) =>
    request === 'vscode' ? {} : request === 'vscode-languageclient/node' ? { LanguageClient: class {}, TransportKind: { stdio: 0, ipc: 1 } } : load(request, ...rest);
  try {
    const require = createRequire(import.meta.url);
    return require(path.join(FOLDER, 'extension.js'));
  } finally {
    (Module as unknown as { _load: typeof load })._load = load;
  }
}

describe('the VS Code extension', () => {
  it('has a manifest VS Code reads: engines, activation on Markdown, its entry, at the package\'s version', () => {
    expect(manifest.version).toBe(root.version);
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+\.\d+$/);
    expect(manifest.publisher).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(manifest.activationEvents).toContain('onLanguage:markdown');
    expect(existsSync(path.join(FOLDER, manifest.main))).toBe(true);
    expect(Object.keys(manifest.dependencies)).toEqual(['vscode-languageclient']);
    expect(manifest.contributes.configuration.properties['contentLint.command'].type).toBe('array');
    for (const file of ['README.md', 'LICENSE']) expect(existsSync(path.join(FOLDER, file))).toBe(true);
  });

  it('starts `content-lint lsp`: the configured command, else the workspace\'s content-lint, else its own copy', async () => {
    const { serverOptions } = loadExtension();
    await withTempDir(async (workspace) => {
      expect(serverOptions(workspace, ['npx', 'content-lint', 'lsp'], '/ext')).toMatchObject({ command: 'npx', args: ['content-lint', 'lsp'] });
      expect(serverOptions(workspace, [], '/ext')).toMatchObject({ module: path.join('/ext', 'server', 'cli.js'), args: ['lsp'] });
      const local = path.join(workspace, 'node_modules', 'content-lint', 'dist', 'cli.js');
      mkdirSync(path.dirname(local), { recursive: true });
      writeFileSync(local, '');
      expect(serverOptions(workspace, [], '/ext')).toMatchObject({ module: local, args: ['lsp'] });
    });
  });
});
