/**
 * `content-lint lsp`: a language server over stdio, for editors. Each Markdown document that is
 * opened or changed is linted as `--stdin --stdin-filename` lints it — the config found from the
 * workspace (read again each time, so edits to it take effect), the file's collection and settings
 * chosen by its path — and its findings become diagnostics, linked to the rule's documentation.
 * Code actions: the fix of a fixable finding, and "disable for this line" where the config allows
 * the rule to be switched off in a post.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ResolvedConfig } from '../engine/config.js';
import { lineSuggestions } from '../engine/fix.js';
import { isProtected, type Rule } from '../engine/rule.js';
import type { Finding } from '../engine/types.js';
import { lintSource } from '../run/lint.js';
import { ruleDocsUrl, TOOL_NAME } from '../version.js';

/** Changes are linted once typing pauses this long. */
const DEBOUNCE_MS = 200;
const MARKDOWN = /\.(?:md|mdx|markdown|mkd|mkdn|mdown)$/i;

/** Serves until the client says exit; resolves with the exit code. */
export function runLanguageServer(rules: readonly Rule<any>[], input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<number> {
  const connection = createConnection(ProposedFeatures.all, input, output);
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, { findings: Finding[]; config: ResolvedConfig; version: number }>();
  const timers = new Map<string, NodeJS.Timeout>();
  let root: string | null = null;
  let shutdown = false;

  connection.onInitialize((params) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    root = folder?.startsWith('file:') ? fileURLToPath(folder) : null;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: TOOL_NAME },
    };
  });

  const validate = async (document: TextDocument) => {
    if (!document.uri.startsWith('file:')) return;
    const file = fileURLToPath(document.uri);
    if (!MARKDOWN.test(file)) return;
    const cwd = root && !path.relative(root, file).startsWith('..') ? root : path.dirname(file);
    try {
      const { result, config } = await lintSource(new TextEncoder().encode(document.getText()), path.relative(cwd, file), { cwd, rules });
      const findings = result.files[0]?.findings ?? [];
      linted.set(document.uri, { findings, config, version: document.version });
      await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: findings.filter((finding) => !finding.baselined).map(diagnostic) });
    } catch (error) {
      // A config that does not load is said once per change, as the command would say it.
      connection.window.showErrorMessage(`${TOOL_NAME}: ${(error as Error).message}`);
    }
  };
  const schedule = (document: TextDocument, delay: number) => {
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => void validate(document), delay));
  };
  documents.onDidOpen(({ document }) => schedule(document, 0));
  documents.onDidChangeContent(({ document }) => schedule(document, DEBOUNCE_MS));
  documents.onDidSave(({ document }) => schedule(document, 0));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    linted.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  // The config, or a file a rule compares with, changed: every open document again.
  connection.onDidChangeWatchedFiles(() => {
    for (const document of documents.all()) schedule(document, 0);
  });

  connection.onCodeAction(({ textDocument, context }) => {
    const document = documents.get(textDocument.uri);
    const state = linted.get(textDocument.uri);
    if (!document || !state || state.version !== document.version) return [];
    const actions: CodeAction[] = [];
    const wanted = context.diagnostics.filter((item) => item.source === TOOL_NAME);
    const findings = state.findings.filter((finding) => wanted.some((item) => sameFinding(item, finding)));
    const text = document.getText();
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    for (const suggestion of lineSuggestions(new TextEncoder().encode(text), findings, textDocument.uri)) {
      const edit: TextEdit = {
        range: { start: { line: suggestion.startLine - 1, character: 0 }, end: { line: suggestion.endLine, character: 0 } },
        newText: suggestion.replacement === null ? '' : `${suggestion.replacement}${eol}`,
      };
      actions.push({
        title: `Fix: ${suggestion.finding.message}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: wanted.filter((item) => sameFinding(item, suggestion.finding)),
        isPreferred: true,
        edit: { changes: { [textDocument.uri]: [edit] } },
      });
    }
    for (const finding of findings) {
      const rule = rules.find((candidate) => candidate.meta.id === finding.ruleId);
      if (!rule || (isProtected(rule) && !state.config.allowInlineDisable.has(rule.meta.id))) continue;
      const line = finding.line - 1;
      const indent = /^\s*/.exec(document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }))?.[0].replace(/[\r\n]/g, '') ?? '';
      actions.push({
        title: `Disable ${finding.ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: wanted.filter((item) => sameFinding(item, finding)),
        edit: { changes: { [textDocument.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- content-lint-disable-next-line ${finding.ruleId} -->${eol}` }] } },
      });
    }
    return actions;
  });

  connection.onShutdown(() => {
    shutdown = true;
    for (const timer of timers.values()) clearTimeout(timer);
  });
  documents.listen(connection);
  connection.listen();
  return new Promise((resolve) => connection.onExit(() => resolve(shutdown ? 0 : 1)));
}

function diagnostic(finding: Finding): Diagnostic {
  return {
    range: { start: { line: finding.line - 1, character: finding.column - 1 }, end: { line: finding.endLine - 1, character: finding.endColumn - 1 } },
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: TOOL_NAME,
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId.split(':')[0] as string) },
    message: finding.message,
  };
}

function sameFinding(item: Diagnostic, finding: Finding): boolean {
  return item.code === finding.ruleId && item.range.start.line === finding.line - 1 && item.range.start.character === finding.column - 1 && item.message === finding.message;
}
